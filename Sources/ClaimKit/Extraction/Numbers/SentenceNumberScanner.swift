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
    private let lexicon: PackedWordTable<NumberWord>
    private let startWordFilter: WordStartFilter
    private let articleFollowerFilter: WordStartFilter
    private let nounWordClasses: PackedWordTable<CountedNoun.WordClass>

    /// The word tables the scanner holds, read from their lazy globals once for the program
    /// (``shared``) rather than for every sentence or document.
    struct Tables: Sendable {
        /// One lazy global for the four tables: a document pays for one check, not four.
        static let shared = Tables()

        let lexicon = NumberWords.lexicon
        let startWordFilter = NumberWords.startWordFilter
        let articleFollowerFilter = NumberWords.articleFollowerFilter
        let nounWordClasses = CountedNoun.wordClasses
    }

    init(bytes: UnsafeBufferPointer<UInt8>, sentence: ByteRange, tables: Tables) {
        text = SentenceBytes(bytes: bytes, start: sentence.lowerBound, end: sentence.upperBound)
        lexicon = tables.lexicon
        startWordFilter = tables.startWordFilter
        articleFollowerFilter = tables.articleFollowerFilter
        nounWordClasses = tables.nounWordClasses
    }

    func scan(into matches: inout [NumberMatch]) {
        let bytes = text.bytes
        guard let base = bytes.baseAddress else { return }
        let lastChunkStart = bytes.count - 8
        let lastPairStart = bytes.count - 16
        // The last chunk whose words all end before the sentence's last byte: the case
        // ``scanWords(of:at:into:)`` is for.
        let lastInnerChunkStart = min(lastChunkStart, text.end - 9)
        var i = text.start
        var letterBefore: UInt64 = 0
        // The second chunk of the last sixteen bytes classified at once
        // (``ByteChunk/pair(_:at:letterBefore:)``), and where it lies: looked at when scanning
        // gets there, whether by passing the first or by resuming right after it.
        var second = ByteChunk(letters: 0, symbols: 0, letterBefore: 0)
        var secondStart = -1
        while i < text.end {
            let chunk: ByteChunk
            if i == secondStart {
                chunk = second
            } else if i <= lastPairStart {
                (chunk, second) = ByteChunk.pair(base, at: i, letterBefore: letterBefore)
                secondStart = i &+ 8
                if chunk.symbols | second.symbols == 0 && secondStart <= lastInnerChunkStart {
                    // Both hold words only (most pairs): looked at in one turn of the loop.
                    if let resume = scanWords(of: chunk, then: second, at: i, into: &matches) {
                        i = resume
                        letterBefore = i < text.end && UTF8Bytes.isASCIILetter(bytes[i &- 1]) ? 0x80 : 0
                    } else {
                        i &+= 16
                        letterBefore = second.letterAtEnd
                    }
                    continue
                }
            } else if i <= lastChunkStart {
                chunk = ByteChunk(base, at: i, letterBefore: letterBefore)
            } else {
                i = step(at: i, into: &matches) ?? i + 1
                continue
            }
            let resume = chunk.symbols == 0 && i <= lastInnerChunkStart
                ? scanWords(of: chunk, at: i, into: &matches)
                : scanCandidates(of: chunk, at: i, into: &matches)
            if let resume {
                i = resume
                letterBefore = i < text.end && UTF8Bytes.isASCIILetter(bytes[i &- 1]) ? 0x80 : 0
            } else {
                i &+= 8
                letterBefore = chunk.letterAtEnd
            }
        }
    }

    /// Looks at the words that start in a chunk that holds nothing else, and whose last byte
    /// is not the sentence's (the common case); returns where scanning resumes, if anything
    /// started.
    ///
    /// Nearly every word is passed over here, in line, on its first two letters: a call per
    /// word cost more than the test.
    @_transparent
    private func scanWords(of chunk: ByteChunk, at i: Int, into matches: inout [NumberMatch]) -> Int? {
        var starts = chunk.wordStarts
        while starts != 0 {
            let k = starts.trailingZeroBitCount &>> 3
            starts &= starts &- 1
            let at = i &+ k
            let entry = startWordFilter.entry(first: text.bytes[at], next: text.bytes[at &+ 1])
            if entry != 0, mayStartNumberWord(at: at, entry: entry, length: chunk.wordLength(at: k)),
               let resume = wordCandidate(at: at, into: &matches) {
                return resume
            }
        }
        return nil
    }

    /// ``scanWords(of:at:into:)`` for the two chunks of a pair at `i`, the first then the second.
    ///
    /// Transparent, like ``scanWords(of:at:into:)``: the scanning loop has grown past the size
    /// into which the optimizer still inlines `@inline(__always)` functions, and a call per
    /// chunk costs more than the words it passes over.
    @_transparent
    private func scanWords(of first: ByteChunk, then second: ByteChunk, at i: Int,
                           into matches: inout [NumberMatch]) -> Int? {
        if let resume = scanWords(of: first, at: i, into: &matches) { return resume }
        return scanWords(of: second, at: i &+ 8, into: &matches)
    }

    /// Looks at every possible start in a chunk, in order: words, digits, currency symbols.
    private func scanCandidates(of chunk: ByteChunk, at i: Int, into matches: inout [NumberMatch]) -> Int? {
        var candidates = chunk.candidates
        if text.end - i < 8 { candidates &= ByteChunk.keepingFirst(text.end - i) }
        while candidates != 0 {
            let k = candidates.trailingZeroBitCount &>> 3
            candidates &= candidates &- 1
            let at = i &+ k
            let resume: Int?
            if chunk.isLetter(at: k) {
                let entry = startWordFilter.entry(first: text[at], next: at &+ 1 < text.end ? text[at &+ 1] : 0)
                guard entry != 0, mayStartNumberWord(at: at, entry: entry, length: chunk.wordLength(at: k)) else { continue }
                resume = wordCandidate(at: at, into: &matches)
            } else {
                resume = symbolCandidate(at: at, into: &matches)
            }
            if let resume { return resume }
        }
        return nil
    }

    /// Whether the word at `at`, whose first two letters gave `entry` (not 0), may be a start
    /// word by its third letter and its length (see ``ByteChunk/wordLength(at:)``).
    @inline(__always)
    private func mayStartNumberWord(at: Int, entry: UInt64, length: Int) -> Bool {
        startWordFilter.allows(entry, third: at &+ 2 < text.end ? text[at &+ 2] : 0)
            && WordStartFilter.allows(entry, length: length)
    }

    /// Looks at a possible start at `i`, byte by byte (the last bytes of the buffer, where no
    /// chunk fits); returns where scanning resumes, or `nil` when nothing starts there.
    private func step(at i: Int, into matches: inout [NumberMatch]) -> Int? {
        let b = text[i]
        if UTF8Bytes.isASCIILetter(b) {
            let entry = startWordFilter.entry(first: b, next: i + 1 < text.end ? text[i + 1] : 0)
            guard entry != 0, startWordFilter.allows(entry, third: i + 2 < text.end ? text[i + 2] : 0) else { return nil }
            return wordCandidate(at: i, into: &matches)
        }
        return symbolCandidate(at: i, into: &matches)
    }

    /// A word whose first letters and length fit a number word: read it if it starts a token.
    private func wordCandidate(at i: Int, into matches: inout [NumberMatch]) -> Int? {
        guard !text.isAlphanumeric(before: i) else { return nil }
        return word(at: i, into: &matches)
    }

    /// A digit, a currency symbol or the "://" of an address at `i`; `nil` when it is none.
    private func symbolCandidate(at i: Int, into matches: inout [NumberMatch]) -> Int? {
        let b = text[i]
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

    /// Reads the number word at `i` (its first letter already checked) and what follows it;
    /// `nil` when no number starts there. Scanning then goes on in the same chunk, rather than
    /// at the word's end: no other candidate lies inside the word.
    private func word(at i: Int, into matches: inout [NumberMatch]) -> Int? {
        // "a", the commonest start word, is known without reading or looking it up.
        if text[i] | 0x20 == UInt8(ascii: "a") && !text.isLetter(i + 1) {
            // The word after rules out nearly every "a" first; a hyphen before one is rare.
            guard isArticleBeforeNumber(i + 1), !isHyphenatedAfterLetters(i) else { return nil }
            return readWords(from: LetterRun(start: i, end: i + 1), kind: .article, into: &matches)
        }
        let (end, key) = PackedWordKey.scanWord(text.bytes, at: i, limit: text.end)
        guard let kind = lexicon.value(forKey: key, text.bytes, from: i, to: end), !isHyphenatedAfterLetters(i) else { return nil }
        switch kind {
        case .unit, .tens, .half:
            guard !text.isAlphanumeric(at: end) else { return nil }
        case .twice:
            // "think twice" says nothing about a count; "twice-weekly" is a rate.
            guard !text.isAlphanumeric(at: end), !text.isByte(end, "-"),
                  !(text.previousWord(before: i).map { text.word($0, is: "think") } ?? false) else { return nil }
        case .article:
            guard isArticleBeforeNumber(end) else { return nil }
        default:
            return nil
        }
        return readWords(from: LetterRun(start: i, end: end), kind: kind, into: &matches)
    }

    /// Reads the number that starts with the number word `first`, of the lexicon's `kind`, and
    /// decides on it.
    private func readWords(from first: LetterRun, kind: NumberWord, into matches: inout [NumberMatch]) -> Int {
        var q = NumberReading(at: first.start, form: .words)
        return consider(WordNumeralReader(text: text).read(from: first, kind: kind, into: &q), &q, into: &matches)
    }

    /// Whether "a" or "an" ending at `end` starts a number: a scale or fraction follows ("a
    /// million", "a dozen", "a third of"). Checked here because "a" is the commonest word.
    private func isArticleBeforeNumber(_ end: Int) -> Bool {
        guard text.isByte(end, " "), text.isLetter(end + 1) else { return false }
        let entry = articleFollowerFilter.entry(first: text[end + 1], next: text.byte(end + 2) ?? 0)
        guard entry != 0, articleFollowerFilter.allows(entry, third: text.byte(end + 3) ?? 0),
              let next = text.word(at: end + 1) else { return false }
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
        let end = q.end
        let next = text.nextWord(after: end)
        NumberCompounds(text: text).extend(&q, next: next)
        return decide(q, next: q.end == end ? next : text.nextWord(after: q.end), into: &matches)
    }

    /// The rules after the reading is complete. `q` is taken as a plain value (not `inout`) so
    /// that passing it on to each rule does not copy it; `next` is the word after it.
    private func decide(_ q: NumberReading, next: LetterRun?, into matches: inout [NumberMatch]) -> Int {
        let resume = max(q.end, q.numeral.lowerBound + 1)
        let references = ReferenceNumbers(text: text)
        if references.isListMarker(q) || references.isFootnoteMarker(q) || references.isPhoneNumberOrCode(q) {
            return resume
        }
        if text.isAlphanumeric(at: q.end) { return QuantityReader(text: text).tokenEnd(from: q.end) }
        let dates = DateLikeNumbers(text: text)
        if dates.isYearAfterIntroducer(q) { return resume }
        let noun = CountedNoun.noun(after: q.end, in: text, classes: nounWordClasses)
        if dates.isDateOrTime(q, noun: noun, next: next) { return resume }
        let previous = text.previousWord(before: q.start)
        if references.isReference(q, noun: noun, previous: previous)
            || references.isChartPosition(q, noun: noun, previous: previous) { return resume }
        let approximator = Approximators.approximator(before: q.start, previous: previous, in: text)
        // Only a number in words can be the pronoun or "zero tolerance": a digit is not asked.
        if q.form == .words, isPronounOne(q, noun: noun, previous: previous, next: next, approximator: approximator)
            || isZeroTolerance(q, next: next) {
            return resume
        }
        if let last = matches.last, last.range.upperBound > q.start { return resume }
        var unit = q.unit, upperValue = q.upperValue
        if q.isSmallAscendingPair, ScoreSequences(text: text).isScore(q, previous: matches.last, noun: noun) {
            unit = "score"   // "won 6-3 1-6": the set he lost
            upperValue = nil
        }
        matches.append(match(q, unit: unit, upperValue: upperValue, approximator: approximator, noun: noun))
        return resume
    }

    /// The match for a number that passed the rules. Built here and returned, rather than in
    /// the `append` call, so that the new value is moved into the array instead of copied.
    private func match(_ q: NumberReading, unit: Symbol?, upperValue: Double?, approximator: Range<Int>?,
                       noun: Range<Int>?) -> NumberMatch {
        NumberMatch(range: q.start..<q.end, value: NumberValue(
            value: q.value, upperValue: upperValue, unit: unit?.string, currency: q.currency?.string,
            approximator: approximator.map { Approximators.normalized($0, in: text) },
            noun: noun.map { text.text($0) }))
    }

    /// "one" that counts nothing: "one of the", "no one", "this one", "one another", "one day".
    ///
    /// A lone "one" is kept only before a plain counted noun that is not an idiom ("one person",
    /// "one goal"), after an approximator ("more than one"), or in a compound before a noun as
    /// any other number is ("a one-disc version", "the one-day series"; not "one-off").
    private func isPronounOne(_ q: NumberReading, noun: Range<Int>?, previous: LetterRun?, next: LetterRun?,
                              approximator: Range<Int>?) -> Bool {
        guard q.form == .words, q.wordCount == 1, q.isBare, q.value == 1,
              text.word(LetterRun(start: q.start, end: q.end), is: "one") else { return false }
        if text.isByte(q.end, "-"), let compound = text.word(at: q.end + 1) {
            return !text.isLowercase(compound)
                || NumberWords.oneCompoundIdioms.contains(text.bytes, from: compound.start, to: compound.end)
        }
        if let previous, NumberWords.oneDeterminers.contains(text.bytes, from: previous.start, to: previous.end) { return true }
        if let next {
            if text.word(next, is: "of") || NumberWords.oneIdioms.contains(text.bytes, from: next.start, to: next.end) { return true }
            if approximator == nil, isCertainOne(q, previous: previous, next: next) { return true }
        }
        return noun == nil && approximator == nil
    }

    /// "zero tolerance" (of crime, of disruption): a policy, not a quantity; "zero points" counts.
    private func isZeroTolerance(_ q: NumberReading, next: LetterRun?) -> Bool {
        guard q.value == 0, q.isBare, let next else { return false }
        return text.word(next, is: "tolerance")
    }

    /// "One analyst suggested…", "One result was…", "as one backbencher put it": "one" meaning
    /// "a certain", which opens a sentence or names an unnamed source; "only one insider"
    /// still counts.
    private func isCertainOne(_ q: NumberReading, previous: LetterRun?, next: LetterRun) -> Bool {
        if let previous, NumberWords.countingAdverbs.contains(text.bytes, from: previous.start, to: previous.end) { return false }
        let opensSentence = previous == nil && UTF8Bytes.isASCIIUpper(text[q.start]) && text.isLowercase(next)
        return opensSentence || NumberWords.unnamedSources.contains(text.bytes, from: next.start, to: next.end)
    }
}
