import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit add FILE|-`: ingest an article into the store and list its flagged claims.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an article (.txt, .md, .html or stdin) to the store, or re-ingest a changed one.",
            discussion: "Re-adding an id whose text changed re-anchors its claims, sources and verdicts and prints the audit; orphans are kept."
        )

        @OptionGroup var input: InputOptions
        @OptionGroup var store: StoreOptions

        @Option(help: "Document id (default: from the file name).") var id: String?
        @Option(help: "Title.") var title: String?
        @Option(help: "The article's URL.") var url: String?
        @Option(help: "Publisher.") var publisher: String?
        @Option(help: "Author.") var author: String?
        @Option(help: ArgumentHelp("Publication date, YYYY-MM-DD.", valueName: "date")) var published: String?
        @Option(help: "Language (BCP 47).") var language = "en"

        func validate() throws {
            if input.input == "-" && id == nil { throw ValidationError("reading stdin needs --id to name the document") }
        }

        func run() throws {
            let store = try store.open()
            let document = try input.loadDocument()
            let request = IngestRequest(id: id ?? DocumentID.fromFileName(input.input), title: title, url: url, publisher: publisher,
                                        author: author, published: published, language: language)
            let result = try store.ingest(document, request)
            switch result.outcome {
            case .added: print("added \(request.id): \(result.file.claims.count) claims, \(result.file.mentions.count) mentions")
            case .unchanged: print("\(request.id): text unchanged; metadata updated")
            case .reanchored: print("\(request.id): text changed; re-anchored \(result.reanchoring.count) claims")
            }
            if !result.reanchoring.isEmpty { print(ReanchorAudit.render(result.reanchoring), terminator: "") }
            if result.outcome == .added { print(ClaimList.render([result.file]), terminator: "") }
        }
    }
}
