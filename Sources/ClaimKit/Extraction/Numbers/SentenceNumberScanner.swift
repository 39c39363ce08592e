/// Finds the numbers of one sentence in a single left-to-right pass over its bytes.
///
/// Candidates are cheap to spot: a digit, a currency symbol, or a word found in the number
/// word table (one multiply-and-shift lookup per word). Only at a candidate does the work start:
/// read the numeral with its currency, magnitude and unit (``QuantityReader``,
/// ``WordNumeralReader``), join a second numeral (``NumberCompounds``), drop what is a date,
/// time or reference (``DateLikeNumbers``, ``ReferenceNumbers``), then read the approximator
/// before and the counted noun after. Scanning resumes after everything read, so matches come
/// out in order and never overlap. URLs and e-mail addresses are stepped over whole.
struct SentenceNumberScanner {
    let text: SentenceBytes
    /// Held here so the hot loop reads the table without a lazy-global check per word.
    private let lexicon = NumberWords.lexicon
    private let startPairLengthMasks = NumberWords.startPairLengthMasks

    init(bytes: UnsafeBufferPointer<UInt8>, sentence: ByteRange) {
        text = SentenceBytes(bytes: bytes, start: sentence.lowerBound, end: sentence.upperBound)
    }

    func scan(into matches: inout [NumberMatch]) {
        let bytes = text.bytes
        let lastChunkStart = bytes.count - 8
        var i = text.start
        while i < text.end {
            guard i <= lastChunkStart else {
                i = step(at: i, wordLength: nil, into: &matches) ?? i + 1
                continue
            }
            let chunk = ByteChunk(bytes, at: i, letterBefore: i > text.start && UTF8Bytes.isASCIILetter(bytes[i - 1]))
            var candidates = chunk.candidates & ByteChunk.keepingFirst(text.end - i)
            var resume: Int?
            while candidates != 0 && resume == nil {
                let k = candidates.trailingZeroBitCount >> 3
                candidates &= candidates &- 1
                resume = step(at: i + k, wordLength: chunk.wordLength(at: k), into: &matches)
            }
            i = resume ?? i + 8
        }
    }

    /// Looks at a possible start at `i`; returns where scanning resumes, or `nil` when nothing
    /// starts there (the common case: a word that no number begins with).
    ///
    /// - Parameter wordLength: for a letter, the length of its word if known from the chunk,
    ///   or a lower bound (`-n` for "at least n") when the word runs past it.
    @inline(__always)
    private func step(at i: Int, wordLength: Int?, into matches: inout [NumberMatch]) -> Int? {
        let b = text[i]
        if UTF8Bytes.isASCIILetter(b) {
            let next = i + 1 < text.end ? text[i + 1] : 0
            let second = UTF8Bytes.isASCIILetter(next) ? Int((next | 0x20) &- UInt8(ascii: "a")) : 26
            let masks = startPairLengthMasks[Int((b | 0x20) &- UInt8(ascii: "a")), second]
            guard masks != 0 else { return nil }
            if let length = wordLength {
                let fits = length > 0 ? masks & (1 << UInt16(min(length, 15))) : masks >> UInt16(-length)
                guard fits != 0 else { return nil }
            }
            guard !text.isAlphanumeric(before: i) else { return nil }
            return word(at: i, into: &matches)
        }
        if UTF8Bytes.isDigit(b) { return digits(at: i, into: &matches) }
        switch b {
        case UInt8(ascii: "$"), 0xC2, 0xE2:
            return currencySymbol(at: i, into: &matches)
        case UInt8(ascii: ":") where text.isByte(i + 1, "/") && text.isByte(i + 2, "/"):
            return endOfURL(from: i)
        default:
            return nil
        }
    }

    // MARK: - Candidates

    private func digits(at i: Int, into matches: inout [NumberMatch]) -> Int {
        let reader = QuantityReader(text: text)
        var q = NumberReading(at: i, form: .digits)
        if let (code, start) = currencyCode(before: i) {
            return consider(reader.readDigits(at: i, start: start, currency: code, into: &q), &q, into: &matches)
        }
        if ReferenceNumbers(text: text).isGluedToToken(digitAt: i) { return reader.tokenEnd(from: i) }
        return consider(reader.readDigits(at: i, start: i, currency: nil, into: &q), &q, into: &matches)
    }

    /// An upper-case currency code written before the digits at `i`: "USD 5", "EUR3bn".
    private func currencyCode(before i: Int) -> (code: Symbol, start: Int)? {
        var e = i
        if e > text.start && text[e - 1] == UInt8(ascii: " ") { e -= 1 }
        let s = e - 3
        guard s >= text.start, UTF8Bytes.isASCIIUpper(text[s]), UTF8Bytes.isASCIIUpper(text[s + 1]),
              UTF8Bytes.isASCIIUpper(text[s + 2]), !text.isAlphanumeric(before: s),
              let code = CurrencyNotation.codes.value(text.bytes, from: s, to: e) else { return nil }
        return (code, s)
    }

    /// Reads the number word at `i` (its first letter already checked) and what follows it.
    private func word(at i: Int, into matches: inout [NumberMatch]) -> Int {
        let (end, key) = PackedWordKey.scanWord(text.bytes, at: i, limit: text.end)
        guard let kind = lexicon.value(forKey: key, text.bytes, from: i, to: end), !isHyphenatedAfterLetters(i) else { return end }
        switch kind {
        case .unit, .tens, .half:
            guard !text.isAlphanumeric(at: end) else { return end }
        case .twice:
            // "think twice" says nothing about a count; "twice-weekly" is a rate.
            guard !text.isAlphanumeric(at: end), !text.isByte(end, "-"),
                  !(text.previousWord(before: i).map { text.word($0, is: "think") } ?? false) else { return end }
        case .article:
            guard isArticleBeforeNumber(end) else { return end }
        default:
            return end
        }
        var q = NumberReading(at: i, form: .words)
        return consider(WordNumeralReader(text: text).read(from: LetterRun(start: i, end: end), into: &q), &q, into: &matches)
    }

