import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit claims [DOC]`: list claims, filtered.
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "claims", abstract: "List the claims of one document or of the whole store.")

        @Argument(help: ArgumentHelp("A document id (default: every document).", valueName: "doc"))
        var document: String?
        @OptionGroup var store: StoreOptions
        @Option(help: "Only claims with a mention of this kind: number, date or quote.") var kind: Mention.Kind?
        @Option(help: "Only claims with this status: flagged or dismissed.") var status: Claim.Status?
        @Option(help: "Only claims scoring at least this (0–1).") var minScore: Double?
        @Option(help: "Output format: text or json.") var format: DataFormat = .text

        func run() throws {
            let store = try store.open()
            let ids = try document.map { [$0] } ?? store.documentIDs()
            var files = try ids.map { try store.load($0) }
            for index in files.indices {
                let file = files[index]
                let kinds = Dictionary(uniqueKeysWithValues: file.mentions.map { ($0.id, $0.kind) })
                files[index].claims = file.claims.filter { claim in
                    (status == nil || claim.status == status)
                        && (minScore == nil || claim.score >= minScore!)
                        && (kind == nil || claim.mentionIDs.contains { kinds[$0] == kind })
                }
            }
            switch format {
            case .text: print(ClaimList.render(files), terminator: "")
            case .json: print(try JSONOutput.string(files.flatMap { file in file.claims.map { ClaimListing(document: file.document.id, claim: $0) } }))
            }
        }
    }
}

extension Mention.Kind: ExpressibleByArgument {}
extension Claim.Status: ExpressibleByArgument {}
extension SourceRelation: ExpressibleByArgument {}

/// A claim with its document, for JSON listings.
struct ClaimListing: Encodable {
    let document: String
    let claim: Claim
}
