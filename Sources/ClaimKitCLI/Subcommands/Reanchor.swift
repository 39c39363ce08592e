import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit reanchor DOC FILE`: move a document's annotations onto a changed text.
    struct Reanchor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reanchor",
            abstract: "Re-anchor a document's claims, sources and verdicts onto a new version of its text, and print the audit.")

        @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
        @OptionGroup var input: InputOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open()
            let stored = try store.load(document)
            let result = try store.ingest(try input.loadDocument(), IngestRequest(id: document, language: stored.document.language))
            switch result.outcome {
            case .unchanged: print("\(document): text unchanged; every claim stays where it is")
            default: print("\(document): re-anchored \(result.reanchoring.count) claims\n" + ReanchorAudit.render(result.reanchoring), terminator: "")
            }
        }
    }
}
