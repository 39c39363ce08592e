/// A run of ASCII letters in the text (a word, as the number rules see words).
struct LetterRun: Equatable {
    let start: Int
    let end: Int
    var length: Int { end - start }
}

/// One sentence's bytes and the word-level reads the number rules need around a numeral.
///
/// Every read stays inside the sentence: the words before and after a number, the blanks
/// between them. Words are ASCII letters; a letter outside ASCII ends a word and marks the
/// bytes next to it as part of some other token ("Hawaiʻi").
struct SentenceBytes {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int

    @inline(__always) subscript(i: Int) -> UInt8 { bytes[i] }

    @inline(__always) func isLetter(_ i: Int) -> Bool { i >= start && i < end && UTF8Bytes.isASCIILetter(bytes[i]) }
    @inline(__always) func isDigit(_ i: Int) -> Bool { i >= start && i < end && UTF8Bytes.isDigit(bytes[i]) }
    @inline(__always) func byte(_ i: Int) -> UInt8? { i >= start && i < end ? bytes[i] : nil }
    @inline(__always) func isByte(_ i: Int, _ ascii: Unicode.Scalar) -> Bool { byte(i) == UInt8(ascii: ascii) }

    /// Whether a letter or digit of any script ends just before `i`: the number or word at `i`
    /// is glued to a longer token ("G7", "Science4", "Hawaiʻi").
    @inline(__always)
    func isAlphanumeric(before i: Int) -> Bool {
        guard i > start else { return false }
        let b = bytes[i - 1]
        if b < 0x80 { return UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b) }
        let first = UTF8Bytes.previousScalarStart(before: i, in: bytes)
        return first >= start && Self.isAlphanumericScalar(at: first, in: bytes)
    }

    /// Whether a letter or digit of any script starts at `i`.
    @inline(__always)
    func isAlphanumeric(at i: Int) -> Bool {
        guard i < end else { return false }
        let b = bytes[i]
        if b < 0x80 { return UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b) }
        return Self.isAlphanumericScalar(at: i, in: bytes)
    }

    /// The slow path for letters outside ASCII, kept out of line: looking up Unicode
    /// properties costs more than all the ASCII checks together.
    @inline(never)
    private static func isAlphanumericScalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (scalar, _) = UTF8Bytes.scalar(at: i, in: bytes)
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The end of the run of ASCII letters starting at `i`.
    @inline(__always)
    func lettersEnd(from i: Int) -> Int {
        var j = i
        while j < end && UTF8Bytes.isASCIILetter(bytes[j]) { j += 1 }
        return j
    }

    /// The offset of the first non-blank byte at or after `i`.
    @inline(__always)
    func skipBlanks(from i: Int) -> Int {
        var j = i
        while j < end && UTF8Bytes.isBlank(bytes[j]) { j += 1 }
        return j
    }

    /// The word at `i`, if a whole word (not glued to other letters or digits) starts there.
    func word(at i: Int) -> LetterRun? {
        guard isLetter(i) else { return nil }
        let e = lettersEnd(from: i)
        guard !isAlphanumeric(at: e) else { return nil }
        return LetterRun(start: i, end: e)
    }

    /// The word that follows `i` after one or more blanks.
    func nextWord(after i: Int) -> LetterRun? {
        let j = skipBlanks(from: i)
        guard j > i else { return nil }
        return word(at: j)
    }

    /// The first whole word at or after `i`, past any bytes that start none (punctuation,
    /// digits, words glued to digits).
    func firstWord(from i: Int) -> LetterRun? {
        var j = i
        while j < end {
            if isLetter(j) && !isAlphanumeric(before: j) {
                if let found = word(at: j) { return found }
                j = lettersEnd(from: j)
            } else {
                j += 1
            }
        }
        return nil
    }

    /// The word that ends before `i`, past blanks (none needed when `i` starts no word).
    ///
    /// - Parameter period: also step over one period just before `i`'s blanks ("No. 10").
    func previousWord(before i: Int, overPeriod period: Bool = false) -> LetterRun? {
        var j = i
        while j > start && UTF8Bytes.isBlank(bytes[j - 1]) { j -= 1 }
        if period && j > start && bytes[j - 1] == UInt8(ascii: ".") { j -= 1 }
        let e = j
        while j > start && UTF8Bytes.isASCIILetter(bytes[j - 1]) { j -= 1 }
        guard j < e, !isAlphanumeric(before: j) else { return nil }
        return LetterRun(start: j, end: e)
    }

    /// Whether the word's letters are `lowercase` (ASCII, case-insensitive).
    ///
    /// In line: the rules call it with a literal, so most calls end on the length test.
    @inline(__always)
    func word(_ word: LetterRun, is lowercase: StaticString) -> Bool {
        guard word.length == lowercase.utf8CodeUnitCount else { return false }
        let p = lowercase.utf8Start
        for k in 0..<word.length where bytes[word.start + k] | 0x20 != p[k] { return false }
        return true
    }

    @inline(__always) func isCapitalized(_ word: LetterRun) -> Bool { UTF8Bytes.isASCIIUpper(bytes[word.start]) }

    func isLowercase(_ word: LetterRun) -> Bool {
        for k in word.start..<word.end where !UTF8Bytes.isASCIILower(bytes[k]) { return false }
        return true
    }

    func isUppercase(_ word: LetterRun) -> Bool {
        for k in word.start..<word.end where !UTF8Bytes.isASCIIUpper(bytes[k]) { return false }
        return true
    }

    /// Whether the word ends with the lower-case `suffix`.
    func word(_ word: LetterRun, endsWith suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard word.length > n else { return false }
        let p = suffix.utf8Start
        for k in 0..<n where bytes[word.end - n + k] | 0x20 != p[k] { return false }
        return true
    }

    /// The text of `range`, lower-cased (ASCII): how approximators are stored.
    func lowercasedText(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
