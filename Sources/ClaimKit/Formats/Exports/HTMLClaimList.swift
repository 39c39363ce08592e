/// The claim list of the review page: a card per claim with its rating, score, status,
/// quote in context, mentions, the article's citations, the sources with their relation,
/// and the whole verdict history, current verdict marked.
struct HTMLClaimList {
    let file: AnnotationFile
    let palette: ReviewPalette
    let scale: VerdictScale
    let article: HTMLArticleRenderer?

    func render() -> String {
        guard !file.claims.isEmpty else { return "<p>No claims.</p>" }
        return "<div class=\"claims\">\n" + file.claims.map(card).joined(separator: "\n") + "\n</div>"
    }

    /// "Mostly true", "Dismissed", or "No published verdict" (with "draft" when one waits).
    static func ratingLabel(_ claim: Claim, _ file: AnnotationFile, _ scale: VerdictScale) -> String {
        if let verdict = file.currentVerdict(on: claim.id) { return scale.rating(named: verdict.rating)?.label ?? verdict.rating }
        if claim.status == .dismissed { return "Dismissed" }
        return file.verdicts(on: claim.id).isEmpty ? "No verdict yet" : "No published verdict (draft)"
    }

    /// The class that colours a claim: its current rating; else dismissed, or none yet.
    static func ratingClass(_ claim: Claim, _ file: AnnotationFile, _ palette: ReviewPalette) -> String {
        let current = file.currentVerdict(on: claim.id)
        if current == nil, claim.status == .dismissed { return "r-dismissed" }
        return palette.cssClass(current?.rating)
    }

    private func card(_ claim: Claim) -> String {
        let anchor = HTMLArticleRenderer.anchor(file.document.id, claim.id)
        let ratingClass = Self.ratingClass(claim, file, palette)
        let highlighted = article != nil && claim.anchoring?.method != .orphaned && claim.span.end <= file.document.length
        let idLink = highlighted ? "<a class=\"claim-id\" href=\"#\(anchor)-text\" title=\"Show in the article\">\(HTMLEscaping.escape(claim.id))</a>"
                                 : "<span class=\"claim-id\">\(HTMLEscaping.escape(claim.id))</span>"
        let score = CSVExporter.format(score: claim.score)
        let width = Int((min(1, max(0, claim.score)) * 100).rounded())
        var html = """
            <article class="claim-card \(ratingClass)" id="\(anchor)">
            <header>\(idLink) <span class="badge \(ratingClass)">\(HTMLEscaping.escape(Self.ratingLabel(claim, file, scale)))</span>
            <span class="score" title="check-worthiness">score <span class="scorebar"><span style="width: \(width)%"></span></span> \(score)</span>
            <span class="pill">\(claim.status.rawValue)</span>\(claim.reasons.map { " <span class=\"pill\">\(HTMLEscaping.escape($0))</span>" }.joined())</header>
            <blockquote class="quote"><span class="context">…\(HTMLEscaping.escape(claim.prefix))</span><q>\(HTMLEscaping.escape(claim.text))</q><span class="context">\(HTMLEscaping.escape(claim.suffix))…</span></blockquote>
            <p class="facts">code points \(claim.span.start)–\(claim.span.end) · made by \(HTMLEscaping.escape(provenance(claim.provenance)))\(anchoring(claim))</p>

            """
        if let dismissal = claim.dismissal {
            html += "<p class=\"dismissal\">Dismissed\(dismissal.by.map { " by \(HTMLEscaping.escape($0))" } ?? "") on \(HTMLEscaping.escape(dismissal.date)): \(HTMLEscaping.escape(dismissal.reason))</p>\n"
        }
        html += mentions(claim) + citations(claim) + sources(claim) + history(claim)
        return html + "</article>"
    }

    private func provenance(_ provenance: Provenance) -> String {
        provenance.name + (provenance.version.map { " \($0)" } ?? "") + (provenance.agent == .person ? " (person)" : "")
    }

