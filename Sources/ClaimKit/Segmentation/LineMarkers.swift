/// Recognises the markers that open list items and headings, and lists run into one line.
///
/// SPEC §2: on a line that is a list item or a heading, the segment excludes the marker that
/// opens it (`* `, `- `, `1. `, `## `); markers inside running text ("1.) The first item 2.) The
/// second item") split the items but stay part of their segments.
enum LineMarkers {
    /// Whether `bytes[i]` and the byte after it (before `end`) are ASCII letters: the opening of
    /// a word, which no marker can be (a bullet is a non-ASCII character or one of `#*-+>`, an
    /// ordinal digits or a single letter before `.` or `)`), so that the marker tests can be
    /// skipped for most lines.
    @inline(__always)
    static func opensWithWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        i + 1 < end && UTF8Bytes.isASCIILetter(bytes[i]) && UTF8Bytes.isASCIILetter(bytes[i + 1])
    }

    /// An ordinal marker such as `1.`, `2)`, `3.)` or `a.`.
    struct Ordinal: Equatable {
        enum Form: Equatable { case period, parenthesis, periodParenthesis }
        /// 1, 2, 3… for digits; 1 for `a`, 2 for `b`…
        let value: Int
        let isLetter: Bool
        let form: Form
        /// Offset just past the marker's punctuation.
        let end: Int
    }

    /// Bullet characters that may also separate items inside one line: •, ◦, ▪, ‣, ⁃.
    @inline(__always)
    static func bulletLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        guard i + 2 < end else { return 0 }
        let (b0, b1, b2) = (bytes[i], bytes[i + 1], bytes[i + 2])
        if b0 == 0xE2 && b1 == 0x80 && (b2 == 0xA2 || b2 == 0xA3) { return 3 }   // • ‣
        if b0 == 0xE2 && b1 == 0x81 && b2 == 0x83 { return 3 }                   // ⁃
        if b0 == 0xE2 && b1 == 0x97 && b2 == 0xA6 { return 3 }                   // ◦
        if b0 == 0xE2 && b1 == 0x96 && b2 == 0xAA { return 3 }                   // ▪
        return 0
    }

    /// Reads an ordinal marker at `i`: one to three digits or a single letter, then `.`, `)`
    /// or `.)`, then a blank (or the line end).
    static func ordinal(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Ordinal? {
        var j = i
        var value = 0
        var isLetter = false
        while j < end && j - i < 3 && UTF8Bytes.isDigit(bytes[j]) {
            value = value * 10 + Int(bytes[j] - 0x30)
            j += 1
        }
        if j == i {
            guard j < end && UTF8Bytes.isASCIILetter(bytes[j]) else { return nil }
            value = Int((bytes[j] | 0x20) - 0x60)
            isLetter = true
            j += 1
        }
        guard j < end else { return nil }
        let form: Ordinal.Form
        if bytes[j] == UInt8(ascii: ".") {
            if j + 1 < end && bytes[j + 1] == UInt8(ascii: ")") { form = .periodParenthesis; j += 2 } else { form = .period; j += 1 }
        } else if bytes[j] == UInt8(ascii: ")") {
            form = .parenthesis; j += 1
        } else {
            return nil
        }
        guard j == end || UTF8Bytes.isBlank(bytes[j]) else { return nil }
        return Ordinal(value: value, isLetter: isLetter, form: form, end: j)
    }

    /// If the line opens with a list or heading marker, the offset where its content starts.
    ///
    /// Recognised: `#`…`######`, `>`, `*`, `-`, `+` followed by a blank; a bullet character;
    /// a numeric ordinal (`1.`, `2)`, `3.)`). A lone marker gives the line end.
    static func contentStart(_ bytes: UnsafeBufferPointer<UInt8>, lineStart s: Int, end e: Int) -> Int? {
        var j = s
        let b = bytes[s]
        if b == UInt8(ascii: "#") {
            while j < e && j - s < 6 && bytes[j] == UInt8(ascii: "#") { j += 1 }
            guard j == e || UTF8Bytes.isBlank(bytes[j]) else { return nil }
        } else if b == UInt8(ascii: "*") || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ">") {
            j += 1
            guard j == e || UTF8Bytes.isBlank(bytes[j]) else { return nil }
        } else if case let n = bulletLength(bytes, at: s, end: e), n > 0 {
            j += n
        } else if let ordinal = ordinal(bytes, at: s, end: e), !ordinal.isLetter {
            j = ordinal.end
        } else {
            return nil
        }
        while j < e && UTF8Bytes.isBlank(bytes[j]) { j += 1 }
        return j
    }

    /// Where further items start when the line is a list run together ("1) a 2) b",
    /// "• 9. a • 10. b", "a. x b. y c. z"): the offsets of the second and later markers, each
    /// preceded by a blank. Empty when the line's opening marker has no successor in the line.
    static func inlineItemStarts(_ bytes: UnsafeBufferPointer<UInt8>, lineStart s: Int, end e: Int) -> [Int] {
        let bullet = bulletLength(bytes, at: s, end: e)
        if bullet > 0 {
            var starts: [Int] = []
            var i = s + bullet
            while i < e {
                if UTF8Bytes.isBlank(bytes[i - 1]) && bulletLength(bytes, at: i, end: e) == bullet
                    && bytes[i + 2] == bytes[s + 2] && bytes[i + 1] == bytes[s + 1] {
                    starts.append(i)
                    i += bullet
                } else {
                    i += 1
                }
            }
            return starts
        }
        guard let first = ordinal(bytes, at: s, end: e) else { return [] }
        var starts: [Int] = []
        var expected = first.value + 1
        var i = first.end
        while i < e {
            if UTF8Bytes.isBlank(bytes[i - 1]), let next = ordinal(bytes, at: i, end: e),
               next.value == expected, next.isLetter == first.isLetter, next.form == first.form {
                starts.append(i)
                expected += 1
                i = next.end
            } else {
                i += 1
            }
        }
        return starts
    }
}
