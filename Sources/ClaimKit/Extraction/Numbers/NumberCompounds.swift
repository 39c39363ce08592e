/// Joins a number to the numeral written after it, when the two state one thing.
///
/// - Ranges: "10-15", "2,000-3,000", "5–7%", "$5-7bn", "10 to 15", "between 5 and 7". The
///   value is the lower bound and `upperValue` the upper one; a unit, currency or magnitude
///   written once applies to both ("5–7%": 5 and 7 percent; "$5-7bn": 5bn and 7bn).
///   "from 10 to 15" is two numbers (a change, not a range), as is "rose 2% to $11.1bn".
/// - Scores and votes: "2-1", "6-4", "3-0" (second not above the first): one mention with unit
///   "score" and the first number as value. A pair with the lower number first is a range here;
///   ``ScoreSequences`` makes it a score where the text shows it is one ("won 6-3 1-6").
/// - Ratios: "one in five", "1 in 10", "three out of four": value first ÷ second (0.2 for "one
///   in five"), unit "ratio".
/// - Year spans "2004-05", "1990-1995" are marked for the date rules.
struct NumberCompounds {
    let text: SentenceBytes

    /// Extends `q` in place when a second numeral belongs to it.
    ///
    /// - Parameter next: the word after the number (``SentenceBytes/nextWord(after:)`` at
    ///   `q.end`), found once by the caller; the joins that fail leave `q.end` where it was.
    func extend(_ q: inout NumberReading, next: LetterRun?) {
        guard !q.isFraction, mayJoin(after: q.end, next: next) else { return }
        var second = NumberReading(at: q.end, form: .digits)
        if joinRatio(&q, next: next, second: &second) { return }
        if q.form == .digits && joinHyphenated(&q, second: &second) { return }
        _ = joinWordRange(&q, next: next, second: &second)
    }

    /// Whether anything that joins a second numeral follows the number ending at `end`: a
    /// hyphen or en dash, or "in", "out", "to" or "and". Most numbers have none, and are passed
    /// over on this alone.
    @inline(__always)
    private func mayJoin(after end: Int, next: LetterRun?) -> Bool {
        if let b = text.byte(end), b == UInt8(ascii: "-") || b == 0xE2 { return true }
        guard let word = next, word.length <= 3 else { return false }
        return text.word(word, is: "in") || text.word(word, is: "out") || text.word(word, is: "to") || text.word(word, is: "and")
    }

    private func joinRatio(_ q: inout NumberReading, next: LetterRun?, second: inout NumberReading) -> Bool {
        guard q.isBare, !q.hasDecimal, q.value >= 1, let word = next else { return false }
        var after = word.end
        if text.word(word, is: "out"), let of = text.nextWord(after: word.end), text.word(of, is: "of") {
            after = of.end
        } else if !text.word(word, is: "in") {
            return false
        }
        guard readNumeral(after: after, digitsOnly: false, into: &second) == .read, second.isBare,
              !second.hasDecimal, second.value > q.value, !DateLikeNumbers.isYearLike(second) else { return false }
        q.significand = q.value / second.value
        q.fractionDigits = 0
        q.unit = "ratio"
        q.isCompound = true
        q.end = second.end
        return true
    }

    /// "10-15", "2,000-3,000", "6-4", "2004-05".
    private func joinHyphenated(_ q: inout NumberReading, second: inout NumberReading) -> Bool {
        let dash: Int
        if text.isByte(q.end, "-") {
            dash = 1
        } else if UTF8Bytes.matches(text.bytes, at: q.end, end: text.end, 0xE2, 0x80, 0x93) {
            dash = 3   // en dash
        } else {
            return false
        }
        let at = q.end + dash
        let reader = QuantityReader(text: text)
        let result: ReadResult
        if text.isDigit(at) {
            result = reader.readDigits(at: at, start: at, currency: nil, into: &second)
        } else if let (code, start, symbolEnd) = CurrencyNotation.prefix(at: at, in: text), text.isDigit(symbolEnd) {
            result = reader.readDigits(at: symbolEnd, start: start, currency: code, into: &second)
        } else {
            return false
        }
        guard result == .read else { return false }
        if DateLikeNumbers.isYearLike(q) && second.isPlainInteger
            && (second.integerDigits == 2 || DateLikeNumbers.isYearLike(second)) {
            q.end = second.end
            q.isCompound = true
            q.isYearSpan = true
            return true
        }
        let isSmallPair = q.isPlainInteger && second.isPlainInteger && q.integerDigits <= 3 && second.integerDigits <= 3
            && !text.isAlphanumeric(at: second.end)
        if merge(&q, second) {
            q.isSmallAscendingPair = isSmallPair   // "10-15", or a score as "1-6" (``ScoreSequences``)
            return true
        }
        guard isSmallPair else { return false }
        q.end = second.end
        q.unit = "score"
        q.isCompound = true
        return true
    }

