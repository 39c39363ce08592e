/// Rewrites Markdown before Ink sees it, and Ink's HTML after, where Ink (0.6) departs from
/// CommonMark in ways that lose or garble article text.
///
/// Line by line:
/// 1. A line that starts with inline HTML (`<sup>1</sup> Smith, 2022`, `<em>Note</em>: …`)
///    is taken by Ink as an HTML *block* that ends at the element's close tag, so the rest of
///    the line becomes a separate paragraph ("1" and "Smith, 2022" on two lines). A
///    noncharacter (U+FDD0, which Unicode sets aside for internal use) is put before the `<`
///    so that Ink reads a paragraph, and removed again from the HTML by ``finish(_:)``.
/// 2. A void element written without `/>` (`<hr>`, `<br>`, `<img src=…>`) is read up to its
///    end tag, which never comes, so the rest of the block (or, for a block, the document) is
///    passed through as raw HTML with its Markdown unrendered. The tag is closed: `<hr />`.
///
/// Inside a line, see ``rewriteInline(_:into:)``: stray `<`, autolinks, intraword `_`, and
/// `*` between spaces.
///
/// Fenced code, HTML blocks, link reference definitions and the metadata header are copied as
/// they are: Ink keeps escapes there literally.
enum InkWorkarounds {
    /// U+FDD0 in UTF-8.
    static let sentinel: [UInt8] = [0xEF, 0xB7, 0x90]

    /// Phrasing elements that can open a paragraph.
    private static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    /// Elements without an end tag.
    static let voidTags: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// The Markdown to give Ink.
    static func prepare(_ markdown: String) -> String {
        var out: [UInt8] = []
        var inFence = false, inMetadata = false
        var htmlBlockCloser: [UInt8]?   // inside an HTML block: what ends it, e.g. `</div`
        let lines = Array(markdown.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            if number > 0 { out.append(0x0A) }
            let content = line.drop(while: isSpace)
            if let closer = htmlBlockCloser {
                out += line
                if contains(line, closer) { htmlBlockCloser = nil }
            } else if inFence || isFence(content) {
                out += line
                if isFence(content) { inFence.toggle() }
            } else if inMetadata || (number == 0 && line.elementsEqual("---".utf8)) {
                // Ink's metadata header, from `---` on the first line to the next `---`.
                out += line
                inMetadata = number == 0 || !line.elementsEqual("---".utf8)
            } else if let tag = tagName(at: content.startIndex, in: content), !inlineTags.contains(tag) {
                if voidTags.contains(tag) {
                    out += selfClosed(line)
                } else {
                    out += line
                    let closer = closer(of: tag)
                    if !contains(line, closer) { htmlBlockCloser = closer }
                }
            } else if isReferenceDefinition(content) {
                out += line
            } else {
                out += line[..<content.startIndex]
                if tagName(at: content.startIndex, in: content) != nil { out += sentinel }   // inline tag first
                rewriteInline(content, into: &out)
            }
        }
        // Ink reads past the end of its input (a crash) when the last line holds only spaces or
        // tabs after a list item ("- a\n "); trailing blanks at the end mean nothing in Markdown.
        while let last = out.last, isSpace(last) { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Ink's HTML with the sentinels removed.
    static func finish(_ html: String) -> [UInt8] {
        var bytes = Array(html.utf8)
        var i = 0, kept = 0
        while i < bytes.count {
            if bytes[i] == sentinel[0] && bytes[i...].starts(with: sentinel) {
                i += sentinel.count
                continue
            }
            bytes[kept] = bytes[i]
            kept += 1
            i += 1
        }
        bytes.removeSubrange(kept...)
        return bytes
    }

    /// The lowercase name of the tag at `start` (`!--` for a comment), if a tag starts there.
    static func tagName(at start: Int, in text: ArraySlice<UInt8>) -> String? {
        let rest = text[start...]
        guard rest.first == 0x3C else { return nil }
        if rest.starts(with: "<!--".utf8) { return "!--" }
        let afterSlash = rest.dropFirst(rest.dropFirst().first == 0x2F ? 2 : 1)
        guard let first = afterSlash.first, UTF8Bytes.isASCIILetter(first) else { return nil }
        let name = afterSlash.prefix { UTF8Bytes.isASCIILetter($0) || UTF8Bytes.isDigit($0) }
        let after = afterSlash.dropFirst(name.count).first ?? 0x3E
        guard after == 0x3E || isSpace(after) || after == 0x2F else { return nil }
        // A tag ends on its line, as Ink reads it: "<Russian arsenals." is text, and taking it
        // for a tag would copy the lines after it unescaped (where "[[[…" made Ink backtrack
        // for minutes; found by fuzzing).
        guard afterSlash.dropFirst(name.count).contains(0x3E) else { return nil }
        return String(decoding: name, as: UTF8.self).lowercased()
    }

    /// What ends the HTML block opened by `tag`.
    private static func closer(of tag: String) -> [UInt8] {
        tag == "!--" ? Array("-->".utf8) : Array("</\(tag)".utf8)
    }

    private static func isFence(_ content: ArraySlice<UInt8>) -> Bool {
        content.starts(with: "```".utf8) || content.starts(with: "~~~".utf8)
    }

    /// `line` with the tag it starts with closed by ` />`, as Ink needs for void elements.
    private static func selfClosed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let end = line.firstIndex(of: 0x3E), line[end - 1] != 0x2F else { return line }
        return line[..<end] + [0x20, 0x2F] + line[end...]
    }

    /// Whether `line` contains `needle` (lowercase), ignoring ASCII case.
    private static func contains(_ line: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        let lowered = line.map { UTF8Bytes.isASCIIUpper($0) ? $0 | 0x20 : $0 }
        guard lowered.count >= needle.count else { return false }
        return (0...(lowered.count - needle.count)).contains { lowered[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// `[label]: destination`, whose destination must stay as written.
    private static func isReferenceDefinition(_ content: ArraySlice<UInt8>) -> Bool {
        guard content.first == 0x5B, let close = content.firstIndex(of: 0x5D) else { return false }
        return content[(close + 1)...].first == 0x3A
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
