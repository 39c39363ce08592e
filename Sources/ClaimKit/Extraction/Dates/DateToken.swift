/// One word, number or symbol of a sentence, as the date patterns see it.
///
/// Tokens are cut where the text changes class (letters, digits, symbols) and where a lower-case
/// letter is followed by a capital, so that the navigation debris of web extractions
/// ("Science4 weeks agoUniversity") yields "Science", "4", "weeks", "ago", "University"; the
/// ``gluedToPrevious`` flag remembers that no blank separated them.
struct DateToken {
    enum Kind: UInt8 { case word, number, symbol }

    var start: Int
    var end: Int
    var kind: Kind
    /// No blank between this token and the previous one ("mid-2005", "1990s", "30th").
    var gluedToPrevious: Bool
    /// The first byte is an ASCII capital.
    var isCapitalized: Bool
    /// Trigger words only (months, weekdays, units…; see ``DateLexeme/isTrigger``): other words
    /// are looked up only when a pattern asks about them (``DateMatcher/lexeme(_:)``), which
    /// spares the lookup for most words of a sentence.
    var lexeme: DateLexeme
    /// Numbers only: the value ("2,000" is 2000, "1.5" is 1.5).
    var number: Double
    /// Numbers only: digits before any decimal point, commas not counted.
    var integerDigits: Int
    /// Numbers only: written with thousands separators or a fraction ("2,000", "1.5").
    var isGroupedOrFractional: Bool
    /// Symbols only: the Unicode scalar value.
    var symbol: UInt32

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// A plain integer such as a day or a year: no separators, no fraction.
    var integer: Int? {
        kind == .number && !isGroupedOrFractional && integerDigits <= 9 ? Int(number) : nil
    }

    /// Whether the token is the symbol `scalar`.
    @inline(__always) func isSymbol(_ scalar: Unicode.Scalar) -> Bool {
        kind == .symbol && symbol == scalar.value
    }

    /// Apostrophes, straight or curly: the possessive of "last year's".
    var isApostrophe: Bool { kind == .symbol && (symbol == 0x27 || symbol == 0x2019) }

    /// Hyphens and dashes that join ranges and compounds ("2002-2019", "mid-2005", "2004–05").
    var isDash: Bool { kind == .symbol && (symbol == 0x2D || symbol == 0x2013 || symbol == 0x2014 || symbol == 0x2010) }
}

/// The tokens of one sentence, in a buffer reused from sentence to sentence. A sentence of n
/// bytes has at most n tokens, so the buffer is grown (rarely) before a sentence is cut, and
/// writing a token is a plain store.
///
/// Beside the tokens it lists the indices of those that can start a pattern (numbers, trigger
/// words, the "Q" of "Q3"), so that ``DateMatcher`` visits only these
/// and not every word and symbol of the sentence.
struct DateTokenBuffer {
    private(set) var base: UnsafeMutablePointer<DateToken>
    private(set) var startBase: UnsafeMutablePointer<Int>
    private(set) var capacity: Int
    var count = 0
    var startCount = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
        startBase = .allocate(capacity: capacity)
    }

    /// Makes room for `needed` tokens, dropping the current ones.
    mutating func reset(toHold needed: Int) {
        count = 0
        startCount = 0
        guard needed > capacity else { return }
        base.deallocate()
        startBase.deallocate()
        capacity = max(needed, capacity * 2)
        base = .allocate(capacity: capacity)
        startBase = .allocate(capacity: capacity)
    }

    /// Records the next token (the one in ``nextSlot``) as one a pattern may start at.
    @inline(__always) mutating func markNextAsPatternStart() {
        startBase[startCount] = count
        startCount += 1
    }

    /// Records the last token kept as one a pattern may start at.
    @inline(__always) mutating func markLastAsPatternStart() {
        startBase[startCount] = count - 1
        startCount += 1
    }

    /// The indices of the tokens a pattern may start at, in order.
    var patternStarts: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: startBase, count: startCount) }

    /// The slot after the last token, where the tokenizer builds the next one in place; it
    /// becomes a token with ``keepNext()``.
    var nextSlot: UnsafeMutablePointer<DateToken> { base + count }

    @inline(__always) mutating func keepNext() { count += 1 }

    var tokens: UnsafeBufferPointer<DateToken> { UnsafeBufferPointer(start: base, count: count) }

    func deallocate() {
        base.deallocate()
        startBase.deallocate()
    }
}