    /// "10 to 15", "two to three", "between 5 and 7".
    private func joinWordRange(_ q: inout NumberReading, next: LetterRun?, second: inout NumberReading) -> Bool {
        guard let word = next else { return false }
        let isTo = text.word(word, is: "to")
        if isTo {
            // "adding $1.89 to $48.62", "lifted rates 0.25% to 5.5%": with its own unit the first
            // number is usually the change and the second the new level; a range writes the
            // unit once ("10 to 15%").
            guard q.isBare else { return false }
            // "from 10 to 15", "rose 2% to 5%": a change between two numbers, not a range.
            if let previous = text.previousWord(before: q.start),
               Self.changeWords.contains(text.bytes, from: previous.start, to: previous.end) { return false }
        } else if text.word(word, is: "and") {
            guard let previous = text.previousWord(before: q.start), text.word(previous, is: "between") else { return false }
        } else {
            return false
        }
        guard readNumeral(after: word.end, digitsOnly: q.form == .digits, into: &second) == .read else { return false }
        let bothYears = DateLikeNumbers.isYearLike(q) && DateLikeNumbers.isYearLike(second)
        if isTo && DateLikeNumbers.isYearLike(q) && !bothYears { return false }   // "in 2005 to 5.5 million tonnes"
        guard merge(&q, second) else { return false }
        q.isYearSpan = bothYears
        return true
    }

    /// Words before "X to Y" that make it a change rather than a range.
    private static let changeWords = PackedWordTable(words: [
        "from", "up", "down", "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls",
        "increased", "decreased", "increase", "cut", "raised", "grew", "grown", "dropped", "climbed",
        "jumped", "slipped", "slid", "soared", "plunged", "tumbled", "by", "lifted", "lowered",
    ])

    /// The second numeral of a compound, after a blank: digits, currency and digits, or words.
    private func readNumeral(after i: Int, digitsOnly: Bool, into second: inout NumberReading) -> ReadResult {
        let at = text.skipBlanks(from: i)
        let none = ReadResult.skip(resumeAt: i)
        guard at > i, at < text.end else { return none }
        let reader = QuantityReader(text: text)
        if text.isDigit(at) {
            return reader.readDigits(at: at, start: at, currency: nil, into: &second)
        }
        if let (code, start, symbolEnd) = CurrencyNotation.prefix(at: at, in: text), text.isDigit(symbolEnd) {
            return reader.readDigits(at: symbolEnd, start: start, currency: code, into: &second)
        }
        guard !digitsOnly, let word = text.word(at: at),
              let kind = NumberWords.lexicon.value(text.bytes, from: word.start, to: word.end) else { return none }
        switch kind {
        case .unit, .tens: return WordNumeralReader(text: text).read(from: word, kind: kind, into: &second)
        default: return none
        }
    }

    /// Makes `q` a range up to `second` when the two agree in unit and currency, lower first.
    private func merge(_ q: inout NumberReading, _ second: NumberReading) -> Bool {
        guard !second.isCompound, !second.isFraction else { return false }
        var unit = q.unit, currency = q.currency, scale = q.scale
        if let secondUnit = second.unit {
            if unit == nil { unit = secondUnit } else if unit != secondUnit { return false }
        } else if unit != nil {
            return false   // "2.3% to 80,600": a unit written once goes on the second number
        }
        if let secondCurrency = second.currency {
            if currency == nil { currency = secondCurrency } else if currency != secondCurrency { return false }
            if q.unit != nil && second.unit == nil { return false }   // "4.3% to £1.97bn"
        } else if currency != nil && second.unit != nil {
            return false
        }
        if scale == 1 && second.scale != 1 && q.unscaledValue < second.unscaledValue { scale = second.scale }
        let writtenScale = q.scale
        q.scale = scale
        guard q.value < second.value else {
            q.scale = writtenScale
            return false
        }
        q.unit = unit
        q.currency = currency
        q.upperValue = second.value
        q.end = second.end
        q.isCompound = true
        return true
    }
}
