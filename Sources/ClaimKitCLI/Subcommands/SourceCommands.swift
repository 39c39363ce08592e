import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit source add|list`.
    struct SourceGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "source", abstract: "Attach sources to claims and list them.",
            subcommands: [AddSource.self, ListSources.self])
    }

    struct AddSource: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Link a source to a claim.")

        @Argument(help: ArgumentHelp("The claim, DOC#cN.", valueName: "claim")) var reference: ClaimReference
        @OptionGroup var store: StoreOptions
        @Option(help: "The source's absolute http(s) URL.") var url: String
        @Option(help: "Title.") var title: String?
        @Option(help: "Publisher.") var publisher: String?
        @Option(help: ArgumentHelp("Publication date, YYYY-MM-DD.", valueName: "date")) var published: String?
        @Option(help: ArgumentHelp("Date consulted, YYYY-MM-DD (default today).", valueName: "date")) var accessed: String?
        @Option(help: "A web archive copy's URL.") var archiveUrl: String?
        @Option(help: "How it bears on the claim: supports, refutes or context.") var relation: SourceRelation = .context
        @Option(help: "A note.") var note: String?

        func run() throws {
            let request = AnnotationStore.SourceRequest(url: url, title: title, publisher: publisher, published: published, accessed: accessed,
                                                        archiveURL: archiveUrl, note: note, relation: relation)
            let source = try store.open().addSource(to: reference, request)
            print("\(reference) \(relation.rawValue) \(source.id) <\(source.url)>")
        }
    }

    struct ListSources: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the sources of one document or of the store.")

        @Argument(help: ArgumentHelp("A document id (default: every document).", valueName: "doc")) var document: String?
        @OptionGroup var store: StoreOptions
        @Option(help: "Output format: text or json.") var format: DataFormat = .text

        func run() throws {
            let store = try store.open()
            let files = try (document.map { [$0] } ?? store.documentIDs()).map { try store.load($0) }
            let listings = files.flatMap { file in
                file.sources.map { source in
                    SourceListing(document: file.document.id, source: source,
                                  claims: file.claims.filter { $0.sourceLinks.contains { $0.source == source.id } }.map(\.id))
                }
            }
            switch format {
            case .json: print(try JSONOutput.string(listings))
            case .text:
                for listing in listings {
                    print("\(listing.document) \(listing.source.id)  \(listing.source.title ?? "")  <\(listing.source.url)>  claims: \(listing.claims.joined(separator: ", "))")
                }
            }
        }
    }
}

struct SourceListing: Encodable {
    let document: String
    let source: Source
    let claims: [String]
}
