/// Escaping for text placed in HTML, in element content and in quoted attribute values alike.
///
/// The review page is built from templates, and everything that comes from an article or a
/// person (text, titles, rationales, URLs) passes through here, so an article holding
/// `<script>` shows it as text and cannot run anything.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link to `url` when it is an absolute http(s) URL (never `javascript:` or `data:`),
    /// else the label as plain text.
    static func link(_ url: String?, label: String) -> String {
        guard let url, InputChecks.isWebURL(url) else { return escape(label) }
        return "<a href=\"\(escape(url))\">\(escape(label))</a>"
    }

    /// JSON placed inside `<script type="application/ld+json">`: `</` is written `<\/` so the
    /// data can never close the element early.
    static func scriptData(_ json: String) -> String {
        json.replacingOccurrences(of: "</", with: "<\\/")
    }
}
