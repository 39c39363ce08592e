/// Expressions built on a unit of time ("year", "weeks", "decade"…), the largest family:
///
/// - ago and from now: "three years ago" → DATE "2022" in a 2025 article; "4 weeks ago";
///   "in two weeks' time"; vague ("years ago", "a few weeks ago") → "PAST_REF".
/// - deictic: "last year", "this week", "next month", "this past week", "early this week",
///   "the end of the year" → DATE at the unit's granularity.
/// - spans of time: "the past week" → DURATION "P1W"; "the last three years", "the coming
///   months" ("PXM"), "in recent years" ("PXY").
/// - lengths: "four days" ("P4D"), "18 months", "an 18-month sentence", "two and a half
///   years", "for a year", "for decades" ("PXDE"), "years of conflict", "four hours and five
///   minutes" ("PT4H5M", see ``compoundDuration(after:_:amount:)``), "in its first week" ("P1W").
/// - recurrences: "every year", "each week", "twice a year", "£5m a year" → SET "P1Y".
///
/// The vague ones ("PAST_REF", "PXM", "PXY", "PXDE"…) are read whole here and then dropped by
/// ``DateExtractor``, which reports only times a fact-checker can check.
///
/// Spans follow TimeML: the preposition stays out ("within [the past week]", "over [the
/// weekend]", "in [2014]"), determiners, modifiers and "ago" stay in. Ages are not durations
/// ("35 years old", "a five-year-old").
extension DateMatcher {
    mutating func matchUnit(at u: Int) -> Bool {
        guard let unit = DateUnit(rawValue: tokens[u].lexeme.value) else { return false }
        let plural = tokens[u].lexeme.category == .unitPlural
        if !plural, tokens[u].isCapitalized, let holiday = holidayNamed(byUnit: u, unit) {
            return emitHoliday(holiday.holiday, first: holiday.first, last: holiday.last)
        }
        if unit == .quarter { return plural ? false : matchQuarter(at: u) }
        if unit == .year, isYearCandidate(u + 1) { return false }   // "the year 2000"
        if !plural, let matched = matchAnaphoricPeriod(at: u, unit) { return matched }
        if isAge(after: u) { return false }
        if unit == .century, !plural, matchOrdinalCentury(at: u) { return true }
        if isHyphenated(u) {
            // "five-year", "18-month", "24-hour": a length of time used as an adjective; and
            // "three-months", the same written with the plural.
            guard let count = count(before: u - 1, allowGlued: false), !count.isArticle,
                  let amount = count.amount else { return false }
            return emit(count.first, u, .duration, TimexValue.duration(amount, unit))
        }
        if let next = token(u + 1), next.isDash, next.gluedToPrevious, token(u + 2)?.gluedToPrevious ?? false {
            // "a month-long diet", "a year-long study": one unit of time; but "year-end",
            // "year-on-year", "day-to-day" are no lengths.
            guard !plural, isWord(u + 2, "long") else { return false }
            return emit(u, u + 2, .duration, TimexValue.duration(1, unit))
        }

        if unit == .day, plural, isWord(u - 1, "these"), u - 1 >= floor { return emit(u - 1, u, .date, "PRESENT_REF") }
        let agoFollows = category(u + 1) == .ago
        let count = count(before: u, allowGlued: agoFollows)
        if count == nil, !plural, let first = firstPeriodStart(u, unit) { return emit(first, u, .duration, TimexValue.duration(1, unit)) }
        if agoFollows {
            // "three years ago", "4 weeks ago", "years ago"; a modifier before is not part of it
            // ("I dealt with this six months ago").
            return emit(count?.first ?? u, u + 1, .date, agoValue(count, unit, sign: -1))
        }
        var first = count?.first ?? u
        var modifier: DateRelative?
        var thisPast = false, ordinalLead = false, article = false, quantifier = false
        var m = first - 1
        if m >= floor, let r = relative(m) {
            modifier = r
            first = m
            m -= 1
            if r == .past, m >= floor, isWord(m, "this") { thisPast = true; first = m; m -= 1 }
        } else if m >= floor, category(m) == .ordinal, !isWord(m, "final"), count != nil {
            ordinalLead = true   // "the first three months"
            first = m
            m -= 1
        }
        if m >= floor, isWord(m, "the"), modifier != nil || ordinalLead || count == nil {
            article = true
            first = m
            m -= 1
        }
        if modifier == nil, !article, m >= floor, category(m) == .setQuantifier {
            quantifier = true
            first = m
        }

        if let count, count.amount != nil, let last = futureTimeEnd(after: u) {
            return emit(first, last, .date, agoValue(count, unit, sign: 1))
        }
        if quantifier {
            let amount = count == nil ? 1 : count?.amount
            return emit(first, u, .set, TimexValue.duration(amount, unit))
        }
        if let modifier {
            return matchRelativeUnit(u, unit, plural: plural, modifier: modifier, first: first, count: count,
                                     article: article, thisPast: thisPast)
        }
        if ordinalLead { return emit(first, u, .duration, TimexValue.duration(count?.amount, unit)) }
        if article {
            // "the weekend", "the end of the year"
            if unit == .weekend, !plural { return emit(first, u, .date, anchor.weekend(tense: tense())) }
            guard !plural, followsEdgeNoun(first), [.year, .month, .week, .decade, .century].contains(unit) else { return false }
            return emit(extendOverEdge(first), u, .date, anchor.shifted(unit, by: 0))
        }
        if let count { return matchCountedUnit(u, unit, plural: plural, count: count) }
        // "for years", "years of conflict", "in days", "days after the start"
        guard plural, unit != .weekend,
              has(u - 1, .durationPreposition) || (isWord(u + 1, "of") && !has(u - 1, .determiner))
                || isWord(u + 1, "after") || isWord(u + 1, "before") || isWord(u + 1, "later")
                || isWord(u + 1, "earlier") else { return false }
        return emit(u, u, .duration, TimexValue.duration(nil, unit))
    }

