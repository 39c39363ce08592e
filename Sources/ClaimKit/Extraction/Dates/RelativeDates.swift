/// Which way a sentence looks in time, from its verbs (see ``DateTenseCues``). It decides the
/// year of "February 28" and the week of "on Monday" when the text does not say.
enum DateTense {
    case past, future, unknown
}

/// Resolves relative and partial dates against the publication date, or leaves them
/// underspecified when it is unknown.
///
/// Rules (documented in ``DateExtractor``):
/// - "last/this/next" + unit shifts the publication date's period: "last year" in a 2025
///   article is "2024"; "next week" is the ISO week after the publication week.
/// - "N units ago" shifts back by N units at that unit's granularity ("three years ago" →
///   "2022", "4 weeks ago" → the ISO week of the day 28 days before).
/// - A month, a day of a month, a holiday, a season or a quarter with no year takes the
///   publication year, moved back one year when the sentence is in the past tense and the date
///   would fall after publication, or forward one when it is in the future tense and would fall
///   before (the rule HeidelTime uses for news).
/// - A weekday with no modifier is the nearest such day on or before publication, or on or after
///   it when the sentence speaks of the future ("will", "next", "expected").
/// - Without a publication date, every such value keeps its granularity with `X`s: "last year" →
///   "XXXX", "next month" → "XXXX-XX", "Monday" → "XXXX-WXX-1", "February 28" → "XXXX-02-28".
struct DateAnchor {
    let publication: CalendarDate?

    /// The period of `unit` that holds the publication date, moved by `offset` units.
    func shifted(_ unit: DateUnit, by offset: Int) -> String {
        guard let p = publication else { return TimexValue.unknown(unit) }
        switch unit {
        case .year:
            return TimexValue.year(p.year + offset)
        case .month:
            let index = p.year * 12 + (p.month - 1) + offset
            return TimexValue.month(index / 12, index % 12 + 1)
        case .week:
            return TimexValue.week(of: p.adding(days: 7 * offset))
        case .fortnight:
            return TimexValue.week(of: p.adding(days: 14 * offset))
        case .weekend:
            return TimexValue.weekend(of: p.adding(days: 7 * offset))
        case .day, .hour, .minute, .second:
            return TimexValue.date(p.adding(days: unit == .day ? offset : 0))
        case .decade:
            return TimexValue.decade(ofYear: p.year + 10 * offset)
        case .century:
            return TimexValue.century(ofYear: p.year + 100 * offset)
        case .quarter:
            let index = p.year * 4 + (p.month - 1) / 3 + offset
            return TimexValue.quarter(index / 4, index % 4 + 1)
        }
    }

    /// The day `offset` days from publication, or "XXXX-XX-XX".
    func day(offset: Int) -> String {
        publication.map { TimexValue.date($0.adding(days: offset)) } ?? "XXXX-XX-XX"
    }

    /// The year of a date given without one, from the publication date and the tense.
    /// `month`/`day` place the date in the year (`day` nil: the whole month).
    func year(forMonth month: Int, day: Int?, tense: DateTense) -> Int? {
        guard let p = publication else { return nil }
        let after: Bool, before: Bool
        if let day {
            after = (month, day) > (p.month, p.day)
            before = (month, day) < (p.month, p.day)
        } else {
            after = month > p.month
            before = month < p.month
        }
        if tense == .past && after { return p.year - 1 }
        if tense == .future && before { return p.year + 1 }
        return p.year
    }

    /// The year of "last November" (the most recent November before the publication month),
    /// "next March" (the first after it) or "this June" (the publication year).
    func year(forMonth month: Int, relative: DateRelative) -> Int? {
        guard let p = publication else { return nil }
        switch relative {
        case .last, .previous, .past: return month < p.month ? p.year : p.year - 1
        case .next, .coming, .following: return month > p.month ? p.year : p.year + 1
        default: return p.year
        }
    }

    /// A weekday (ISO 1–7) resolved to a date: "last Monday" (strictly before publication),
    /// "next Monday" (strictly after), "this Monday" (in the publication week), or with no
    /// modifier the nearest one on or before publication (on or after it in the future tense).
    func weekday(_ weekday: Int, relative: DateRelative?, tense: DateTense) -> String {
        guard let p = publication else { return TimexValue.unknownWeekday(weekday) }
        let back = (p.isoWeekday - weekday + 7) % 7
        let ahead = (weekday - p.isoWeekday + 7) % 7
        let offset: Int
        switch relative {
        case .last?, .previous?, .past?: offset = back == 0 ? -7 : -back
        case .next?, .coming?, .following?: offset = ahead == 0 ? 7 : ahead
        case .this?: offset = weekday - p.isoWeekday
        default: offset = tense == .future ? ahead : -back
        }
        return TimexValue.date(p.adding(days: offset))
    }

    /// The date of a weekday as a `CalendarDate`, for the weekday-with-time-of-day values.
    func weekdayDate(_ weekday: Int, relative: DateRelative?, tense: DateTense) -> CalendarDate? {
        guard publication != nil else { return nil }
        return CalendarDate(iso8601: self.weekday(weekday, relative: relative, tense: tense))
    }

    /// "the weekend" / "over the weekend": the last weekend on or before publication, or the
    /// coming one in the future tense.
    func weekend(tense: DateTense) -> String {
        guard let p = publication else { return TimexValue.unknown(.weekend) }
        if p.isoWeekday >= 6 || tense == .future { return TimexValue.weekend(of: p) }
        return TimexValue.weekend(of: p.adding(days: -7))
    }

    /// A holiday in the year the context gives: an explicit year, or the publication year moved
    /// by tense like other dates without a year.
    func holiday(_ holiday: Holiday, year explicitYear: Int?, relative: DateRelative?, tense: DateTense) -> String {
        if let explicitYear, let date = holiday.date(in: explicitYear) { return TimexValue.date(date) }
        guard let p = publication, let thisYear = holiday.date(in: p.year) else { return holiday.underspecifiedValue }
        var year = p.year
        switch relative {
        case .last?, .previous?: year = thisYear < p ? p.year : p.year - 1
        case .next?, .coming?: year = thisYear > p ? p.year : p.year + 1
        case .this?: break
        default:
            if tense == .past && thisYear > p { year -= 1 }
            if tense == .future && thisYear < p { year += 1 }
        }
        return holiday.date(in: year).map(TimexValue.date) ?? holiday.underspecifiedValue
    }

    /// A season with no year: "this summer", "last winter", "in the spring".
    func season(_ season: Season, relative: DateRelative?, tense: DateTense) -> String {
        guard let p = publication else { return TimexValue.season(nil, season) }
        let (first, last) = season.months
        let over = season == .winter ? (p.month > last && p.month < first) : p.month > last
        let started = season == .winter ? (p.month >= first || p.month <= last) : p.month >= first
        var year = p.year
        switch relative {
        case .last?, .previous?, .past?: if !over { year -= 1 }
        case .next?, .coming?, .following?: if started { year += 1 }
        case .this?, .current?: break
        default:
            if tense == .past && !started { year -= 1 }
            if tense == .future && over { year += 1 }
        }
        return TimexValue.season(year, season)
    }
}
