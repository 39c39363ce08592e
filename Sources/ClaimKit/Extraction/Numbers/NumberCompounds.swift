/// Joins a number to the numeral written after it, when the two state one thing.
///
/// - Ranges: "10-15", "2,000-3,000", "5–7%", "$5-7bn", "10 to 15", "between 5 and 7". The
///   value is the lower bound and `upperValue` the upper one; a unit, currency or magnitude
///   written once applies to both ("5–7%": 5 and 7 percent; "$5-7bn": 5bn and 7bn).
///   "from 10 to 15" is two numbers (a change, not a range), as is "rose 2% to $11.1bn".
/// - Scores and votes: "2-1", "6-4", "3-0" (second not above the first): one mention with unit
///   "score" and the first number as value.
/// - Ratios: "one in five", "1 in 10", "three out of four": value first ÷ second (0.2 for "one
///   in five"), unit "ratio".
/// - Year spans "2004-05", "1990-1995" are marked for the date rules.
struct NumberCompounds {
    let text: SentenceBytes

    func extend(_ first: NumberReading) -> NumberReading {
        guard !first.isFraction else { return first }
        if let ratio = ratio(first) { return ratio }
        if first.form == .digits, let joined = hyphenated(first) { return joined }
        if let range = wordRange(first) { return range }
        return first
    }

    private func ratio(_ first: NumberReading) -> NumberReading? {
        guard first.isBare, !first.hasDecimal, first.value >= 1, let word = text.nextWord(after: first.end) else { return nil }
        var after = word.end
        if text.word(word, is: "out"), let of = text.nextWord(after: word.end), text.word(of, is: "of") {
            after = of.end
        } else if !text.word(word, is: "in") {
            return nil
        }
        guard case .quantity(let second)? = readNumeral(after: after, digitsOnly: false), second.isBare,
              !second.hasDecimal, second.value > first.value, !DateLikeNumbers.isYearLike(second) else { return nil }
        var q = first
        q.significand = first.value / second.value
        q.fractionDigits = 0
        q.unit = "ratio"
        q.isCompound = true
        q.end = second.end
        return q
    }

    /// "10-15", "2,000-3,000", "6-4", "2004-05".
    private func hyphenated(_ first: NumberReading) -> NumberReading? {
        let dash: Int
        if text.isByte(first.end, "-") {
            dash = 1
        } else if UTF8Bytes.matches(text.bytes, at: first.end, end: text.end, 0xE2, 0x80, 0x93) {
            dash = 3   // en dash
        } else {
            return nil
        }
        let at = first.end + dash
        let secondOutcome: NumeralReadOutcome
        if text.isDigit(at) {
            secondOutcome = QuantityReader(text: text).readDigits(at: at, start: at, currency: nil)
        } else if let (code, start, symbolEnd) = CurrencyNotation.prefix(at: at, in: text), text.isDigit(symbolEnd) {
            secondOutcome = QuantityReader(text: text).readDigits(at: symbolEnd, start: start, currency: code)
        } else {
            return nil
        }
        guard case .quantity(let second) = secondOutcome else { return nil }
        if DateLikeNumbers.isYearLike(first) && second.isPlainInteger
            && (second.integerDigits == 2 || DateLikeNumbers.isYearLike(second)) {
            var q = first
            q.end = second.end
            q.isCompound = true
            q.isYearSpan = true
            return q
        }
        if let range = merge(first, second) { return range }
        guard first.isPlainInteger, second.isPlainInteger, first.integerDigits <= 3, second.integerDigits <= 3,
              !text.isAlphanumeric(at: second.end) else { return nil }
        var q = first
        q.end = second.end
        q.unit = "score"
        q.isCompound = true
        return q
    }

    /// "10 to 15", "two to three", "between 5 and 7".
    private func wordRange(_ first: NumberReading) -> NumberReading? {
        guard let word = text.nextWord(after: first.end) else { return nil }
        let previous = text.previousWord(before: first.start)
        if text.word(word, is: "to") {
            if let previous, text.word(previous, is: "from") { return nil }
        } else if text.word(word, is: "and") {
            guard let previous, text.word(previous, is: "between") else { return nil }
        } else {
            return nil
        }
        guard case .quantity(let second)? = readNumeral(after: word.end, digitsOnly: first.form == .digits) else { return nil }
        guard var q = merge(first, second) else { return nil }
        if DateLikeNumbers.isYearLike(first) && DateLikeNumbers.isYearLike(second) { q.isYearSpan = true }
        return q
    }

    /// The second numeral of a compound, after a blank: digits, currency and digits, or words.
    private func readNumeral(after i: Int, digitsOnly: Bool) -> NumeralReadOutcome? {
        let at = text.skipBlanks(from: i)
        guard at > i, at < text.end else { return nil }
        if text.isDigit(at) {
            return QuantityReader(text: text).readDigits(at: at, start: at, currency: nil)
        }
        if let (code, start, symbolEnd) = CurrencyNotation.prefix(at: at, in: text), text.isDigit(symbolEnd) {
            return QuantityReader(text: text).readDigits(at: symbolEnd, start: start, currency: code)
        }
        guard !digitsOnly, let word = text.word(at: at) else { return nil }
        switch NumberWords.lexicon.value(text.bytes, from: word.start, to: word.end) {
        case .unit?, .tens?: return WordNumeralReader(text: text).read(from: word)
        default: return nil
        }
    }

    /// A range from two numbers that agree in unit and currency, lower first.
    private func merge(_ first: NumberReading, _ second: NumberReading) -> NumberReading? {
        guard !second.isCompound, !second.isFraction else { return nil }
        var q = first
        if let unit = second.unit {
            if q.unit == nil { q.unit = unit } else if q.unit != unit { return nil }
        }
        if let currency = second.currency {
            if q.currency == nil { q.currency = currency } else if q.currency != currency { return nil }
        } else if q.currency != nil && second.unit != nil {
            return nil
        }
        if q.scale == 1 && second.scale != 1 && q.unscaledValue < second.unscaledValue { q.scale = second.scale }
        guard q.value < second.value else { return nil }
        q.upperValue = second.value
        q.end = second.end
        q.isCompound = true
        return q
    }
}