    /// Whether "a" or "an" ending at `end` starts a number: a scale or fraction follows ("a
    /// million", "a dozen", "a third of"). Checked here because "a" is the commonest word.
    private func isArticleBeforeNumber(_ end: Int) -> Bool {
        guard text.isByte(end, " "), let next = text.word(at: end + 1) else { return false }
        switch lexicon.value(text.bytes, from: next.start, to: next.end) {
        case .hundred?, .scale?, .dozen?: return true
        default: return NumberWords.fractions.contains(text.bytes, from: next.start, to: next.end)
        }
    }

    private func currencySymbol(at i: Int, into matches: inout [NumberMatch]) -> Int {
        guard let (code, start, symbolEnd) = CurrencyNotation.prefix(at: i, in: text) else { return i + 1 }
        let digit = text.isDigit(symbolEnd) ? symbolEnd : (text.isByte(symbolEnd, " ") && text.isDigit(symbolEnd + 1) ? symbolEnd + 1 : -1)
        guard digit >= 0 else { return symbolEnd }
        if let last = matches.last, last.range.upperBound > start { return symbolEnd }
        var q = NumberReading(at: start, form: .digits)
        return consider(QuantityReader(text: text).readDigits(at: digit, start: start, currency: code, into: &q), &q, into: &matches)
    }

    /// "fly-half", "thirty-something": a number word glued by a hyphen to letters before it.
    private func isHyphenatedAfterLetters(_ i: Int) -> Bool {
        i - 1 > text.start && text[i - 1] == UInt8(ascii: "-") && text.isAlphanumeric(before: i - 1)
    }

    /// The end of a URL or e-mail address that contains `i`.
    private func endOfURL(from i: Int) -> Int {
        var j = i
        while j < text.end {
            let b = text[j]
            if UTF8Bytes.isBlank(b) || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: ">")
                || b == UInt8(ascii: "<") || b == UInt8(ascii: "\"") { break }
            j += 1
        }
        return max(j, i + 1)
    }

    // MARK: - Deciding

    /// Finishes a candidate: compounds, the not-a-quantity rules, approximator and noun.
    /// Returns where scanning resumes.
    private func consider(_ result: ReadResult, _ q: inout NumberReading, into matches: inout [NumberMatch]) -> Int {
        if case .skip(let resume) = result { return resume }
        NumberCompounds(text: text).extend(&q)
        let resume = max(q.end, q.numeral.lowerBound + 1)
        let references = ReferenceNumbers(text: text)
        if references.isListMarker(q) || references.isFootnoteMarker(q) || references.isPhoneNumberOrCode(q) {
            return resume
        }
        if text.isAlphanumeric(at: q.end) { return QuantityReader(text: text).tokenEnd(from: q.end) }
        let noun = CountedNoun.noun(after: q.end, in: text)
        if DateLikeNumbers(text: text).isDateOrTime(q, noun: noun) || references.isReference(q, noun: noun)
            || references.isChartPosition(q, noun: noun) { return resume }
        let approximator = Approximators.approximator(before: q.start, in: text)
        if isPronounOne(q, noun: noun, approximator: approximator) { return resume }
        if let last = matches.last, last.range.upperBound > q.start { return resume }
        if q.isSmallAscendingPair, ScoreSequences(text: text).isScore(q, previous: matches.last, noun: noun) {
            q.unit = "score"   // "won 6-3 1-6": the set he lost
            q.upperValue = nil
        }
        let value = NumberValue(
            value: q.value, upperValue: q.upperValue, unit: q.unit?.string, currency: q.currency?.string,
            approximator: approximator.map { Approximators.normalized($0, in: text) },
            noun: noun.map { text.text($0) })
        matches.append(NumberMatch(range: q.start..<q.end, value: value))
        return resume
    }

    /// "one" that counts nothing: "one of the", "no one", "this one", "one another", "one day".
    ///
    /// A lone "one" is kept only before a plain counted noun that is not an idiom ("one person",
    /// "one goal"), after an approximator ("more than one"), or in a compound before a noun as
    /// any other number is ("a one-disc version", "the one-day series"; not "one-off").
    private func isPronounOne(_ q: NumberReading, noun: Range<Int>?, approximator: Range<Int>?) -> Bool {
        guard q.form == .words, q.wordCount == 1, q.isBare, q.value == 1,
              text.word(LetterRun(start: q.start, end: q.end), is: "one") else { return false }
        if text.isByte(q.end, "-"), let compound = text.word(at: q.end + 1) {
            return !text.isLowercase(compound)
                || NumberWords.oneCompoundIdioms.contains(text.bytes, from: compound.start, to: compound.end)
        }
        if let previous = text.previousWord(before: q.start),
           NumberWords.oneDeterminers.contains(text.bytes, from: previous.start, to: previous.end) { return true }
        if let next = text.nextWord(after: q.end) {
            if text.word(next, is: "of") || NumberWords.oneIdioms.contains(text.bytes, from: next.start, to: next.end) { return true }
        }
        return noun == nil && approximator == nil
    }
}
