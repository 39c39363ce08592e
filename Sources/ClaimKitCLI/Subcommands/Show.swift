import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit show DOC#c3`: a claim in context with its mentions, sources and verdicts.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a claim in context: its mentions, sources and verdict history.")

        @Argument(help: ArgumentHelp("The claim, DOC#cN.", valueName: "claim")) var reference: ClaimReference
        @OptionGroup var store: StoreOptions
        @Option(help: "Output format: text or json.") var format: DataFormat = .text

        func run() throws {
            let store = try store.open()
            let file = try store.load(reference.document)
            guard let claim = file.claim(reference.claim) else {
                throw StoreError(.notFound, "no claim \(reference); `claimkit claims \(reference.document)` lists them")
            }
            let view = ClaimView(file: file, claim: claim)
            switch format {
            case .text: print(view.text, terminator: "")
            case .json: print(try JSONOutput.string(view))
            }
        }
    }
}

/// Everything about one claim, for `show`.
struct ClaimView: Encodable {
    let document: DocumentMetadata
    let claim: Claim
    let mentions: [Mention]
    let sources: [Source]
    let verdicts: [Verdict]
    let currentVerdict: String?

    init(file: AnnotationFile, claim: Claim) {
        document = file.document
        self.claim = claim
        mentions = file.mentions.filter { claim.mentionIDs.contains($0.id) }
        sources = file.sources.filter { source in claim.sourceLinks.contains { $0.source == source.id } }
        verdicts = file.verdicts(on: claim.id)
        currentVerdict = file.currentVerdict(on: claim.id)?.id
    }

    var text: String {
        var out = "\(document.id)#\(claim.id)  score \(ClaimList.format(claim.score))  \(claim.status.rawValue)  [\(claim.reasons.joined(separator: ", "))]\n"
        out += "  …\(claim.prefix)[\(claim.text)]\(claim.suffix)…\n"
        out += "  code points \(claim.span.start):\(claim.span.end); made by \(claim.provenance.name)\(claim.provenance.version.map { " \($0)" } ?? "")\n"
        if let dismissal = claim.dismissal { out += "  dismissed \(dismissal.date)\(dismissal.by.map { " by \($0)" } ?? ""): \(dismissal.reason)\n" }
        if let anchoring = claim.anchoring { out += "  re-anchored: \(anchoring.method.rawValue)\(anchoring.score.map { " (score \(ClaimList.format($0)))" } ?? "")\n" }
        if !mentions.isEmpty { out += "mentions:\n" }
        for mention in mentions { out += "  \(mention.id) \(mention.kind.rawValue) \(mention.text)\n" }
        if !claim.citations.isEmpty { out += "cited by the article:\n" }
        for citation in claim.citations { out += "  \(citation.label.map { "[\($0)] " } ?? "")\(citation.text)\(citation.url.map { " <\($0)>" } ?? "")\n" }
        if !sources.isEmpty { out += "sources:\n" }
        for source in sources {
            let relation = claim.sourceLinks.first { $0.source == source.id }?.relation.rawValue ?? ""
            out += "  \(source.id) \(relation): \(source.title ?? source.url) <\(source.url)>\n"
        }
        if !verdicts.isEmpty { out += "verdicts (oldest first):\n" }
        for verdict in verdicts {
            let current = verdict.id == currentVerdict ? "  ← current" : ""
            out += "  \(verdict.id) \(verdict.date) \(verdict.status.rawValue) \(verdict.rating) by \(verdict.reviewer)\(current)\n    \(verdict.rationale)\n"
        }
        return out
    }
}
