import Foundation

/// The self-contained HTML review page (SPEC §5): for each document, its metadata, the
/// article text with claims highlighted in their verdict's colour and mentions underlined,
/// and the claim list with scores, sources and verdict history.
///
/// One file, no scripts, no fonts, images or style sheets from the network: a reviewer opens
/// it from a mail attachment, offline, or prints it. Several documents give one page with a
/// section each. Without the text (``ExportOptions/includeText`` off) the article is left
/// out and the claim list, with each claim's exact quote, remains. With a
/// ``ExportOptions/reviewURL`` the page also embeds its ClaimReview JSON-LD, so it can be
/// published as the fact-check page that URL names.
public enum HTMLReviewPage {
    public static func render(_ documents: [ExportDocument], scale: VerdictScale, options: ExportOptions) throws -> String {
        let palette = ReviewPalette(scale: scale)
        let title = documents.count == 1 ? documents[0].file.document.title ?? documents[0].file.document.id
                                         : "Review of \(documents.count) documents"
        var body = "<main>\n<p class=\"kicker\">claimkit review</p>\n<h1>\(HTMLEscaping.escape(title))</h1>\n"
        body += legend(palette, scale)
        if documents.count > 1 {
            body += "<nav class=\"toc\"><ol>\n" + documents.map { document in
                let metadata = document.file.document
                return "<li><a href=\"#doc-\(metadata.id)\">\(HTMLEscaping.escape(metadata.title ?? metadata.id))</a> (\(document.file.claims.count) claims)</li>"
            }.joined(separator: "\n") + "\n</ol></nav>\n"
        }
        for document in documents {
            body += section(document, single: documents.count == 1, palette: palette, scale: scale, options: options)
        }
        body += "<footer>Made by claimkit \(ClaimKitVersion.string). Offsets are Unicode code points into each document’s canonical text.</footer>\n</main>\n"
        var head = "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        head += "<meta name=\"generator\" content=\"claimkit \(ClaimKitVersion.string)\">\n<title>\(HTMLEscaping.escape(title))</title>\n"
        head += "<style>\n\(HTMLReviewStyle.css(palette))\n</style>\n"
        if options.reviewURL != nil {
            let reviews = try ClaimReviewExporter.export(documents, scale: scale, options: options)
            head += "<script type=\"application/ld+json\">\n\(HTMLEscaping.scriptData(String(decoding: reviews, as: UTF8.self)))</script>\n"
        }
        let language = documents.first?.file.document.language ?? "en"
        return "<!DOCTYPE html>\n<html lang=\"\(HTMLEscaping.escape(language))\">\n<head>\n\(head)</head>\n<body>\n\(body)</body>\n</html>\n"
    }

    private static func section(_ document: ExportDocument, single: Bool, palette: ReviewPalette, scale: VerdictScale,
                                options: ExportOptions) -> String {
        let file = document.file, metadata = file.document
        var html = "<section class=\"document\" id=\"doc-\(metadata.id)\">\n"
        if !single { html += "<h2>\(HTMLEscaping.escape(metadata.title ?? metadata.id))</h2>\n" }
        html += metadataList(metadata) + counts(file)
        let article = options.includeText ? document.text.map { HTMLArticleRenderer(file: file, text: $0, palette: palette, scale: scale) } : nil
        if let article {
            html += "<h3>Article</h3>\n<div class=\"article\">\(article.render())</div>\n"
        } else {
            html += "<p class=\"notice\">The article text is not included in this export. Offsets are code points into the text whose SHA-256 is <code>\(metadata.textSHA256)</code>; each claim keeps its exact quote.</p>\n"
        }
        html += "<h3>Claims</h3>\n" + HTMLClaimList(file: file, palette: palette, scale: scale, article: article).render() + "\n</section>\n"
        return html
    }

    private static func metadataList(_ metadata: DocumentMetadata) -> String {
        let rows: [(String, String?)] = [
            ("Document", HTMLEscaping.escape(metadata.id)),
            ("Title", metadata.title.map(HTMLEscaping.escape)),
            ("URL", metadata.url.map { HTMLEscaping.link($0, label: $0) }),
            ("Publisher", metadata.publisher.map(HTMLEscaping.escape)),
            ("Author", metadata.author.map(HTMLEscaping.escape)),
            ("Published", metadata.published.map(HTMLEscaping.escape)),
            ("Language", HTMLEscaping.escape(metadata.language)),
            ("Text", "\(metadata.length) code points, \(metadata.mediaType.rawValue) source, SHA-256 <code>\(metadata.textSHA256)</code>"),
        ]
        return "<dl class=\"meta\">\n" + rows.compactMap { name, value in value.map { "<dt>\(name)</dt><dd>\($0)</dd>" } }.joined(separator: "\n") + "\n</dl>\n"
    }

    private static func counts(_ file: AnnotationFile) -> String {
        let rated = file.claims.filter { file.currentVerdict(on: $0.id) != nil }.count
        let dismissed = file.claims.filter { $0.status == .dismissed }.count
        let items = ["\(file.claims.count) claims", "\(rated) with a published verdict", "\(dismissed) dismissed",
                     "\(file.mentions.count) mentions", "\(file.sources.count) sources"]
        return "<ul class=\"counts\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>\n"
    }

    private static func legend(_ palette: ReviewPalette, _ scale: VerdictScale) -> String {
        let ratings = scale.ratings.map { "<span class=\"swatch \(palette.cssClass($0.name))\">\(HTMLEscaping.escape($0.label))</span>" }.joined()
        return """
            <div class="legend">
            <p><strong>Claims</strong>, by current verdict: \(ratings)<span class="swatch r-none">No published verdict</span><span class="swatch r-dismissed" style="background: #eeeeee">Dismissed</span></p>
            <p><strong>Mentions</strong>: <span class="mention m-number">number</span> <span class="mention m-date">date</span> <span class="mention m-quote">quotation</span> — hover for values; the small tag before a claim links to its card.</p>
            </div>

            """
    }
}
