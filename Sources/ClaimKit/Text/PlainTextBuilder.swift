/// Accumulates rendered plain text as UTF-8 bytes, collapsing whitespace the way a browser
/// lays out text, but with block boundaries as `\n` instead of vertical space.
///
/// Separators (a space, a table-cell tab, a line break) are not written when asked for but
/// held *pending* and written only before the next visible byte, the strongest one winning.
/// That is what guarantees the invariants of the canonical text (SPEC §1): no line starts or
/// ends with whitespace, no line is blank, and the text neither starts nor ends with one.
///
/// Positions are byte offsets into ``bytes``; callers convert them to code points once, at the
/// end, with ``ScalarIndex``.
struct PlainTextBuilder {
    /// A pending separator; a stronger one replaces a weaker one.
    enum Separator: Int, Comparable {
        case none, space, cellBreak, lineBreak
        static func < (lhs: Separator, rhs: Separator) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Everything needed to undo output written since it was taken (see ``rollBack(to:)``).
    struct Checkpoint {
        fileprivate let byteCount: Int
        fileprivate let pending: Separator
        fileprivate let pendingBlanks: [UInt8]
    }

    private(set) var bytes: [UInt8] = []
    private var pending = Separator.none
    /// Blanks inside `<pre>`, written as they are when the line goes on.
    private var pendingBlanks: [UInt8] = []

    var byteCount: Int { bytes.count }

    /// Whether the next visible byte will start a line.
    var isAtLineStart: Bool { pending == .lineBreak || bytes.isEmpty || bytes.last == 0x0A }

    /// Asks for `separator` before the next visible byte.
    mutating func request(_ separator: Separator) {
        pending = max(pending, separator)
        if separator == .lineBreak { pendingBlanks.removeAll() }
    }

    /// Appends character data.
    ///
    /// - Parameter preservingLines: `true` inside `<pre>`: newlines break lines and blanks
    ///   inside a line are kept; otherwise every run of whitespace becomes one space.
    ///   A no-break space (U+00A0) counts as whitespace (an `&nbsp;`-only line is blank), and a
    ///   soft hyphen (U+00AD), which is invisible, is dropped.
    mutating func append(_ text: String, preservingLines: Bool) {
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte == 0xC2 && i + 1 < utf8.count && (utf8[i + 1] == 0xA0 || utf8[i + 1] == 0xAD) {
                if utf8[i + 1] == 0xA0 { appendBlank(0x20, preservingLines: preservingLines) }
                i += 2
                continue
            }
            switch byte {
            case 0x0A, 0x0D, 0x0C:
                if preservingLines { request(.lineBreak) } else { request(.space) }
            case 0x20, 0x09:
                appendBlank(byte, preservingLines: preservingLines)
            default:
                writePending()
                bytes.append(byte)
            }
            i += 1
        }
    }

    private mutating func appendBlank(_ byte: UInt8, preservingLines: Bool) {
        if preservingLines && pending < .lineBreak { pendingBlanks.append(byte) } else { request(.space) }
    }

    /// Writes the pending separator before a visible byte, unless it would start a line.
    private mutating func writePending() {
        guard pending != .none || !pendingBlanks.isEmpty else { return }
        let atLineStart = bytes.isEmpty || bytes.last == 0x0A
        if pending == .lineBreak {
            if !atLineStart { bytes.append(0x0A) }
        } else if !atLineStart {
            if !pendingBlanks.isEmpty {
                bytes += pendingBlanks
            } else if pending == .space {
                bytes.append(0x20)
            } else if pending == .cellBreak {
                bytes.append(0x09)
            }
        }
        pending = .none
        pendingBlanks.removeAll()
    }

    func checkpoint() -> Checkpoint {
        Checkpoint(byteCount: bytes.count, pending: pending, pendingBlanks: pendingBlanks)
    }

    /// Removes what was written since `checkpoint`, keeping the strongest separator asked for
    /// in between, so that dropping `<sup>1</sup>` from "lives<sup>1</sup> since" still
    /// leaves one space.
    mutating func rollBack(to checkpoint: Checkpoint) {
        bytes.removeSubrange(checkpoint.byteCount...)
        pending = max(pending, checkpoint.pending)
        pendingBlanks = checkpoint.pendingBlanks
    }

    /// The bytes written since `checkpoint`, as text.
    func text(since checkpoint: Checkpoint) -> String {
        String(decoding: bytes[checkpoint.byteCount...], as: UTF8.self)
    }

    /// The ASCII letters and digits just before `checkpoint`, or nil when a separator is
    /// pending there (the next text will not touch them) or there are none.
    func word(before checkpoint: Checkpoint) -> String? {
        guard checkpoint.pending == .none && checkpoint.pendingBlanks.isEmpty else { return nil }
        var start = checkpoint.byteCount
        while start > 0 && (UTF8Bytes.isASCIILetter(bytes[start - 1]) || UTF8Bytes.isDigit(bytes[start - 1])) { start -= 1 }
        guard start < checkpoint.byteCount else { return nil }
        return String(decoding: bytes[start..<checkpoint.byteCount], as: UTF8.self)
    }

    /// The first byte offset at or after `offset` that is not a separator: where the content
    /// written after `offset` really starts.
    func contentStart(from offset: Int) -> Int {
        var i = offset
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A) { i += 1 }
        return i
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
