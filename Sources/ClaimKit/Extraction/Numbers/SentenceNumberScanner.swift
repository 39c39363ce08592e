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

    init(bytes: UnsafeBufferPointer<UInt8>, sentence: ByteRange) {
        text = SentenceBytes(bytes: bytes, start: sentence.lowerBound, end: sentence.upperBound)
    }

    func scan(into matches: inout [NumberMatch]) {
        var i = text.start
        while i < text.end {
            let b = text[i]
            if UTF8Bytes.isDigit(b) {
                i = digits(at: i, into: &matches)
            } else if UTF8Bytes.isASCIILetter(b) {
                i = word(at: i, into: &matches)
            } else if b == UInt8(ascii: "$") || b == 0xC2 || b == 0xE2 {
                i = currencySymbol(at: i, into: &matches)
            } else if b == UInt8(ascii: ":") && text.isByte(i + 1, "/") && text.isByte(i + 2, "/") {
                i = endOfURL(from: i)
            } else if b == UInt8(ascii: "@") && text.isLetter(i + 1) {
                i = endOfURL(from: i)
            } else {
                i += 1
            }
        }
    }

    // MARK: - Candidates

    private func digits(at i: Int, into matches: inout [NumberMatch]) -> Int {
        let reader = QuantityReader(text: text)
        if ReferenceNumbers(text: text).isGluedToToken(digitAt: i) { return reader.tokenEnd(from: i) }
        return consider(reader.readDigits(at: i, start: i, currency: nil), into: &matches)
    }

    private func word(at i: Int, into matches: inout [NumberMatch]) -> Int {
        let end = text.lettersEnd(from: i)
        guard !text.isAlphanumeric(before: i), !isHyphenatedAfterLetters(i) else { return end }
        let key = PackedWordKey.make(text.bytes, from: i, to: end)
        if let kind = NumberWords.lexicon.value(forKey: key, text.bytes, from: i, to: end) {
            switch kind {
            case .unit, .tens, .article, .half:
                guard !text.isAlphanumeric(at: end) else { return end }
                return consider(WordNumeralReader(text: text).read(from: LetterRun(start: i, end: end)), into: &matches)
            default:
                return end
            }
        }
        if end - i == 3 && UTF8Bytes.isASCIIUpper(text[i]),
           let code = CurrencyNotation.codes.value(forKey: key, text.bytes, from: i, to: end), text.isUppercase(LetterRun(start: i, end: end)) {
            let digit = text.isDigit(end) ? end : (text.isByte(end, " ") && text.isDigit(end + 1) ? end + 1 : -1)
            if digit >= 0 {
                return consider(QuantityReader(text: text).readDigits(at: digit, start: i, currency: code), into: &matches)
            }
        }
        if end - i == 3 && text.isByte(end, ".") && text.word(LetterRun(start: i, end: end), is: "www") {
            return endOfURL(from: end)
        }
        return end
    }

    private func currencySymbol(at i: Int, into matches: inout [NumberMatch]) -> Int {
        guard let (code, start, symbolEnd) = CurrencyNotation.prefix(at: i, in: text) else { return i + 1 }
        let digit = text.isDigit(symbolEnd) ? symbolEnd : (text.isByte(symbolEnd, " ") && text.isDigit(symbolEnd + 1) ? symbolEnd + 1 : -1)
        guard digit >= 0 else { return symbolEnd }
        if let last = matches.last, last.range.upperBound > start { return symbolEnd }
        return consider(QuantityReader(text: text).readDigits(at: digit, start: start, currency: code), into: &matches)
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
    private func consider(_ outcome: NumeralReadOutcome, into matches: inout [NumberMatch]) -> Int {
        guard case .quantity(let read) = outcome else {
            if case .skip(let resume) = outcome { return resume }
            return text.end
        }
        let q = NumberCompounds(text: text).extend(read)
        let resume = max(q.end, read.numeral.lowerBound + 1)
        let references = ReferenceNumbers(text: text)
        if references.isListMarker(q) || references.isFootnoteMarker(q) || references.isPhoneNumberOrCode(q) {
            return resume
        }
        if text.isAlphanumeric(at: q.end) { return QuantityReader(text: text).tokenEnd(from: q.end) }
        let noun = CountedNoun.noun(after: q.end, in: text)
        if DateLikeNumbers(text: text).isDateOrTime(q, noun: noun) || references.isReference(q) { return resume }
        let approximator = Approximators.approximator(before: q.start, in: text)
        if isPronounOne(q, noun: noun, approximator: approximator) { return resume }
        if let last = matches.last, last.range.upperBound > q.start { return resume }
        let value = NumberValue(
            value: q.value, upperValue: q.upperValue, unit: q.unit, currency: q.currency,
            approximator: approximator.map { Approximators.normalized($0, in: text) },
            noun: noun.map { text.text($0) })
        matches.append(NumberMatch(range: q.start..<q.end, value: value))
        return resume
    }

    /// "one" that counts nothing: "one of the", "no one", "this one", "one another", "one day".
    ///
    /// A lone "one" is kept only before a plain counted noun that is not an idiom ("one person",
    /// "one goal"), or after an approximator ("more than one").
    private func isPronounOne(_ q: NumberReading, noun: Range<Int>?, approximator: Range<Int>?) -> Bool {
        guard q.form == .words, q.wordCount == 1, q.isBare, q.value == 1,
              text.word(LetterRun(start: q.start, end: q.end), is: "one") else { return false }
        if let previous = text.previousWord(before: q.start),
           NumberWords.oneDeterminers.contains(text.bytes, from: previous.start, to: previous.end) { return true }
        if let next = text.nextWord(after: q.end) {
            if text.word(next, is: "of") || NumberWords.oneIdioms.contains(text.bytes, from: next.start, to: next.end) { return true }
        }
        return noun == nil && approximator == nil
    }
}
