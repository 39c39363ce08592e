extension InkWorkarounds {
    /// Copies one line of Markdown text, rewriting what Ink would misread:
    ///
    /// - a `<` that does not open a tag is kept from Ink's HTML reading by a sentinel after it:
    ///   Ink reads `<3 … >` as an element and passes the rest of the paragraph through as raw
    ///   HTML, and loops forever on `<p` with no `>`;
    /// - a void element inside the line is closed (`a<br>b` → `a<br />b`), for the same reason;
    /// - an autolink `<https://…>`, which Ink does not know (it becomes an unknown tag and is
    ///   lost), is written as the link `[https://…](https://…)`;
    /// - `_` between letters or digits is escaped: Ink makes `snake_case` and
    ///   `http://x.org/a_b_c` emphasis, CommonMark never does;
    /// - `*` between spaces, after some text, is escaped: Ink makes `5 * 3 * 2` emphasis,
    ///   CommonMark does not (list markers and rules come before any text, so are kept);
    /// - a `[` that opens no link on its line (its `]` is not followed by `(` or `[` before
    ///   another `[`) is escaped: Ink tries every `[` as a link and rewinds, which on text full
    ///   of brackets ran for minutes on 1.6 KB (found by fuzzing).
    ///
    /// Code spans, tags and link destinations are copied as they are, when they are closed on
    /// the line (Ink reads an unclosed one as text).
    static func rewriteInline(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var inCode = false, inDestination = false, sawWord = false
        // Whether a code span or link destination opened at `i` is closed on the line comes from
        // the last closing mark, found once: searching the rest of the line at every mark made a
        // long line of "](" quadratic.
        let lastBacktick = line.lastIndex(of: 0x60), lastParenthesis = line.lastIndex(of: 0x29)
        var tagIsVoid: Bool?            // inside a tag: whether it needs closing
        var i = line.startIndex
        while i < line.endIndex {
            let byte = line[i]
            let previous = i > line.startIndex ? line[i - 1] : 0x20
            let next = i + 1 < line.endIndex ? line[i + 1] : 0x20
            if inCode {
                if byte == 0x60 { inCode = false }                               // `
            } else if let isVoid = tagIsVoid {
                if byte == 0x3E {                                                // >
                    if isVoid && previous != 0x2F { out += [0x20, 0x2F] }
                    tagIsVoid = nil
                }
            } else if inDestination {
                if byte == 0x29 { inDestination = false }                        // )
            } else if byte == 0x60 {
                // Only a closed code span is code to Ink; an unclosed one is text, whose
                // brackets must be escaped like any others (a third fuzzing hang).
                inCode = lastBacktick.map { $0 > i } ?? false
            } else if byte == 0x5C {                                             // \x: already escaped
                if next == 0x3C {   // "\<" gets the sentinel too, as below
                    out += [0x5C, 0x3C] + sentinel
                } else {
                    out += line[i..<min(i + 2, line.endIndex)]
                }
                i += 2
                continue
            } else if byte == 0x3C {                                             // <
                if let end = autolinkEnd(at: i, in: line) {
                    appendLink(line[(i + 1)..<end], to: &out)
                    i = end + 1
                    continue
                }
                if let tag = tagName(at: i, in: line) {
                    tagIsVoid = voidTags.contains(tag)
                } else {
                    // Not a tag: escaped, and with the sentinel after it. The escape keeps Ink
                    // from reading `<3 … >` as an element; the sentinel keeps it from looping
                    // forever on "<p" with no ">" (found by fuzzing), which the escape alone
                    // does not. ``finish(_:)`` removes the sentinel from Ink's HTML.
                    out.append(0x5C)
                    out.append(byte)
                    out += sentinel
                    i += 1
                    continue
                }
            } else if byte == 0x28 && previous == 0x5D {                         // ](
                inDestination = lastParenthesis.map { $0 > i } ?? false
            } else if byte == 0x5B && !opensLink(at: i, in: line) {              // [
                out.append(0x5C)
            } else if (byte == 0x5F && isWordByte(previous) && isWordByte(next))
                        || (byte == 0x2A && sawWord && isSpace(previous) && isSpace(next)) {
                out.append(0x5C)
            }
            if isWordByte(byte) { sawWord = true }
            out.append(byte)
            i += 1
        }
    }

    /// Whether the `[` at `start` opens a link on its line: the next bracket after it is a `]`
    /// followed by `(` (inline link) or `[` (reference link).
    private static func opensLink(at start: Int, in line: ArraySlice<UInt8>) -> Bool {
        guard let close = line[(start + 1)...].firstIndex(where: { $0 == 0x5B || $0 == 0x5D }),
              line[close] == 0x5D, close + 1 < line.endIndex else { return false }
        return line[close + 1] == 0x28 || line[close + 1] == 0x5B
    }

    /// The index of the `>` that ends an autolink such as `<https://x.org/>` starting at `start`.
    private static func autolinkEnd(at start: Int, in line: ArraySlice<UInt8>) -> Int? {
        let rest = line[(start + 1)...]
        guard ["http://", "https://", "mailto:"].contains(where: { rest.starts(with: $0.utf8) }),
              let end = rest.firstIndex(where: { $0 == 0x3E || $0 == 0x3C || isSpace($0) }),
              line[end] == 0x3E else { return nil }
        return end
    }

    /// Writes `[url](url)`, with the text's `_` and `*` escaped so they stay text.
    private static func appendLink(_ url: ArraySlice<UInt8>, to out: inout [UInt8]) {
        out.append(0x5B)
        for byte in url {
            if byte == 0x5F || byte == 0x2A || byte == 0x5B || byte == 0x5D { out.append(0x5C) }
            out.append(byte)
        }
        out += Array("](".utf8) + url + [0x29]
    }

    /// Letters, digits and any non-ASCII byte (letters of other scripts).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isDigit(byte) || byte >= 0x80
    }
}
