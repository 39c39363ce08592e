/// Weekdays: "on Monday", "last Friday", "next Tuesday", "Monday night", "Monday, March 14",
/// "every Monday", "on Mondays", and the holidays named by a weekday ("Good Friday").
///
/// A weekday followed by a capitalised word is a title ("the Sunday Times", "Sunday
/// Telegraph") unless a temporal word comes first ("On Tuesday Sir Alan said"), and "Mail on
/// Sunday" is a newspaper, so neither is a date. Without a
/// publication date a weekday is "XXXX-WXX-1" (Monday); with one, see ``DateAnchor``.
extension DateMatcher {
    mutating func matchWeekday(at i: Int) -> Bool {
        guard tokens[i].isCapitalized else { return false }
        let weekday = value(i)
        let afterTemporalWord = has(i - 1, .temporalPreposition) || category(i - 1) == .relative
            || category(i - 1) == .edge
        if isCapitalizedWord(i + 1), !canFollowWeekday(i + 1), !afterTemporalWord { return false }
        // "Sheffield Wednesday": a name before it, unless a temporal word ("Last Friday").
        if isCapitalizedWord(i - 1), !isClauseInitial(i - 1), !afterTemporalWord, !isWord(i - 1, "good"),
           !isWord(i - 1, "black") { return false }
        if weekday == 7, isWord(i - 1, "on"), isCapitalizedWord(i - 2),
           isWord(i - 2, "mail") || isWord(i - 2, "independent") || isWord(i - 2, "scotland") { return false }
        if weekday == 5, i - 1 >= floor, isCapitalizedWord(i - 1), isWord(i - 1, "good") || isWord(i - 1, "black") {
            let holiday: Holiday = isWord(i - 1, "good") ? .goodFriday : .blackFriday
            return emit(i - 1, i, .date, anchor.holiday(holiday, year: yearAfter(i, allowOf: false)?.year,
                                                         relative: nil, tense: tense()))
        }
        if category(i - 1) == .setQuantifier, !isWord(i - 1, "per") {
            return emit(i - 1, i, .set, TimexValue.unknownWeekday(weekday))
        }
        var k = i + 1
        if isSymbol(k, ",") { k += 1 }
        if let parts = monthFirstDate(at: k) ?? dayFirstDate(at: k), let day = parts.day,
           isPossible(day: day, month: parts.month) {
            return emit(extendOverEdge(i), parts.last, .date, datedWeekdayValue(parts, weekday: weekday, tense: tense()))
        }
        var first = i
        var modifier: DateRelative?
        if i - 1 >= floor, let r = relative(i - 1), [.last, .next, .this, .coming, .past, .previous, .following].contains(r) {
            modifier = r
            first = i - 1
        }
        let resolved = anchor.weekday(weekday, relative: modifier, tense: tense())
        if category(i + 1) == .partOfDay, let part = DayPart(rawValue: lexeme(i + 1).value) {
            return emit(extendOverEdge(first), i + 1, .time, TimexValue.time(on: resolved, part.timexCode))
        }
        return emit(extendOverEdge(first), i, .date, resolved)
    }

    /// "Mondays", "on Sundays": a recurrence.
    mutating func matchWeekdayPlural(at i: Int) -> Bool {
        guard tokens[i].isCapitalized, !isCapitalizedWord(i + 1) || canFollowWeekday(i + 1),
              !isCapitalizedWord(i - 1) || isSentenceInitial(i - 1) else { return false }   // "Happy Mondays"
        return emit(i, i, .set, TimexValue.unknownWeekday(value(i)))
    }

    /// Capitalised words that may follow a weekday in a date or a title-case headline: a month,
    /// a part of the day, "In", "And", "The".
    private func canFollowWeekday(_ j: Int) -> Bool {
        switch category(j) {
        case .month, .partOfDay, .monthAbbreviation: return true
        default:
            return has(j, .temporalPreposition) || has(j, .connective) || has(j, .determiner)
                || isWord(j, "at") || isWord(j, "on")
        }
    }

    /// "Monday, March 14": the date's own value; when its year is missing and a publication date
    /// is known, the year near publication in which that day falls on that weekday.
    private func datedWeekdayValue(_ parts: MonthDateParts, weekday: Int, tense: DateTense) -> String {
        guard let day = parts.day else { return monthDateValue(parts, relative: nil, tense: tense) }
        if parts.year != nil { return monthDateValue(parts, relative: nil, tense: tense) }
        guard let base = anchor.year(forMonth: parts.month, day: day, tense: tense) else {
            return TimexValue.day(nil, parts.month, day)
        }
        for year in [base, base - 1, base + 1] where CalendarDate(year: year, month: parts.month, day: day)?.isoWeekday == weekday {
            return TimexValue.day(year, parts.month, day)
        }
        return TimexValue.day(base, parts.month, day)
    }
}
