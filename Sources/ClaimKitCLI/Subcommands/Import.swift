import ArgumentParser
import ClaimKit
import Foundation

extension ClaimKitCommand {
    /// `claimkit import FILE [--text TEXT]`: bring a native JSON or XML annotation file into
    /// the store, refusing one made on a different text.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Bring a native JSON or XML annotation file (from another store or a colleague) into the store.",
            discussion: """
                The file's textSHA256 must match its text: give the canonical text with --text \
                (documents/ID.txt in the store it came from), or the store must already hold the \
                document with that exact text. A mismatch is refused (exit 2) and nothing is written.

                A brat standoff file (FILE.ann) is read with the .txt beside it (or --text); the \
                document id is the file name unless --id is given. What brat cannot express is \
                reported as warnings; brat's Rating attributes are listed but not recorded as \
                verdicts, since brat keeps no reviewer, date or rationale.
                """
        )

        @Argument(help: ArgumentHelp("The annotation file: native JSON or XML.", valueName: "file"))
        var file: String

        @Option(help: ArgumentHelp("The document's canonical text, stored along with the annotations.", valueName: "text-file"))
        var text: String?

        @Option(help: ArgumentHelp("The document id for a brat .ann file (default: its file name).", valueName: "id"))
        var id: String?

        @Flag(help: "Overwrite different annotations the store already holds for the document (they are replaced whole).")
        var replace = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open()
            let result = file.hasSuffix(".ann") ? try importBrat(into: store) : try importNative(into: store)
            let id = result.file.document.id
            let counts = "\(result.file.claims.count) claims, \(result.file.sources.count) sources, \(result.file.verdicts.count) verdicts"
            switch result.outcome {
            case .added: print("imported \(id): \(counts)")
            case .replaced: print("imported \(id): \(counts) (replaced the stored annotations)")
            case .unchanged: print("\(id): the store already holds these annotations; nothing changed")
            }
        }

        private func importNative(into store: AnnotationStore) throws -> ImportResult {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError(message: "\(file): cannot read the file; check the path and its permissions")
            }
            let canonical = try text.map { try DocumentLoader.load(contentsOf: $0, as: .plainText) }
            return try store.importFile(data, name: file, text: canonical, replace: replace)
        }

        private func importBrat(into store: AnnotationStore) throws -> ImportResult {
            let brat = try BratImporter.read(annotationsAt: file, textAt: text, documentID: id)
            for issue in brat.issues { ClaimKitCommand.printDiagnostic("\(file):\(issue.line): warning: \(issue.message)") }
            let textPath = text ?? String(file.dropLast(4)) + ".txt"
            let canonical = try DocumentLoader.load(contentsOf: textPath, as: .plainText)
            let result = try store.importAnnotations(brat.file, name: file, text: canonical, replace: replace)
            for (claim, rating) in brat.ratings.sorted(by: { $0.key < $1.key }) {
                ClaimKitCommand.printDiagnostic("\(file): note: claim \(claim) is rated \(rating) in brat; record it with `claimkit verdict \(result.file.document.id)#\(claim) --rating \(rating) --reviewer NAME --rationale TEXT`")
            }
            return result
        }
    }
}
