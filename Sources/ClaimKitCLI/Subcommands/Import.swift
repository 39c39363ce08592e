import ArgumentParser
import ClaimKit
import Foundation

extension ClaimKitCommand {
    /// `claimkit import FILE [--text TEXT]`: bring a native JSON or XML annotation file into
    /// the store, refusing one made on a different text.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring a native JSON or XML annotation file (from another store or a colleague) into the store.",
            discussion: """
                The file's textSHA256 must match its text: give the canonical text with --text \
                (documents/ID.txt in the store it came from), or the store must already hold the \
                document with that exact text. A mismatch is refused (exit 2) and nothing is written.
                """
        )

        @Argument(help: ArgumentHelp("The annotation file: native JSON or XML.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("The document's canonical text, stored along with the annotations.", valueName: "text-file"))
        var text: String?

        @Flag(help: "Overwrite different annotations the store already holds for the document (they are replaced whole).")
        var replace = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open()
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError(message: "\(file): cannot read the file; check the path and its permissions")
            }
            let canonical = try text.map { try DocumentLoader.load(contentsOf: $0, as: .plainText) }
            let result = try store.importFile(data, name: file, text: canonical, replace: replace)
            let id = result.file.document.id
            let counts = "\(result.file.claims.count) claims, \(result.file.sources.count) sources, \(result.file.verdicts.count) verdicts"
            switch result.outcome {
            case .added: print("imported \(id): \(counts)")
            case .replaced: print("imported \(id): \(counts) (replaced the stored annotations)")
            case .unchanged: print("\(id): the store already holds these annotations; nothing changed")
            }
        }
    }
}
