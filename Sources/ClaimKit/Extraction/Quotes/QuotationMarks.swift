/// Tells quotation marks from apostrophes, inch marks and strays by the bytes around them.
///
/// A mark's role comes from its neighbours: a mark with a space (or a bracket, or an opening
/// quote) on its left and a word on its right opens; a word on its left and a space or
/// punctuation on its right closes. Curly marks say which side they are, but web text misuses
/// them, so their context still counts. Single marks are apostrophes unless the context
/// plainly says otherwise: "Russia’s", "it’s", "Ukraine's" and "Trump‘s" sit between letters;
/// "’90s", "rock 'n' roll" and "’em" are elisions; "the players’ union" may close a quotation
/// only if nothing better does (``Role/weakClosing``).
enum QuotationMarks {
    /// Marks pair only within their family: `"` may close “ in sloppy text, never « or ‘.
    enum Family: UInt8 {
        case double, single, guillemet
    }

    /// What a mark can do, decided from its neighbours.
    enum Role {
        /// Opens a quotation.
        case opening
        /// Closes an open quotation of its family; otherwise it is ignored.
        case closing
        /// Closes a single quotation only if no ordinary closing mark follows: the plural
        /// possessive of "the players’ union" looks exactly like a closing quote.
        case weakClosing
        /// Closes an open quotation of its family, or opens one (`said:"Hello`, `Hello,"he`).
        case openingOrClosing
    }

    struct Mark {
        let family: Family
        let role: Role
        let start: Int
        let length: Int
        var end: Int { start + length }
    }

    /// Whether `b` can start a quotation mark: `"`, `'`, the lead byte of “ ” „ ‘ ’ (E2) or
    /// of « » (C2). The scanner's hot loop tests only this.
    @inline(__always)
    static func isLeadByte(_ b: UInt8) -> Bool {
        b == 0x22 || b == 0x27 || b == 0xE2 || b == 0xC2
    }

