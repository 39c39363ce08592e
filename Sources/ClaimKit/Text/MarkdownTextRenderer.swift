import Ink

/// Renders Markdown to canonical plain text (SPEC §1): Ink turns it into HTML, and
/// ``HTMLTextRenderer`` turns that into text, links and footnote references, so both inputs
/// follow exactly the same layout rules. ``InkWorkarounds`` fixes what Ink gets wrong.
enum MarkdownTextRenderer {
    /// Renders Markdown text.
    ///
    /// The title is the `title` of a metadata header (`---` / `title: …` / `---`), if any.
    ///
    /// - Throws: ``DocumentLoadError``, as ``HTMLTextRenderer/render(_:file:)``.
    static func render(_ text: String, file: String) throws -> RenderedText {
        let markdown = MarkdownParser().parse(InkWorkarounds.prepare(text))
        var rendered = try HTMLTextRenderer.render(InkWorkarounds.finish(markdown.html), file: file)
        if let title = markdown.metadata["title"], !title.isEmpty { rendered.title = title }
        return rendered
    }
}
