/// Calendar dates built on a month name: "November 30, 2023", "30 November 2023", "the 30th of
/// November", "February 28", "February 2022", "in November", "last March", "mid-November",
/// and the weekday forms "Monday, March 14", "on Monday", "last Friday", "Monday night".
///
/// A month name must be capitalised. "May", "March", "April", "June" and "August" are also
/// words or names, so on their own (with no day or year) they count as months only after a
/// temporal word ("in May", "since March", "early June", "last August"); lower-case "may" and
/// "march" never do.
extension DateMatcher {
    struct MonthDateParts {
        var first: Int
        var last: Int
        var month: Int
        var day: Int?
        var year: Int?
    }

    /// A day of the month at `i`: 1–31, with an ordinal suffix glued ("30th"); returns the day
    /// and its last token.
    func dayNumber(at i: Int) -> (day: Int, last: Int)? {
        guard let t = token(i), let day = t.integer, t.integerDigits <= 2, (1...31).contains(day),
              !followsCurrencySign(i) else { return nil }
        if t.gluedToPrevious, let previous = token(i - 1), previous.kind != .symbol { return nil }
        guard let next = token(i + 1), next.gluedToPrevious else { return (day, i) }
        if isWord(i + 1, "st") || isWord(i + 1, "nd") || isWord(i + 1, "rd") || isWord(i + 1, "th") {
            if let after = token(i + 2), after.gluedToPrevious, after.kind != .symbol { return nil }
            return (day, i + 1)
        }
        if next.kind == .word || next.kind == .number || next.isSymbol(":") || next.isSymbol("%") { return nil }
        return (day, i)
    }

    /// A year after a date: "…, 2023", "… 2023", "… of 2022".
    func yearAfter(_ last: Int, allowOf: Bool) -> (year: Int, last: Int)? {
        var k = last + 1
        if isSymbol(k, ",") || (allowOf && isWord(k, "of")) { k += 1 }
        guard isYearCandidate(k), !isCountedAfter(k) else { return nil }
        return (Int(tokens[k].number), k)
    }

    /// A month-first date at `i`: "November 30, 2023", "Nov. 30", "February 2022", "November".
    func monthFirstDate(at i: Int) -> MonthDateParts? {
        guard let t = token(i), t.kind == .word, t.isCapitalized,
              t.category == .month || t.category == .monthAbbreviation else { return nil }
        let month = Int(t.lexeme.value)
        var parts = MonthDateParts(first: i, last: i, month: month, day: nil, year: nil)
        var k = i + 1
        if t.category == .monthAbbreviation, isSymbol(k, "."), tokens[k].gluedToPrevious { k += 1 }
        if let (day, dayLast) = dayNumber(at: k) {
            parts.day = day
            parts.last = dayLast
            if let (year, yearLast) = yearAfter(dayLast, allowOf: false) {
                parts.year = year
                parts.last = yearLast
            }
        } else if let (year, yearLast) = yearAfter(k - 1, allowOf: true) {
            parts.year = year
            parts.last = yearLast
        }
        if t.category == .monthAbbreviation && parts.day == nil && parts.year == nil { return nil }
        return parts
    }

    /// A day-first date at `i`: "30 November 2023", "30th of November", "14 March".
    func dayFirstDate(at i: Int) -> MonthDateParts? {
        guard let (day, dayLast) = dayNumber(at: i) else { return nil }
        var k = dayLast + 1
        if isWord(k, "of") { k += 1 }
        guard var parts = monthFirstDate(at: k), parts.day == nil else { return nil }
        parts.first = i
        parts.day = day
        return parts
    }

    /// Whether a day of `month` is possible in some year (29 February is).
    func isPossible(day: Int, month: Int) -> Bool { day <= CalendarDate.daysIn(month: month, year: 2000) }

    mutating func matchMonth(at i: Int) -> Bool {
        guard tokens[i].isCapitalized, var parts = monthFirstDate(at: i) else { return false }
        if parts.month == 5, parts.day == nil, parts.year == nil, isWord(i + 1, "day"), isCapitalizedWord(i + 1) {
            return emit(i, i + 1, .date, anchor.holiday(.mayDay, year: nil, relative: nil, tense: tense()))
        }
        if parts.day == nil, let left = leftDay(of: i) {
            parts.first = left.first
            parts.day = left.day
        }
        if let day = parts.day, !isPossible(day: day, month: parts.month) { return false }
        var modifier: DateRelative?
        if parts.day == nil && parts.year == nil {
            guard isMonthByContext(i) else { return false }
            if let r = relative(i - 1), i - 1 >= floor, [.last, .next, .this, .coming, .following, .previous].contains(r) {
                modifier = r
                parts.first = i - 1
                if isWord(i - 2, "the"), i - 2 >= floor { parts.first = i - 2 }
            }
        } else if parts.day != nil, parts.year == nil, parts.first == i,
                  has(parts.last + 1, .countedNoun) || isPluralNoun(parts.last + 1) {
            return false   // "in October 16 people died"
        }
        let first = extendOverEdge(parts.first)
        return emit(first, parts.last, .date, monthDateValue(parts, relative: modifier, tense: tense()))
    }

    /// "30 November", "30th of November": a day written before the month at `i`.
    private func leftDay(of i: Int) -> (first: Int, day: Int)? {
        var k = i - 1
        if isWord(k, "of") { k -= 1 }
        if isWord(k, "st") || isWord(k, "nd") || isWord(k, "rd") || isWord(k, "th") {
            guard tokens[k].gluedToPrevious else { return nil }
            k -= 1
        }
        guard k >= floor, let (day, _) = dayNumber(at: k) else { return nil }
        if k - 1 >= 0, tokens[k - 1].kind == .number { return nil }
        return (k, day)
    }

    /// Whether a month with no day or year is the month, not a name or a verb.
    private func isMonthByContext(_ i: Int) -> Bool {
        let p = i - 1
        let temporalBefore = has(p, .temporalPreposition) || category(p) == .edge || category(p) == .relative
            || (isHyphenated(i) && category(p - 1) == .edge)
            || ((has(p, .connective) || isSymbol(p, ",")) && category(p - 1) == .month)
        if MonthNames.isAmbiguous(value(i)) {
            if temporalBefore { return true }
            // "May's", "March’s figures": a possessive month at the start of a sentence.
            return isSentenceInitial(i) && (token(i + 1)?.isApostrophe ?? false)
        }
        if temporalBefore { return true }
        return !isCapitalizedWord(i + 1) && !(isCapitalizedWord(p) && !isSentenceInitial(p))
    }

    /// The value of a month date, resolving a missing year against the publication date.
    func monthDateValue(_ parts: MonthDateParts, relative: DateRelative?, tense: DateTense) -> String {
        if let day = parts.day {
            if let year = parts.year {
                guard CalendarDate(year: year, month: parts.month, day: day) != nil else { return TimexValue.day(nil, parts.month, day) }
                return TimexValue.day(year, parts.month, day)
            }
            return TimexValue.day(anchor.year(forMonth: parts.month, day: day, tense: tense), parts.month, day)
        }
        if let year = parts.year { return TimexValue.month(year, parts.month) }
        if let relative { return TimexValue.month(anchor.year(forMonth: parts.month, relative: relative), parts.month) }
        return TimexValue.month(anchor.year(forMonth: parts.month, day: nil, tense: tense), parts.month)
    }
}
