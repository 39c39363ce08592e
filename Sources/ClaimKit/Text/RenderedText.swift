/// Plain text rendered from markup, with what the markup said about it.
///
/// Markdown and HTML keep their block structure as lines (SPEC §1); link targets and footnote
/// references are not part of the text, so they are remembered here, by position.
public struct RenderedText: Sendable, Equatable {
    /// A hyperlink: the span of its visible text and where it points.
    public struct Link: Sendable, Equatable, Codable {
        public let span: TextSpan
        public let target: String
        public init(span: TextSpan, target: String) {
            self.span = span
            self.target = target
        }
    }

    /// A footnote marker such as `<sup>1</sup>`, removed from the text at `offset`.
    public struct FootnoteReference: Sendable, Equatable, Codable {
        /// Scalar offset in the rendered text where the marker stood.
        public let offset: Int
        /// The marker's label, e.g. `1`.
        public let label: String
        public init(offset: Int, label: String) {
            self.offset = offset
            self.label = label
        }
    }

    /// The canonical plain text: blocks on their own lines, separated by `\n`.
    public var text: String
    /// The document's title where the markup gives one (HTML `<title>`).
    public var title: String?
    public var links: [Link]
    public var footnoteReferences: [FootnoteReference]

    public init(text: String, title: String? = nil, links: [Link] = [], footnoteReferences: [FootnoteReference] = []) {
        self.text = text
        self.title = title
        self.links = links
        self.footnoteReferences = footnoteReferences
    }
}