    /// "last year", "the past week", "the following day", "in recent years", "this past week".
    private mutating func matchRelativeUnit(_ u: Int, _ unit: DateUnit, plural: Bool, modifier: DateRelative,
                                            first: Int, count: DateCount?, article: Bool, thisPast: Bool) -> Bool {
        let singleBare = count == nil && !plural
        if singleBare, article, isWord(u + 1, "of") { return false }   // "the last week of March"
        if thisPast, singleBare { return emit(extendOverEdge(first), u, .date, anchor.shifted(unit, by: -1)) }
        switch modifier {
        case .last where singleBare && !article, .next where singleBare && !article, .this where singleBare:
            guard ![.day, .hour, .minute, .second].contains(unit) else { return false }
            let offset = modifier == .last ? -1 : modifier == .next ? 1 : 0
            return emit(extendOverEdge(first), u, .date, anchor.shifted(unit, by: offset))
        case .current where singleBare:
            return emit(extendOverEdge(first), u, .date, anchor.shifted(unit, by: 0))
        case .previous where singleBare, .following where singleBare, .preceding where singleBare:
            return emit(first, u, .date, TimexValue.unknown(unit))   // anaphoric: "the following year"
        case .next where singleBare && unit == .day:
            return emit(first, u, .date, TimexValue.unknown(unit))   // "the next day"
        case .recent:
            guard plural else { return false }
            return emit(first, u, .duration, TimexValue.duration(count?.amount, unit))
        case .this, .current, .previous, .following, .preceding:
            return false
        case .last, .next, .past, .coming:
            if unit == .weekend, singleBare {
                let tense: DateTense = modifier == .past || modifier == .last ? .past : .future
                return emit(first, u, .date, anchor.weekend(tense: tense))
            }
            if count?.isArticle ?? false { return false }
            let amount = count.map { $0.amount } ?? (plural ? nil : 1)
            return emit(first, u, .duration, TimexValue.duration(amount, unit))
        }
    }