    /// The offset of the next byte at or after `start` that is a newline or may start a mark
    /// (``isLeadByte(_:)``), or `bytes.count`.
    ///
    /// Sixteen bytes are tested at a time with SSE2 compares (``candidateLanes(_:)``), and the
    /// first candidate among them is the lowest flagged lane, so the long runs of text between
    /// marks cost a few instructions per sixteen bytes; the last few bytes of the text are
    /// tested eight at a time with the usual has-zero-byte trick, then one by one.
    @inline(__always)
    static func nextCandidate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 16 <= count {
                let flagged = candidateLanes(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
                let low = flagged[0], high = flagged[1]
                if low | high == 0 { i += 16; continue }
                return i + (low != 0 ? low.trailingZeroBitCount >> 3 : 8 + high.trailingZeroBitCount >> 3)
            }
            while i + 8 <= count && !mayHoldCandidate(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
            }
        }
        while i < count {
            let b = bytes[i]
            if b == 0x0A || isLeadByte(b) { return i }
            i += 1
        }
        return count
    }

    /// The sixteen bytes of `chunk` as two words, little-endian, with every bit of a lane set
    /// where the byte is `\n`, `"`, `'`, 0xC2 or 0xE2 (which differ in one bit), and no other
    /// bit. The bounds are whole vectors: comparing with a scalar compiles to a loop over the lanes.
    @inline(__always)
    private static func candidateLanes(_ chunk: SIMD16<UInt8>) -> SIMD2<UInt64> {
        let newline = SIMD16<UInt8>(repeating: 0x0A), double = SIMD16<UInt8>(repeating: 0x22),
            single = SIMD16<UInt8>(repeating: 0x27), leadByte = SIMD16<UInt8>(repeating: 0xE2),
            caseBit = SIMD16<UInt8>(repeating: 0x20)
        let marks = (chunk .== newline) .| (chunk .== double) .| (chunk .== single) .| ((chunk | caseBit) .== leadByte)
        return unsafeBitCast(marks, to: SIMD2<UInt64>.self)
    }

    /// Whether any byte of `word` is `\n`, `"`, `'`, 0xC2 or 0xE2 (the last two differ in one bit).
    @inline(__always)
    private static func mayHoldCandidate(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        return zeroByte(word ^ (0x0A &* ones)) | zeroByte(word ^ (0x22 &* ones)) | zeroByte(word ^ (0x27 &* ones))
            | zeroByte((word | (0x20 &* ones)) ^ (0xE2 &* ones)) != 0
    }

    /// The mark whose first byte is at `i`, or `nil` for an apostrophe or a byte that is no mark.
    static func mark(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark? {
        switch bytes[i] {
        case 0x22: return straightDouble(at: i, length: 1, in: bytes)
        case 0x27:
            // '' typed for " ('' … '')
            if i + 1 < bytes.count && bytes[i + 1] == 0x27 { return straightDouble(at: i, length: 2, in: bytes) }
            return single(at: i, length: 1, in: bytes, isRightHand: false, isLeftHand: false)
        case 0xE2:
            guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return nil }
            switch bytes[i + 2] {
            case 0x9C: // “
                let role: Role = !isLeftBoundary(before: i, in: bytes, for: .double)
                    && isRightBoundary(after: i + 3, in: bytes, for: .double) ? .closing : .opening
                return Mark(family: .double, role: role, start: i, length: 3)
            case 0x9D: // ”
                let role: Role = isLeftBoundary(before: i, in: bytes, for: .double)
                    && !isRightBoundary(after: i + 3, in: bytes, for: .double) ? .openingOrClosing : .closing
                return Mark(family: .double, role: role, start: i, length: 3)
            case 0x9E: // „
                return Mark(family: .double, role: .opening, start: i, length: 3)
            case 0x98: // ‘
                return single(at: i, length: 3, in: bytes, isRightHand: false, isLeftHand: true)
            case 0x99: // ’
                return single(at: i, length: 3, in: bytes, isRightHand: true, isLeftHand: false)
            default:
                return nil
            }
        case 0xC2:
            guard i + 1 < bytes.count else { return nil }
            if bytes[i + 1] == 0xAB { return Mark(family: .guillemet, role: .opening, start: i, length: 2) }
            if bytes[i + 1] == 0xBB { return Mark(family: .guillemet, role: .closing, start: i, length: 2) }
            return nil
        default:
            return nil
        }
    }

    private static func straightDouble(at i: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        let left = isLeftBoundary(before: i, in: bytes, for: .double)
        let right = isRightBoundary(after: i + length, in: bytes, for: .double)
        let role: Role
        switch (left, right) {
        case (true, false): role = .opening
        case (false, true), (true, true): role = .closing   // a lone `"` between spaces only closes
        case (false, false): role = .openingOrClosing
        }
        return Mark(family: .double, role: role, start: i, length: length)
    }

    /// `'`, ‘ (`isLeftHand`) or ’ (`isRightHand`).
    private static func single(at i: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>,
                               isRightHand: Bool, isLeftHand: Bool) -> Mark? {
        let after = i + length
        let left = isLeftBoundary(before: i, in: bytes, for: .single)
        let right = isRightBoundary(after: after, in: bytes, for: .single)
        if left && !right {
            if isElision(at: after, in: bytes) { return nil }
            // ’ is an opening mark only where autocorrect turned ‘ round: before a capital.
            if isRightHand && !(after < bytes.count && UTF8Bytes.isASCIIUpper(bytes[after])) { return nil }
            return Mark(family: .single, role: .opening, start: i, length: length)
        }
        if !left && right {
            if isLeftHand && i > 0 && !isWordByte(bytes[i - 1]) { return nil }
            let role: Role = looksLikePluralPossessive(markAt: i, after: after, in: bytes) ? .weakClosing : .closing
            return Mark(family: .single, role: role, start: i, length: length)
        }
        return nil   // between letters ("Ukraine's", "Trump‘s") or between spaces
    }

    /// "players’ union", "the Beatles' song": an s, the mark, a space and a lower-case word.
    private static func looksLikePluralPossessive(markAt i: Int, after: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, bytes[i - 1] | 0x20 == UInt8(ascii: "s"), after + 1 < bytes.count,
              bytes[after] == 0x20 else { return false }
        let next = bytes[after + 1]
        return UTF8Bytes.isASCIILower(next) || UTF8Bytes.isDigit(next)
    }

    /// Words that lose their first letters to an apostrophe: "’90s", "'n'", "’em", "'til".
    private static let elidedWords = WordSet(["n", "em", "til", "tis", "twas", "cause", "cos", "coz", "bout", "nuff", "ol", "round"])

    private static func isElision(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = start
        while end < bytes.count && UTF8Bytes.isDigit(bytes[end]) { end += 1 }
        if end > start { return end - start == 2 }   // ’90s, '05; a quotation may open on "1,000"
        while end < bytes.count && UTF8Bytes.isASCIILetter(bytes[end]) { end += 1 }
        return end > start && elidedWords.contains(bytes, start..<end)
    }

    @inline(__always)
    private static func isWordByte(_ b: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b) || b >= 0x80
    }

    /// Whether the scalar before `i` lets a quotation open: the start of a line, a blank, an
    /// opening bracket or an opening quote. For a single mark an outer straight `"` counts too.
    static func isLeftBoundary(before i: Int, in bytes: UnsafeBufferPointer<UInt8>, for family: Family) -> Bool {
        guard i > 0 else { return true }
        let b = bytes[i - 1]
        if b < 0x80 {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "/"):
                return true
            case 0x22:
                return family == .single
            default:
                return false
            }
        }
        let start = UTF8Bytes.previousScalarStart(before: i, in: bytes)
        let (scalar, _) = UTF8Bytes.scalar(at: start, in: bytes)
        switch scalar.value {
        case 0x201C, 0x2018, 0x00AB, 0x201E: return true   // “ ‘ « „
        default: return isSpace(scalar)
        }
    }

    /// Whether the scalar at `j` lets a quotation close: the end of a line, a blank, closing
    /// punctuation, a dash or a closing quote. For a single mark an outer straight `"` counts too.
    static func isRightBoundary(after j: Int, in bytes: UnsafeBufferPointer<UInt8>, for family: Family) -> Bool {
        guard j < bytes.count else { return true }
        let b = bytes[j]
        if b < 0x80 {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                 UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"),
                 UInt8(ascii: "-"):
                return true
            case 0x22:
                return family == .single
            default:
                return false
            }
        }
        let (scalar, _) = UTF8Bytes.scalar(at: j, in: bytes)
        switch scalar.value {
        case 0x201D, 0x2019, 0x00BB, 0x2026, 0x2013, 0x2014: return true   // ” ’ » … – —
        default: return isSpace(scalar)
        }
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x20 || v == 0x09 || v == 0x0A || v == 0xA0 || (v >= 0x2000 && v <= 0x200B)
            || v == 0x202F || v == 0x205F || v == 0x3000
    }
}
