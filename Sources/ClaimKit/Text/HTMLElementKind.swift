/// How the text renderer treats an HTML element, by tag name.
enum HTMLElementKind {
    /// Starts and ends a line (paragraphs, headings, list items, table rows, ...).
    case block
    /// A line break inside a block (`<br>`).
    case lineBreak
    /// A table cell: cells of one row share a line, separated by a tab.
    case cell
    /// Not article text: the element and everything in it are dropped.
    case skipped
    /// Everything else: its text flows on the current line.
    case inline

    init(name: String) {
        if Self.blocks.contains(name) {
            self = .block
        } else if Self.skips.contains(name) {
            self = .skipped
        } else {
            switch name {
            case "br": self = .lineBreak
            case "td", "th": self = .cell
            default: self = .inline
            }
        }
    }

    /// HTML's block-level elements, plus `html`/`body` and the table parts.
    private static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    ]

    /// Code, styling, embedded media and form widgets. Images are dropped too, `alt` and all:
    /// an image is not article text, and alt text in the middle of a sentence breaks it.
    private static let skips: Set<String> = [
        "applet", "audio", "canvas", "embed", "iframe", "img", "map", "math", "noscript", "object",
        "picture", "script", "select", "style", "svg", "template", "textarea", "video",
    ]
}
