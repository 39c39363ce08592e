/// A word or a punctuation mark near a quotation.
struct Token {
    enum Kind { case word, punctuation }

    let range: Range<Int>
    let kind: Kind
    /// The scalar of a punctuation token (0 for a word).
    let scalar: UInt32

    var start: Int { range.lowerBound }
    var end: Int { range.upperBound }
    var isWord: Bool { kind == .word }

    func isPunctuation(_ character: Unicode.Scalar) -> Bool {
        kind == .punctuation && scalar == character.value
    }
}

/// Steps word by word through the bytes around a quotation, forwards or backwards.
///
/// Only the few dozen bytes around each quotation are read this way; ASCII letters take a fast
/// path and other scalars are decoded. A word is a run of letters, digits and marks, joined across `-`,
/// `'`, ’ and ‘ ("22-year-old", "O'Neill", "Trump‘s"); blanks are skipped; anything else is
/// one punctuation token.
struct AttributionTokens {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The token at or after `i`, if it starts before `limit`.
    ///
    /// Inlined for its common case, spaces and then a word of ASCII letters and digits that a
    /// space or an ASCII stop ends; anything else is read by ``nextToken(from:limit:)``.
    @inline(__always)
    func next(from i: Int, limit: Int) -> Token? {
        var i = i
        while i < limit && bytes[i] == 0x20 { i += 1 }
        guard i < limit, Self.isASCIILetterOrDigit(bytes[i]) else { return nextToken(from: i, limit: limit) }
        var end = i + 1
        while end < limit && Self.isASCIILetterOrDigit(bytes[end]) { end += 1 }
        if end < limit && (bytes[end] >= 0x80 || Self.isASCIIJoiner(bytes[end])) { return nextToken(from: i, limit: limit) }
        return Token(range: i..<end, kind: .word, scalar: 0)
    }

    /// ``next(from:limit:)`` for any bytes.
    @inline(never)
    private func nextToken(from i: Int, limit: Int) -> Token? {
        var i = i
        while i < limit {
            let b = bytes[i]
            if b < 0x80 {   // the common case, decoded without UTF8Bytes.scalar
                if Self.isASCIIBlank(b) { i += 1; continue }
                guard Self.isASCIIWordByte(b) else {
                    return Token(range: i..<i + 1, kind: .punctuation, scalar: UInt32(b))
                }
                return Token(range: i..<wordEnd(from: i + 1, limit: limit), kind: .word, scalar: 0)
            }
            let (scalar, length) = UTF8Bytes.scalar(at: i, in: bytes)
            if QuotationMarks.isSpace(scalar) || scalar == "\r" { i += length; continue }
            guard Self.isWordScalar(scalar) else {
                return Token(range: i..<min(i + length, limit), kind: .punctuation, scalar: scalar.value)
            }
            return Token(range: i..<wordEnd(from: i + length, limit: limit), kind: .word, scalar: 0)
        }
        return nil
    }

    /// Where the word whose scalars before `i` were read ends, not reaching `limit`.
    @inline(__always)
    private func wordEnd(from i: Int, limit: Int) -> Int {
        var i = i
        while i < limit {
            // The common cases: letters and digits go on, in a loop of their own; a blank or a
            // stop ends the word.
            var b = bytes[i]
            while Self.isASCIILetterOrDigit(b) {
                i += 1
                guard i < limit else { return i }
                b = bytes[i]
            }
            if b < 0x80 && !Self.isASCIIJoiner(b) { break }
            let (next, nextLength) = UTF8Bytes.scalar(at: i, in: bytes)
            if Self.isWordScalar(next) {
                i += nextLength
            } else if Self.isJoiner(next), i + nextLength < limit,
                      Self.isWordScalar(UTF8Bytes.scalar(at: i + nextLength, in: bytes).0) {
                i += nextLength
            } else {
                break
            }
        }
        return i
    }

