/// The kind of input a document was made from; it decides how the canonical text is rendered.
public enum MediaType: String, Sendable, Codable, CaseIterable {
    case plainText = "text/plain"
    case markdown = "text/markdown"
    case html = "text/html"

    /// The media type a file name implies, or `nil` for an extension claimkit does not know.
    public init?(fileExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }

    /// Guesses from the first bytes of content: HTML when it opens with a doctype or `<html`,
    /// plain text otherwise (Markdown is indistinguishable from plain text, so it is never guessed).
    public static func sniff(_ bytes: some Collection<UInt8>) -> MediaType {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
            .drop { $0 == "\u{FEFF}" || $0.isWhitespace }
            .prefix(64).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .html }
        return .plainText
    }
}
