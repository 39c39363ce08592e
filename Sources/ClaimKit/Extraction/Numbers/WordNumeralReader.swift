/// Reads numbers spelt in words: "four", "twelve thousand", "two hundred and fifty",
/// "twenty-five", "a million", "two and a half million", "a third of", "two-thirds", "half of".
///
/// The grammar is the usual one: a group below a thousand (units, tens, "hundred"), multiplied
/// by a scale word, groups added up. A word that does not fit the sequence ends the number
/// ("one two" is two numbers, "five-year" is five).
struct WordNumeralReader {
    let text: SentenceBytes

    /// Where the previous word left the sequence.
    private enum Step { case start, article, unit, tens, hundred, scale, dozen, and }

    /// Reads the number that starts with `first`, a word of ``NumberWords/lexicon`` of the given
    /// `kind` (which the caller has looked up already), into `q`.
    func read(from first: LetterRun, kind: NumberWord, into q: inout NumberReading) -> ReadResult {
        switch kind {
        case .half: return readHalf(first, into: &q)
        case .twice:
            q = NumberReading(start: first.start, end: first.end, numeral: first.start..<first.end, form: .words, significand: 2)
            q.isFraction = true   // a factor, as fractions are: no range or ratio is built on it
            q.wordCount = 1
            return .read
        case .article:
            if readFraction(numerator: 1, numeralStart: first.start, after: first.end, next: text.nextWord(after: first.end),
                            needsOf: true, into: &q) { return .read }
            return readCardinal(from: first, kind: kind, into: &q)
        case .unit, .tens: return readCardinal(from: first, kind: kind, into: &q)
        default: return .skip(resumeAt: first.end)
        }
    }

    private func readCardinal(from first: LetterRun, kind firstKind: NumberWord, into q: inout NumberReading) -> ReadResult {
        let lexicon = NumberWords.lexicon
        var total = 0.0, group = 0.0
        var step = Step.start
        var end = first.start
        var words = 0
        var current: (word: LetterRun, kind: NumberWord)? = (first, firstKind)
        while let (word, kind) = current {
            switch (kind, step) {
            case (.article, .start): group = 1; step = .article
            case (.unit(let n), .start), (.unit(let n), .hundred), (.unit(let n), .scale), (.unit(let n), .and):
                group += Double(n); step = .unit
            case (.unit(let n), .tens) where n >= 1 && n <= 9:
                group += Double(n); step = .unit
            case (.tens(let n), .start), (.tens(let n), .hundred), (.tens(let n), .scale), (.tens(let n), .and):
                group += Double(n); step = .tens
            case (.hundred, .unit), (.hundred, .tens), (.hundred, .article):
                group *= 100; step = .hundred
            case (.scale(let scale), .unit), (.scale(let scale), .tens), (.scale(let scale), .hundred),
                 (.scale(let scale), .article), (.scale(let scale), .dozen):
                total += group * scale; group = 0; step = .scale
            case (.dozen, .unit), (.dozen, .article):
                group *= 12; step = .dozen
            default:
                current = nil
                continue
            }
            end = word.end
            words += 1
            current = nil
            if let next = nextNumberWord(after: word.end, step: step),
               let nextKind = lexicon.value(text.bytes, from: next.start, to: next.end) {
                current = (next, nextKind)
            }
        }
        // "a" alone, or "a" before anything but a scale: not a number.
        guard words > 0, step != .article else { return .skip(resumeAt: first.end) }
        if step == .and { return .skip(resumeAt: end) }
        // The word after the number, read once for "and a half" and the fraction rules below.
        var next = text.nextWord(after: end)
        if step == .unit || step == .tens || step == .dozen, let half = andAHalf(after: end, next: next) {
            group += 0.5
            end = half
            next = text.nextWord(after: end)
            if let word = next,
               case .scale(let scale)? = NumberWords.lexicon.value(text.bytes, from: word.start, to: word.end) {
                total += group * scale; group = 0
                end = word.end
                next = text.nextWord(after: end)
            }
        }
        let value = total + group
        if words == 1, value >= 1, value <= 10, step == .unit,
           readFraction(numerator: value, numeralStart: first.start, after: end, next: next, needsOf: false, into: &q) {
            return .read
        }
        q = NumberReading(start: first.start, end: end, numeral: first.start..<end, form: .words, significand: value)
        q.wordCount = words
        return QuantityReader(text: text).readSuffixes(into: &q)
    }