    /// The token that ends at or before `i`, if it starts at or after `floor`.
    ///
    /// Inlined for its common case, as ``next(from:limit:)``; anything else is read by
    /// ``previousToken(before:floor:)``.
    @inline(__always)
    func previous(before i: Int, floor: Int) -> Token? {
        var i = i
        while i > floor && bytes[i - 1] == 0x20 { i -= 1 }
        guard i > floor, Self.isASCIILetterOrDigit(bytes[i - 1]) else { return previousToken(before: i, floor: floor) }
        var start = i - 1
        while start > floor && Self.isASCIILetterOrDigit(bytes[start - 1]) { start -= 1 }
        if start > floor && (bytes[start - 1] >= 0x80 || Self.isASCIIJoiner(bytes[start - 1])) {
            return previousToken(before: i, floor: floor)
        }
        return Token(range: start..<i, kind: .word, scalar: 0)
    }

    /// ``previous(before:floor:)`` for any bytes.
    @inline(never)
    private func previousToken(before i: Int, floor: Int) -> Token? {
        var i = i
        while i > floor {
            let b = bytes[i - 1]
            if b < 0x80 {   // the common case: an ASCII byte is a scalar of its own
                if Self.isASCIIBlank(b) { i -= 1; continue }
                guard Self.isASCIIWordByte(b) else {
                    return Token(range: i - 1..<i, kind: .punctuation, scalar: UInt32(b))
                }
                return Token(range: wordStart(from: i - 1, floor: floor)..<i, kind: .word, scalar: 0)
            }
            let start = UTF8Bytes.previousScalarStart(before: i, in: bytes)
            let (scalar, _) = UTF8Bytes.scalar(at: start, in: bytes)
            if QuotationMarks.isSpace(scalar) || scalar == "\r" { i = start; continue }
            guard Self.isWordScalar(scalar) else {
                guard start >= floor else { return nil }
                return Token(range: start..<i, kind: .punctuation, scalar: scalar.value)
            }
            return Token(range: wordStart(from: start, floor: floor)..<i, kind: .word, scalar: 0)
        }
        return nil
    }

    /// Where the word whose scalars from `start` on were read starts, not reaching before `floor`.
    @inline(__always)
    private func wordStart(from start: Int, floor: Int) -> Int {
        var s = start
        while s > floor {
            var b = bytes[s - 1]
            while Self.isASCIILetterOrDigit(b) {   // the common cases, as in wordEnd(from:limit:)
                s -= 1
                guard s > floor else { return s }
                b = bytes[s - 1]
            }
            if b < 0x80 && !Self.isASCIIJoiner(b) { break }
            let before = UTF8Bytes.previousScalarStart(before: s, in: bytes)
            guard before >= floor else { break }
            let (previous, _) = UTF8Bytes.scalar(at: before, in: bytes)
            if Self.isWordScalar(previous) {
                s = before
            } else if Self.isJoiner(previous), before > floor {
                let beyond = UTF8Bytes.previousScalarStart(before: before, in: bytes)
                guard beyond >= floor, Self.isWordScalar(UTF8Bytes.scalar(at: beyond, in: bytes).0) else { break }
                s = beyond
            } else {
                break
            }
        }
        return s
    }

    // MARK: Word shapes

    /// "Peskov", "Ángel", "BBC": the first letter is upper case.
    @inline(__always)
    func isCapitalised(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let b = bytes[token.start]
        if b < 0x80 { return UTF8Bytes.isASCIIUpper(b) }
        return Self.isUppercase(UTF8Bytes.scalar(at: token.start, in: bytes).0)
    }

    /// Out of line for the same reason as ``isNonASCIIWordScalar(_:)``.
    @inline(never)
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    /// "said", "the", "22-year-old": a word that does not start with a capital.
    @inline(__always)
    func isLowercase(_ token: Token) -> Bool {
        token.isWord && !isCapitalised(token)
    }

    /// "Russia's", "Trump‘s", "Blair’s": a possessive, which names an owner, not a speaker.
    func isPossessive(_ token: Token) -> Bool {
        guard token.isWord, token.range.count >= 3 else { return false }
        let e = token.end
        guard bytes[e - 1] | 0x20 == UInt8(ascii: "s") else { return false }
        if bytes[e - 2] == 0x27 { return true }
        return e - 4 >= token.start && bytes[e - 4] == 0xE2 && bytes[e - 3] == 0x80
            && (bytes[e - 2] == 0x99 || bytes[e - 2] == 0x98)
    }