/// Cuts a sentence into ``DateToken``s, in one pass over its bytes.
enum DateTokenizer {
    /// Replaces the contents of `tokens` with the tokens of `bytes[range]`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange, lexicon: DateLexicon.Table,
                         into tokens: inout DateTokenBuffer) {
        tokens.reset(toHold: range.count)
        // A local copy (a few pointers and counts), which the loop keeps in registers.
        var buffer = tokens
        defer { tokens = buffer }
        var i = range.lowerBound
        let end = range.upperBound
        var previousEnd = -1
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { i += 1; continue }
            if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { i += 2; continue }   // no-break space
            let start = i
            // Built in place in the buffer (the sentence's byte count bounds its tokens).
            let token = buffer.nextSlot
            token.initialize(to: DateToken(start: start, end: start, kind: .symbol, gluedToPrevious: start == previousEnd,
                                           isCapitalized: false, lexeme: .none, number: 0, integerDigits: 0,
                                           isGroupedOrFractional: false, symbol: 0))
            if UTF8Bytes.isDigit(b) {
                scanNumber(bytes, from: start, end: end, into: &token.pointee)
                if token.pointee.gluedToPrevious && lastIsQuarterLetter(buffer, bytes) {
                    buffer.markLastAsPatternStart()   // the "Q" of "Q3"
                }
                buffer.markNextAsPatternStart()
            } else if UTF8Bytes.isASCIILetter(b) {
                scanWord(bytes, from: start, first: b, end: end, lexicon: lexicon, into: &token.pointee)
                if token.pointee.lexeme.category != .none { buffer.markNextAsPatternStart() }   // a trigger
            } else if b >= 0x80 && isLetterLead(bytes, at: i, end: end) {
                // A word of another script ("Ōsaka"): never a lexicon word.
                token.pointee.kind = .word
                token.pointee.end = nonASCIIWordEnd(bytes, from: start, wordStart: start, end: end)
            } else if b < 0x80 {
                token.pointee.symbol = UInt32(b)
                token.pointee.end = i + 1
            } else {
                let (scalar, length) = UTF8Bytes.scalar(at: i, in: bytes)
                if isInvisibleSpace(scalar.value) { i += length; continue }
                token.pointee.symbol = scalar.value
                token.pointee.end = i + length
            }
            previousEnd = token.pointee.end
            i = previousEnd
            buffer.keepNext()
        }
    }

    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int,
                                   into token: inout DateToken) {
        var i = start
        var value = 0.0
        var digits = 0
        while i < end && UTF8Bytes.isDigit(bytes[i]) {
            value = value * 10 + Double(bytes[i] &- 0x30)
            digits += 1
            i += 1
        }
        // Thousands groups: ",ddd" not followed by another digit.
        while i + 3 < end && bytes[i] == UInt8(ascii: ",")
                && UTF8Bytes.isDigit(bytes[i + 1]) && UTF8Bytes.isDigit(bytes[i + 2]) && UTF8Bytes.isDigit(bytes[i + 3])
                && (i + 4 >= end || !UTF8Bytes.isDigit(bytes[i + 4])) {
            for k in 1...3 { value = value * 10 + Double(bytes[i + k] &- 0x30) }
            digits += 3
            token.isGroupedOrFractional = true
            i += 4
        }
        if i + 1 < end && bytes[i] == UInt8(ascii: ".") && UTF8Bytes.isDigit(bytes[i + 1]) {
            i += 1
            var scale = 0.1
            while i < end && UTF8Bytes.isDigit(bytes[i]) {
                value += Double(bytes[i] &- 0x30) * scale
                scale /= 10
                i += 1
            }
            token.isGroupedOrFractional = true
        }
        token.kind = .number
        token.number = value
        token.integerDigits = digits
        token.end = i
    }

    /// A word that starts with the ASCII letter `first`, the common case, is cut inline; the rare
    /// rest (letters of other scripts after it, trigger-shaped words to look up) is handled out of
    /// line.
    @inline(__always)
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, first: UInt8, end: Int,
                                 lexicon: DateLexicon.Table, into token: inout DateToken) {
        var i = DateByteScan.lowercaseRunEnd(bytes, from: start &+ 1, end: end)
        let isCapitalized = UTF8Bytes.isASCIIUpper(first)
        if i == start &+ 1 && isCapitalized {
            // Capitals run on ("NOVEMBER", "USA"); a capital after a lower-case letter starts
            // a new word ("agoUniversity").
            while i < end && UTF8Bytes.isASCIIUpper(bytes[i]) { i &+= 1 }
            i = DateByteScan.lowercaseRunEnd(bytes, from: i, end: end)
        }
        token.kind = .word
        token.isCapitalized = isCapitalized
        if i < end && bytes[i] >= 0x80 && isLetterLead(bytes, at: i, end: end) {
            // Non-ASCII letters ("Hawaiʻi", "Zaporizhzhia"): never a lexicon word.
            token.end = nonASCIIWordEnd(bytes, from: i, wordStart: start, end: end)
            return
        }
        token.end = i
        if lexicon.mayBeTrigger(bytes, from: start, to: i) {
            token.lexeme = triggerLexeme(bytes, from: start, to: i, end: end, lexicon: lexicon)
        }
    }

    /// Whether the last token kept is the one-letter word "q" or "Q", which starts a quarter
    /// before a glued digit ("Q3"): the only word of no trigger category a pattern starts at.
    @inline(never)
    private static func lastIsQuarterLetter(_ tokens: DateTokenBuffer, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens.count > 0 else { return false }
        let last = tokens.base + (tokens.count - 1)
        return last.pointee.kind == .word && last.pointee.end - last.pointee.start == 1
            && bytes[last.pointee.start] | 0x20 == UInt8(ascii: "q")
    }

    /// The end of a word that goes on with letters of other scripts at `i`.
    @inline(never)
    private static func nonASCIIWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, wordStart: Int,
                                        end: Int) -> Int {
        var i = start
        var previousWasLower = i > wordStart
        while i < end {
            let b = bytes[i]
            if UTF8Bytes.isASCIILower(b) {
                previousWasLower = true
                i += 1
            } else if UTF8Bytes.isASCIIUpper(b) {
                if previousWasLower { break }
                i += 1
            } else if b >= 0x80 && isLetterLead(bytes, at: i, end: end) {
                previousWasLower = true
                i += 1
                while i < end && UTF8Bytes.isContinuation(bytes[i]) { i += 1 }
            } else {
                break
            }
        }
        return i
    }

    /// The lexeme of a word shaped like a trigger, if it is one.
    @inline(never)
    private static func triggerLexeme(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to wordEnd: Int, end: Int,
                                      lexicon: DateLexicon.Table) -> DateLexeme {
        let length = wordEnd - start
        let lexeme = length <= 8
            ? lexicon.lookup(key: DateByteScan.packedLowercaseKey(bytes, from: start, length: length, end: end))
            : lexicon.lookup(bytes, from: start, to: wordEnd)
        return lexeme.isTrigger ? lexeme : .none
    }

    /// Whether the non-ASCII scalar at `i` is a letter rather than punctuation, a symbol or a
    /// space: everything outside Latin-1's symbols, General Punctuation, currency signs and CJK
    /// or full-width punctuation, arrows and other symbols is taken for a letter.
    @inline(__always)
    private static func isLetterLead(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let b = bytes[i]
        if b == 0xC2 { return false }                                    // U+0080–U+00BF
        if b == 0xE2 { return false }                                    // U+2000–U+2FFF
        if b == 0xE3 { return i + 1 < end && bytes[i + 1] != 0x80 }       // CJK punctuation
        if b == 0xEF { return i + 1 < end && bytes[i + 1] != 0xBC && bytes[i + 1] != 0xBD && bytes[i + 1] != 0xBB }
        return b >= 0xC3
    }

    /// Spaces and invisible marks that separate or join words without being words.
    @inline(__always)
    private static func isInvisibleSpace(_ value: UInt32) -> Bool {
        (value >= 0x2000 && value <= 0x200D) || value == 0x202F || value == 0x205F || value == 0xFEFF || value == 0x3000
    }
}
