import LibXML

/// Renders HTML to canonical plain text (SPEC §1) with libxml2's HTML parser.
///
/// Blocks become lines, inline whitespace collapses to single spaces, code and media are
/// dropped, link targets and footnote markers are kept beside the text by position. The rules
/// per element are in ``HTMLElementKind``; the layout of the text in ``PlainTextBuilder``.
enum HTMLTextRenderer {
    /// Renders UTF-8 HTML.
    ///
    /// - Throws: ``DocumentLoadError`` `.malformedMarkup` when libxml2 cannot build a complete
    ///   tree (e.g. nesting deeper than its limit), `.empty` when the markup holds no visible text.
    static func render(_ bytes: [UInt8], file: String) throws -> RenderedText {
        let document: HTMLDocument
        do {
            document = try HTMLDocument(utf8: bytes)
        } catch {
            throw DocumentLoadError(code: .malformedMarkup, file: file,
                                    message: "cannot parse the HTML (\(error)); fix the markup or give the article as plain text")
        }
        var layout = HTMLTextLayout()
        document.walk { layout.handle($0) }
        guard let rendered = layout.finish() else {
            throw DocumentLoadError(code: .empty, file: file,
                                    message: "the markup holds no visible text; there is no text to annotate")
        }
        return rendered
    }
}