    /// Whether `a` and `b` hold the same bytes: "Hawkins" twice, not "hawkins".
    func sameBytes(_ a: ByteRange, _ b: ByteRange) -> Bool {
        UTF8Bytes.sameBytes(a, b, in: bytes)
    }

    /// "Young's" → "Young", "Morris’s" → "Morris": the word without the ending ``isPossessive(_:)`` knows.
    func withoutPossessive(_ t: Token) -> ByteRange {
        guard isPossessive(t) else { return t.range }
        return t.start..<(bytes[t.end - 2] == 0x27 ? t.end - 2 : t.end - 4)
    }

    /// "W", "J": a single capital letter, an initial when a period follows.
    func isInitial(_ token: Token) -> Bool {
        token.range.count == 1 && UTF8Bytes.isASCIIUpper(bytes[token.start])
    }

    func endsWith(_ token: Token, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard token.range.count > n else { return false }
        let tail = suffix.utf8Start
        for k in 0..<n where bytes[token.end - n + k] != tail[k] { return false }
        return true
    }

    /// Whether `token` begins with `prefix`, ignoring ASCII case: "Spokeswoman" with "spokes".
    func startsWith(_ token: Token, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard token.isWord, token.range.count >= n else { return false }
        let head = prefix.utf8Start
        for k in 0..<n where bytes[token.start + k] | 0x20 != head[k] { return false }
        return true
    }

    /// The ")" that closes the bracket opened by `open` within ten tokens: "(IATA)", "(Apacs)".
    func closingParenthesis(after open: Token, limit: Int) -> Token? {
        var cursor = next(from: open.end, limit: limit)
        var count = 0
        while let t = cursor, count < 10 {
            if t.isPunctuation(")") { return t }
            count += 1
            cursor = next(from: t.end, limit: limit)
        }
        return nil
    }

    /// Whether `token` is the word `word`, ignoring ASCII case.
    func isWord(_ token: Token, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard token.isWord, token.range.count == n else { return false }
        let expected = word.utf8Start
        for k in 0..<n where bytes[token.start + k] | 0x20 != expected[k] { return false }
        return true
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The ASCII blanks skipped between tokens: space, tab, line feed and carriage return.
    @inline(__always)
    private static func isASCIIBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// Whether the ASCII byte `b` (below 0x80) is a letter or a digit: one bit test in a mask
    /// of the digits (bytes 0x30–0x39, in the first 64) or of the letters (0x41–0x5A and
    /// 0x61–0x7A, in the next 64), as words are read a byte at a time.
    @inline(__always)
    private static func isASCIIWordByte(_ b: UInt8) -> Bool {
        let mask: UInt64 = b < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
        return mask >> UInt64(b & 63) & 1 != 0
    }

    /// ``isASCIIWordByte(_:)`` for any byte (false from 0x80 on): two subtractions that wrap
    /// below, so a letter, the most common byte of a word, costs one test.
    @inline(__always)
    private static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b)
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            let b = UInt8(v)
            return UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b)
        }
        return isNonASCIIWordScalar(scalar)
    }

    /// Kept out of line: inlined, the Unicode property lookups make every call of ``next(from:limit:)``
    /// and ``previous(before:floor:)`` set up their type metadata and stack, which cost more than
    /// stepping over the token itself.
    @inline(never)
    private static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    /// The ASCII joiners of ``isJoiner(_:)``, "-" and "'": any other ASCII byte that is no
    /// letter or digit ends a word without being decoded and tested again.
    @inline(__always)
    private static func isASCIIJoiner(_ b: UInt8) -> Bool {
        b == 0x2D || b == 0x27
    }

    @inline(__always)
    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x27, 0x2019, 0x2018, 0x2BC: return true   // - ' ’ ‘ ʼ
        default: return false
        }
    }
}
