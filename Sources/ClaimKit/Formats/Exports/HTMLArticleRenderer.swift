/// The article text of the review page, with claims highlighted and mentions underlined.
///
/// Claims and mentions overlap and nest freely (a quote holds numbers, a person's claim may
/// overlap the extractor's), while HTML elements must nest properly. So the text is cut at
/// every span boundary, and each piece is wrapped in the elements of the spans covering it:
/// one claim's `<mark>` (coloured by its current rating; a rated claim wins over an unrated
/// one, then the narrowest) and one `<span>` per mention. Adjacent pieces of one claim look like a single highlight. Each claim starts
/// with a small tag (`c3`) that links to its card in the claim list.
struct HTMLArticleRenderer {
    let file: AnnotationFile
    let text: Document
    let palette: ReviewPalette
    let scale: VerdictScale

    func render() -> String {
        let claims = file.claims.filter { $0.anchoring?.method != .orphaned && $0.span.end <= text.length && !$0.span.isEmpty }
        let mentions = file.mentions.filter { $0.span.end <= text.length && !$0.span.isEmpty }
        var cuts = Set([0, text.length])
        for span in claims.map(\.span) + mentions.map(\.span) { cuts.insert(span.start); cuts.insert(span.end) }
        let boundaries = cuts.sorted()
        var html = ""
        for (start, end) in zip(boundaries, boundaries.dropFirst()) where start < end {
            let piece = TextSpan(start: start, end: end)
            for claim in claims where claim.span.start == start { html += tag(claim) }
            html += wrap(HTMLEscaping.escape(text.text(of: piece)),
                         claim: shownClaim(claims.filter { $0.span.contains(piece) }),
                         mentions: mentions.filter { $0.span.contains(piece) }.sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) })
        }
        return html
    }

    /// The id of a claim's card, also its ClaimReview `url` fragment: `talks-c3`.
    static func anchor(_ documentID: String, _ claimID: String) -> String { "\(documentID)-\(claimID)" }

    private func ratingClass(_ claim: Claim) -> String {
        HTMLClaimList.ratingClass(claim, file, palette)
    }

    /// "c3 · Mostly true · check-worthiness 0.82".
    func summary(_ claim: Claim) -> String {
        var parts = [claim.id, HTMLClaimList.ratingLabel(claim, file, scale)]
        parts.append("check-worthiness \(CSVExporter.format(score: claim.score))")
        return parts.joined(separator: " · ")
    }

    /// Of the claims covering a piece of text, the one whose colour shows: one with a
    /// published verdict before one without, then the narrowest.
    private func shownClaim(_ covering: [Claim]) -> Claim? {
        covering.min { lhs, rhs in
            let (left, right) = (file.currentVerdict(on: lhs.id) == nil ? 1 : 0, file.currentVerdict(on: rhs.id) == nil ? 1 : 0)
            return (left, lhs.span.length) < (right, rhs.span.length)
        }
    }

    private func tag(_ claim: Claim) -> String {
        let anchor = Self.anchor(file.document.id, claim.id)
        return "<a class=\"claim-tag \(ratingClass(claim))\" id=\"\(anchor)-text\" href=\"#\(anchor)\" title=\"\(HTMLEscaping.escape(summary(claim)))\">\(HTMLEscaping.escape(claim.id))</a>"
    }

    private func wrap(_ content: String, claim: Claim?, mentions: [Mention]) -> String {
        var html = content
        for mention in mentions.reversed() {
            let summary = MentionFields.summary(of: mention)
            let title = "\(mention.id) \(mention.kind.rawValue)" + (summary.isEmpty ? "" : ": \(summary)")
            html = "<span class=\"mention m-\(mention.kind.rawValue)\" title=\"\(HTMLEscaping.escape(title))\">\(html)</span>"
        }
        guard let claim else { return html }
        let anchor = Self.anchor(file.document.id, claim.id)
        return "<mark class=\"claim \(ratingClass(claim))\" title=\"\(HTMLEscaping.escape(summary(claim)))\"><a class=\"claim-link\" href=\"#\(anchor)\">\(html)</a></mark>"
    }
}