    /// "four days", "18 months", "several years", "for a year", "twice a year".
    private mutating func matchCountedUnit(_ u: Int, _ unit: DateUnit, plural: Bool, count: DateCount) -> Bool {
        if unit == .weekend { return false }
        if count.isArticle {
            guard !plural else { return false }
            let before = count.first - 1
            let relativeAfter = isWord(u + 1, "later") || isWord(u + 1, "earlier") || isWord(u + 1, "before")
                || isWord(u + 1, "after")   // "a year earlier": the length between two dates
            if !relativeAfter, isRate(before) { return emit(count.first, u, .set, TimexValue.duration(1, unit)) }
            let possessive = (token(u + 1)?.isApostrophe ?? false) && isWord(u + 2, "s")   // "a year's work"
            guard has(before, .durationPreposition) || relativeAfter || possessive else { return false }
            if !relativeAfter, let compound = compoundDuration(after: u, unit, amount: 1) {
                return emit(count.first, compound.last, .duration, compound.value)   // "for a week and two days"
            }
            return emit(count.first, u, .duration, TimexValue.duration(1, unit))
        }
        if count.amount == nil && !plural { return false }
        // "One day, he…" is a vague date, not a length.
        if unit == .day, isWord(count.first, "one"), !has(count.first - 1, .durationPreposition) { return false }
        if let compound = compoundDuration(after: u, unit, amount: count.amount) {
            return emit(count.first, compound.last, .duration, compound.value)   // "four hours and five minutes"
        }
        return emit(count.first, u, .duration, TimexValue.duration(count.amount, unit))
    }

    /// The first token of "in its first week", "during the first year": the opening period of
    /// something, one unit long (DURATION "P1W"), where "the first week of March" is a date and
    /// "on the first day" a point in time.
    private func firstPeriodStart(_ u: Int, _ unit: DateUnit) -> Int? {
        guard unit == .week || unit == .month || unit == .year, isWord(u - 1, "first"), !isWord(u + 1, "of") else { return nil }
        let determiner = u - 2
        guard determiner >= floor, isWord(determiner, "the") || has(determiner, .possessive) else { return nil }
        let preposition = determiner - 1
        guard isWord(preposition, "in") || isWord(preposition, "during") || isWord(preposition, "within")
                || isWord(preposition, "over") || isWord(preposition, "throughout") else { return nil }
        return determiner
    }

    /// The value of "N units ago" (`sign` -1) or "in N units' time" (+1).
    private func agoValue(_ count: DateCount?, _ unit: DateUnit, sign: Int) -> String {
        guard let amount = count?.amount, amount == amount.rounded(), amount < 10_000 else {
            return sign < 0 ? "PAST_REF" : "FUTURE_REF"
        }
        return anchor.shifted(unit, by: sign * Int(amount))
    }

    /// The last token of "' time" / "'s time" / "from now" after a unit, if there.
    private func futureTimeEnd(after u: Int) -> Int? {
        if isWord(u + 1, "from"), isWord(u + 2, "now") { return u + 2 }
        guard let mark = token(u + 1), mark.isApostrophe, mark.gluedToPrevious else { return nil }
        if isWord(u + 2, "time") { return u + 2 }
        if isWord(u + 2, "s"), isWord(u + 3, "time") { return u + 3 }
        return nil
    }

    /// "35 years old", "a five-year-old", "year-olds".
    @inline(__always)
    private func isAge(after u: Int) -> Bool {
        if isWord(u + 1, "old") { return true }
        guard let dash = token(u + 1), dash.isDash, dash.gluedToPrevious else { return false }
        return isWord(u + 2, "old") || isWord(u + 2, "olds")
    }

    /// Whether token `j` makes "a year" after it a rate: a number, "%", "twice", "£5m" (a
    /// magnitude glued to a number), "pounds", "days" in "seven days a week".
    private func isRate(_ j: Int) -> Bool {
        guard let t = token(j) else { return false }
        switch t.kind {
        case .number: return true
        case .symbol: return t.isSymbol("%")
        case .word:
            if has(j, .rateWord) { return true }
            return t.gluedToPrevious && token(j - 1)?.kind == .number
        }
    }
}
