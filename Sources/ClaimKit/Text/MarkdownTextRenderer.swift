// PLACEHOLDER — being replaced by the Markdown renderer work; not to be committed.
enum MarkdownTextRenderer {
    static func render(_ text: String, file: String) throws -> RenderedText { fatalError("TODO") }
}