    /// The next word of the number after `end`: joined by a hyphen ("twenty-five") or a blank,
    /// or after "and" where English puts one ("two hundred and fifty").
    private func nextNumberWord(after end: Int, step: Step) -> LetterRun? {
        if text.isByte(end, "-") { return text.word(at: end + 1) }
        guard let word = text.nextWord(after: end) else { return nil }
        guard text.word(word, is: "and") else { return word }
        guard step == .hundred || step == .scale, let next = text.nextWord(after: word.end) else { return nil }
        switch NumberWords.lexicon.value(text.bytes, from: next.start, to: next.end) {
        case .unit?, .tens?: return next
        default: return nil
        }
    }

    /// The end of "and a half" after `end`, if it follows.
    ///
    /// - Parameter next: ``SentenceBytes/nextWord(after:)`` at `end`, which the caller has read.
    private func andAHalf(after end: Int, next: LetterRun?) -> Int? {
        let hyphenated: StaticString = "-and-a-half"
        let count = hyphenated.utf8CodeUnitCount, spelling = hyphenated.utf8Start
        if end + count <= text.end, (0..<count).allSatisfy({ text[end + $0] | 0x20 == spelling[$0] | 0x20 }),
           !text.isAlphanumeric(at: end + count) {
            return end + count   // "two-and-a-half years"
        }
        guard let and = next, text.word(and, is: "and"),
              let a = text.nextWord(after: and.end), text.word(a, is: "a"),
              let half = text.nextWord(after: a.end), text.word(half, is: "half") else { return nil }
        return half.end
    }

    /// A fraction after its numerator: "a third of", "one-quarter", "two-thirds", "three quarters".
    ///
    /// A singular fraction word needs a numerator of one; after "a" it also needs a hyphen or
    /// "of", since "a third" alone is usually an ordinal ("a third term"), while "one sixth" is
    /// a fraction. A plural one needs two or more.
    ///
    /// - Parameter next: ``SentenceBytes/nextWord(after:)`` at `end`, which the caller has read.
    private func readFraction(numerator: Double, numeralStart: Int, after end: Int, next: LetterRun?, needsOf: Bool,
                              into q: inout NumberReading) -> Bool {
        let hyphen = text.isByte(end, "-")
        guard let word = hyphen ? text.word(at: end + 1) : next,
              let fraction = NumberWords.fractions.value(text.bytes, from: word.start, to: word.end) else { return false }
        if fraction.isPlural {
            guard numerator >= 2 else { return false }
        } else {
            guard numerator == 1 else { return false }
            guard !needsOf || hyphen || text.nextWord(after: word.end).map({ text.word($0, is: "of") }) == true else { return false }
        }
        q = NumberReading(start: numeralStart, end: word.end, numeral: numeralStart..<word.end, form: .words,
                          significand: numerator / fraction.denominator)
        q.isFraction = true
        q.wordCount = 2
        return true
    }

    /// "half" as a quantity: "half of", "half the", "half a million", "cut by half", "cut in
    /// half"; not "the first half", "half-time", "by half time" or "half and".
    private func readHalf(_ word: LetterRun, into q: inout NumberReading) -> ReadResult {
        let skip = ReadResult.skip(resumeAt: word.end)
        if text.isByte(word.end, "-") { return skip }
        let before = text.previousWord(before: word.start)
        if let before, NumberWords.halfPeriodWords.contains(text.bytes, from: before.start, to: before.end) { return skip }
        let next = text.nextWord(after: word.end)
        q = NumberReading(start: word.start, end: word.end, numeral: word.start..<word.end, form: .words, significand: 0.5)
        q.isFraction = true
        q.wordCount = 1
        if let next, text.word(next, is: "a") || text.word(next, is: "an"), let scaleWord = text.nextWord(after: next.end),
           case .scale(let scale)? = NumberWords.lexicon.value(text.bytes, from: scaleWord.start, to: scaleWord.end) {
            q.significand = 0.5 * scale
            q.end = scaleWord.end
            q.numeral = word.start..<scaleWord.end
            q.wordCount = 3
            q.isFraction = false
            return .read
        }
        // "by half", "in half" end a change ("cut unemployment by half", "cut its stake in half
        // to 10%"): nothing or a function word follows, where "by half time" has a noun.
        if let before, text.word(before, is: "by") || text.word(before, is: "in"),
           next.map({ CountedNoun.stopWordTable.contains(text.bytes, from: $0.start, to: $0.end) }) ?? true {
            return .read
        }
        guard let next, NumberWords.halfQuantityFollowers.contains(text.bytes, from: next.start, to: next.end) else { return skip }
        return .read
    }
}