    private func anchoring(_ claim: Claim) -> String {
        guard let anchoring = claim.anchoring else { return "" }
        let score = anchoring.score.map { " \(CSVExporter.format(score: $0))" } ?? ""
        let note = anchoring.method == .orphaned ? " — not found in the current text, not highlighted" : ""
        return " · re-anchored: \(anchoring.method.rawValue)\(score)\(note)"
    }

    private func mentions(_ claim: Claim) -> String {
        let items = file.mentions.filter { claim.mentionIDs.contains($0.id) }.map { mention in
            let summary = MentionFields.summary(of: mention)
            // A quotation shows its own quotation marks.
            let text = mention.kind == .quote ? HTMLEscaping.escape(mention.text) : "“\(HTMLEscaping.escape(mention.text))”"
            return "<li><span class=\"mention m-\(mention.kind.rawValue)\">\(mention.kind.rawValue)</span> \(text)"
                + (summary.isEmpty ? "" : " — \(HTMLEscaping.escape(summary))") + "</li>"
        }
        return section("Mentions", items)
    }

    private func citations(_ claim: Claim) -> String {
        section("Cited by the article", claim.citations.map { citation in
            "<li>\(citation.label.map { "[\(HTMLEscaping.escape($0))] " } ?? "")\(HTMLEscaping.link(citation.url, label: citation.text))</li>"
        })
    }

    private func sources(_ claim: Claim) -> String {
        section("Sources", claim.sourceLinks.compactMap { link in
            guard let source = file.sources.first(where: { $0.id == link.source }) else { return nil }
            var details = [source.publisher, source.published.map { "published \($0)" }, source.accessed.map { "accessed \($0)" }].compactMap { $0 }
                .map(HTMLEscaping.escape)
            if let archive = source.archiveURL { details.append(HTMLEscaping.link(archive, label: "archived copy")) }
            if let note = source.note { details.append(HTMLEscaping.escape(note)) }
            let relation = link.relation.rawValue
            return "<li><span class=\"relation \(relation)\">\(relation)</span> \(HTMLEscaping.link(source.url, label: source.title ?? source.url))"
                + (details.isEmpty ? "" : " — " + details.joined(separator: "; ")) + " <span class=\"pill\">\(HTMLEscaping.escape(source.id))</span></li>"
        })
    }

    private func history(_ claim: Claim) -> String {
        let verdicts = file.verdicts(on: claim.id)
        guard !verdicts.isEmpty else { return "" }
        let current = file.currentVerdict(on: claim.id)?.id
        let rows = verdicts.reversed().map { verdict -> String in
            let rowClass = verdict.id == current ? " class=\"current\"" : verdict.status == .draft ? " class=\"draft\"" : ""
            let label = scale.rating(named: verdict.rating)?.label ?? verdict.rating
            let used = verdict.sources.map { id in
                file.sources.first { $0.id == id }.map { HTMLEscaping.link($0.url, label: id) } ?? HTMLEscaping.escape(id)
            }.joined(separator: ", ")
            return "<tr\(rowClass)><td>\(HTMLEscaping.escape(verdict.date))</td><td><span class=\"badge \(palette.cssClass(verdict.rating))\">\(HTMLEscaping.escape(label))</span></td>"
                + "<td>\(verdict.status.rawValue)\(verdict.id == current ? " (current)" : "")</td><td>\(HTMLEscaping.escape(verdict.reviewer))</td>"
                + "<td>\(HTMLEscaping.escape(verdict.rationale))</td><td>\(used)</td></tr>"
        }
        return "<h4>Verdict history (newest first)</h4>\n<table class=\"history\"><thead><tr><th>Date</th><th>Rating</th><th>Status</th><th>Reviewer</th><th>Rationale</th><th>Sources</th></tr></thead>\n<tbody>\n"
            + rows.joined(separator: "\n") + "\n</tbody></table>\n"
    }

    private func section(_ title: String, _ items: [String]) -> String {
        items.isEmpty ? "" : "<h4>\(title)</h4>\n<ul>\n" + items.joined(separator: "\n") + "\n</ul>\n"
    }
}
