/// Parts of a year and other periods: seasons ("last summer", "the spring of 2005"), quarters
/// ("the fourth quarter", "Q3 2025", "third-quarter"), halves ("the first half of 2004"),
/// centuries ("the 19th century"), recurrences ("annually", "weekly"), and the vague
/// references "in the past" (PAST_REF) and "in the future" (FUTURE_REF).
extension DateMatcher {
    /// A season needs a year, a modifier or a temporal preposition: "summer 2005", "this
    /// summer", "in the spring", "during winter"; "fall" only with a year or a modifier, and not
    /// before "from", "of" or "to".
    /// Capitalised mid-sentence before a capital it is a name ("Winter Olympics").
    mutating func matchSeason(at i: Int) -> Bool {
        guard let season = Season(rawValue: tokens[i].lexeme.value) else { return false }
        if tokens[i].isCapitalized, !isSentenceInitial(i), isCapitalizedWord(i + 1) { return false }
        var first = i, last = i
        if let (year, yearLast) = yearAfter(i, allowOf: true) {
            if isWord(i - 1, "the"), i - 1 >= floor { first = i - 1 }
            last = yearLast
            return emit(extendOverEdge(first), last, .date, TimexValue.season(year, season))
        }
        var modifier: DateRelative?
        if i - 1 >= floor, let r = relative(i - 1), [.last, .next, .this, .past, .coming, .current].contains(r) {
            modifier = r
            first = i - 1
            // "predicts this fall from the current 2.1% level": the noun, a drop.
            if season == .fall, isWord(i + 1, "from") || isWord(i + 1, "of") || isWord(i + 1, "to") { return false }
        } else if season == .fall {
            return false
        } else if isWord(i - 1, "the"), i - 1 >= floor, has(i - 2, .temporalPreposition) || category(i - 2) == .edge {
            first = i - 1
        } else if !(has(i - 1, .temporalPreposition) || category(i - 1) == .edge) || isWord(i - 1, "the") {
            return false
        }
        return emit(extendOverEdge(first), last, .date, anchor.season(season, relative: modifier, tense: tense()))
    }

    /// "the fourth quarter", "third-quarter profits", "the first quarter of 2004", "last quarter".
    /// "quarter-final" is football, and "three quarters" a fraction.
    mutating func matchQuarter(at u: Int) -> Bool {
        if let dash = token(u + 1), dash.isDash, dash.gluedToPrevious, isWord(u + 2, "final") || isWord(u + 2, "finals")
            || isWord(u + 2, "finalist") || isWord(u + 2, "finalists") { return false }
        let j = isHyphenated(u) ? u - 2 : u - 1
        guard j >= floor else { return false }
        var first = j
        var quarter: Int?
        var modifier: DateRelative?
        if category(j) == .ordinal, (1...4).contains(value(j)) {
            quarter = value(j)
        } else if let r = relative(j), [.last, .this, .next, .current, .previous].contains(r), !isHyphenated(u) {
            modifier = r
        } else {
            return false
        }
        if first - 1 >= floor, isWord(first - 1, "the") { first -= 1 }
        var last = u
        var year: Int??
        if let phrase = yearPhrase(after: u) {
            year = .some(phrase.year)
            last = phrase.last
        }
        if modifier == .last, year != nil { quarter = 4 }   // "the last quarter of 2004"
        let value: String
        if let modifier, year == nil {
            value = anchor.shifted(.quarter, by: modifier == .last || modifier == .previous ? -1 : modifier == .next ? 1 : 0)
        } else if let quarter {
            value = TimexValue.quarter(year ?? anchor.year(forQuarter: quarter, tense: tense()), quarter)
        } else {
            return false
        }
        return emit(first, last, .date, value)
    }

    /// "Q3", "Q3 2025": a single letter Q with a glued quarter number.
    mutating func matchQuarterCode(at i: Int) -> Bool {
        guard isWord(i, "q"), let number = token(i + 1), number.gluedToPrevious, let quarter = number.integer,
              number.integerDigits == 1, (1...4).contains(quarter) else { return false }
        if let after = token(i + 2), after.gluedToPrevious, after.kind != .symbol { return false }
        if let (year, yearLast) = yearAfter(i + 1, allowOf: false) {
            return emit(i, yearLast, .date, TimexValue.quarter(year, quarter))
        }
        return emit(i, i + 1, .date, TimexValue.quarter(anchor.year(forQuarter: quarter, tense: tense()), quarter))
    }

    /// "the first half of 2004", "the second half of this year"; a half with no year after it
    /// is left alone, being mostly a football match's.
    mutating func matchHalf(at i: Int) -> Bool {
        guard i - 1 >= floor, category(i - 1) == .ordinal, (1...2).contains(value(i - 1)),
              let phrase = yearPhrase(after: i) else { return false }
        let first = i - 2 >= floor && isWord(i - 2, "the") ? i - 2 : i - 1
        return emit(first, phrase.last, .date, TimexValue.half(phrase.year, value(i - 1)))
    }

