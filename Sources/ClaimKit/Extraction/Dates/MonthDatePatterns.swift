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
        /// "August last year": the year as an offset from the publication year.
        var yearOffset: Int?
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

    /// A year after a date: "…, 2023", "… 2023", "… of 2022". A month or day before it is
    /// evidence enough that it is a year, so only a unit or a counted noun after it says no
    /// ("September 2002 weapons dossier" but "May 2000 people").
    func yearAfter(_ last: Int, allowOf: Bool) -> (year: Int, last: Int)? {
        var k = last + 1
        if isSymbol(k, ",") || (allowOf && isWord(k, "of")) { k += 1 }
        guard isYearCandidate(k) else { return nil }
        if let next = token(k + 1), next.kind == .word {
            switch category(k + 1) {
            case .unit, .unitPlural, .timeZone, .meridiem: return nil
            default: if has(k + 1, .countedNoun) { return nil }
            }
        }
        return (Int(tokens[k].number), k)
    }

    /// "last year", "this year", "next year" after a month: "in August last year".
    func relativeYearAfter(_ last: Int) -> (offset: Int, last: Int)? {
        guard isWord(last + 2, "year"), !(token(last + 3)?.isApostrophe ?? false) else { return nil }
        if isWord(last + 1, "last") { return (-1, last + 2) }
        if isWord(last + 1, "this") { return (0, last + 2) }
        if isWord(last + 1, "next") { return (1, last + 2) }
        return nil
    }

    /// A month-first date at `i`: "November 30, 2023", "Nov. 30", "February 2022", "November".
    func monthFirstDate(at i: Int) -> MonthDateParts? {
        guard let t = token(i), t.kind == .word, t.isCapitalized,
              t.lexeme.category == .month || t.lexeme.category == .monthAbbreviation else { return nil }
        let month = Int(t.lexeme.value)
        var parts = MonthDateParts(first: i, last: i, month: month, day: nil, year: nil)
        var k = i + 1
        if t.lexeme.category == .monthAbbreviation, isSymbol(k, "."), tokens[k].gluedToPrevious { k += 1 }
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
        if parts.year == nil, let (offset, relativeLast) = relativeYearAfter(parts.last) {
            parts.yearOffset = offset
            parts.last = relativeLast
        }
        if t.lexeme.category == .monthAbbreviation && parts.day == nil && parts.year == nil { return nil }
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
        if parts.day != nil, parts.year == nil, parts.yearOffset == nil, parts.first == i,
           has(parts.last + 1, .countedNoun) || isPluralNoun(parts.last + 1) {
            // "In January 25 people…": the number counts the noun; the month stands alone.
            parts.day = nil
            parts.last = i
        }
        var modifier: DateRelative?
        if parts.day == nil && parts.year == nil && parts.yearOffset == nil {
            guard isMonthByContext(i) else { return false }
            if let r = relative(i - 1), i - 1 >= floor, [.last, .next, .this, .coming, .following, .previous].contains(r) {
                modifier = r
                parts.first = i - 1
                if isWord(i - 2, "the"), i - 2 >= floor { parts.first = i - 2 }
            }
        }
        let first = extendOverEdge(parts.first)
        guard emit(first, parts.last, .date, monthDateValue(parts, relative: modifier, tense: tense())) else { return false }
        if parts.year != nil { lastYearToken = parts.last }   // "between June 2003 and 2004"
        return true
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
        if k - 1 < 0 { tokens.noteLookBeforeStart() }
        if k - 1 >= 0, tokens[k - 1].kind == .number { return nil }
        return (k, day)
    }

    /// Whether a month with no day or year is the month, not a name or a verb.
    private func isMonthByContext(_ i: Int) -> Bool {
        let p = i - 1
        let temporalBefore = has(p, .temporalPreposition) || category(p) == .edge || category(p) == .relative
            || (isHyphenated(i) && category(p - 1) == .edge)
            || ((has(p, .connective) || isSymbol(p, ",")) && category(p - 1) == .month)
        if temporalBefore { return true }
        // "June or July", "the June-July tour", "between now and June"
        if (has(i + 1, .connective) || token(i + 1)?.isDash ?? false) && category(i + 2) == .month { return true }
        if has(p, .connective) && isWord(p - 1, "now") { return true }
        // "a May election", "his March budget", "the June event", "an expected May poll"
        let modifies = has(p, .determiner) || isWord(p, "expected") || isWord(p, "anticipated")
            || isWord(p, "likely") || isWord(p, "planned") || isWord(p, "scheduled") || isWord(p, "proposed")
        if modifies, let next = token(i + 1), next.kind == .word, !next.isCapitalized || has(i + 1, .yearNoun) {
            return true
        }
        if MonthNames.isAmbiguous(value(i)) {
            // "May's", "March’s figures": a possessive month at the start of a sentence.
            return isSentenceInitial(i) && (token(i + 1)?.isApostrophe ?? false)
        }
        if has(p, .determiner) { return true }   // "the September Tankan"
        return !isCapitalizedWord(i + 1) && !(isCapitalizedWord(p) && !isSentenceInitial(p))
    }

    /// The value of a month date, resolving a missing year against the publication date.
    func monthDateValue(_ parts: MonthDateParts, relative: DateRelative?, tense: DateTense) -> String {
        if let day = parts.day {
            if let offset = parts.yearOffset {
                return TimexValue.day(anchor.publication.map { $0.year + offset }, parts.month, day)
            }
            if let year = parts.year {
                guard CalendarDate(year: year, month: parts.month, day: day) != nil else { return TimexValue.day(nil, parts.month, day) }
                return TimexValue.day(year, parts.month, day)
            }
            return TimexValue.day(anchor.year(forMonth: parts.month, day: day, tense: tense), parts.month, day)
        }
        if let year = parts.year { return TimexValue.month(year, parts.month) }
        if let offset = parts.yearOffset {
            return TimexValue.month(anchor.publication.map { $0.year + offset }, parts.month)
        }
        if let relative { return TimexValue.month(anchor.year(forMonth: parts.month, relative: relative), parts.month) }
        return TimexValue.month(anchor.year(forMonth: parts.month, day: nil, tense: tense), parts.month)
    }
}