    /// "of 2004", "of the year", "of this year", "of last year", "of next year" after token `u`;
    /// `year` is nil when it depends on an unknown publication date.
    func yearPhrase(after u: Int) -> (year: Int?, last: Int)? {
        guard isWord(u + 1, "of") else { return nil }
        if let (year, last) = yearAfter(u, allowOf: true) { return (year, last) }
        guard isWord(u + 3, "year"), !(token(u + 4)?.isApostrophe ?? false) else { return nil }
        let offset: Int
        if isWord(u + 2, "the") || isWord(u + 2, "this") { offset = 0 }
        else if isWord(u + 2, "last") { offset = -1 }
        else if isWord(u + 2, "next") { offset = 1 }
        else { return nil }
        return (anchor.publication.map { $0.year + offset }, u + 3)
    }

    /// "the 19th century" → "18", "the twenty-first century" → "20".
    mutating func matchOrdinalCentury(at u: Int) -> Bool {
        var j = u - 1
        var ordinal: Int
        if category(j) == .ordinal, !isWord(j, "final") {
            ordinal = value(j)
            if isHyphenated(j), category(j - 2) == .numberWord, value(j - 2) == 20 { ordinal += 20; j -= 2 }
        } else if isWord(j, "st") || isWord(j, "nd") || isWord(j, "rd") || isWord(j, "th"), tokens[j].gluedToPrevious,
                  let n = token(j - 1)?.integer, (1...30).contains(n) {
            ordinal = n
            j -= 1
        } else {
            return false
        }
        guard j >= floor else { return false }
        let first = j - 1 >= floor && isWord(j - 1, "the") ? j - 1 : j
        return emit(extendOverEdge(first), u, .date, TimexValue.pad(ordinal - 1, 2))
    }

    /// "annually" always; "yearly", "weekly", "monthly", "daily"… only as adverbs, before
    /// punctuation or a function word ("flights daily within India"), not as adjectives ("a
    /// daily newspaper", "the monthly decline"), and never capitalised mid-sentence ("Daily Mail").
    mutating func matchSetAdverb(at i: Int) -> Bool {
        guard let unit = DateUnit(rawValue: tokens[i].lexeme.value) else { return false }
        if tokens[i].isCapitalized, !isSentenceInitial(i) { return false }
        let alwaysRecurrence = isWord(i, "annually")
        if !alwaysRecurrence, let next = token(i + 1), next.kind != .symbol {
            guard next.kind == .word, has(i + 1, .temporalPreposition)
                    || has(i + 1, .connective) || isWord(i + 1, "basis") || isWord(i + 1, "on")
                    || isWord(i + 1, "at") || isWord(i + 1, "with") || isWord(i + 1, "across") else { return false }
        }
        return emit(i, i, .set, TimexValue.duration(1, unit))
    }

    /// "in the past" → PAST_REF (unless a length follows: "the past week" is a unit pattern);
    /// "in the future", "in the near future", "in future" → FUTURE_REF.
    mutating func matchVagueReference(at i: Int) -> Bool {
        if category(i) == .futureReference {
            var first = i
            if isWord(first - 1, "near") || isWord(first - 1, "distant") || isWord(first - 1, "foreseeable") { first -= 1 }
            if isWord(first - 1, "the") { first -= 1 }
            guard isWord(first - 1, "in"), first >= floor else { return false }
            // "in future negotiations" is the adjective.
            if let next = token(i + 1), next.kind == .word, !next.isCapitalized,
               lexeme(i + 1).traits.isDisjoint(with: [.temporalPreposition, .connective, .determiner, .durationPreposition]),
               !(isWord(i + 1, "is") || isWord(i + 1, "as") || isWord(i + 1, "but") || isWord(i + 1, "when")
                 || isWord(i + 1, "if") || isWord(i + 1, "will") || isWord(i + 1, "we") || isWord(i + 1, "it")) {
                return false
            }
            return emit(first, i, .date, "FUTURE_REF")
        }
        guard relative(i) == .past, isWord(i - 1, "the"), isWord(i - 2, "in"), i - 1 >= floor else { return false }
        if let next = token(i + 1), next.kind == .number { return false }
        switch category(i + 1) {
        case .unit, .unitPlural, .numberWord, .vagueCount, .article, .ordinal, .month, .weekday, .season: return false
        default: return emit(i - 1, i, .date, "PAST_REF")
        }
    }
}

extension DateAnchor {
    /// The year of a quarter given without one, by the rule for months (see ``year(forMonth:day:tense:)``),
    /// comparing quarters: "the fourth quarter" in a November article is this year's.
    func year(forQuarter quarter: Int, tense: DateTense) -> Int? {
        guard let p = publication else { return nil }
        let current = (p.month - 1) / 3 + 1
        if tense == .past && quarter > current { return p.year - 1 }
        if tense == .future && quarter < current { return p.year + 1 }
        return p.year
    }
}
