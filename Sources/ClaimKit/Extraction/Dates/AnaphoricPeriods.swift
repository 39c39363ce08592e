/// Periods a sentence names by pointing back or at the reporting year rather than by a number:
///
/// - the year being reported on: "during the year", "earlier in the year", "later in the year",
///   "throughout the year", "exports for the year rose", "by year end" → the publication year
///   ("XXXX" without one);
/// - a length ending on a date: "the year to 31 March" → DURATION "P1Y" (the date is read on
///   its own);
/// - the fiscal year: "the next fiscal year", "its current financial year", "the financial
///   year" → the publication year moved by the modifier;
/// - a period the text has just given: "that day", "the same year", "that week" → the unit's
///   value with its granularity ("XXXX-XX-XX", "XXXX"), which the extractor cannot resolve
///   without knowing which date it points back to.
extension DateMatcher {
    /// The pattern around the unit of time at `u`, if it is one of these.
    mutating func matchAnaphoricPeriod(at u: Int, _ unit: DateUnit) -> Bool? {
        if unit == .year, let matched = matchFiscalYear(at: u) { return matched }
        if isWord(u - 1, "that") || (isWord(u - 1, "same") && isWord(u - 2, "the")), u - 1 >= floor,
           [.day, .week, .month, .year].contains(unit), !(token(u + 1)?.isDash ?? false) {   // not "that day-to-day"
            let first = isWord(u - 1, "that") ? u - 1 : u - 2
            guard first >= floor else { return nil }
            return emit(first, u, .date, TimexValue.unknown(unit))   // "that day", "the same year"
        }
        guard unit == .year else { return nil }
        if isWord(u + 1, "end"), isWord(u - 1, "by") || isWord(u - 1, "at") {
            return emit(u, u + 1, .date, anchor.shifted(.year, by: 0))   // "by year end"
        }
        guard isWord(u - 1, "the"), u - 1 >= floor else { return nil }
        if isWord(u + 1, "to"), category(u + 2) == .month || (token(u + 2)?.kind == .number && category(u + 3) == .month) {
            return emit(u - 1, u, .duration, TimexValue.duration(1, .year))   // "the year to 31 March"
        }
        let reportsOnTheYear = isWord(u - 2, "during") || isWord(u - 2, "throughout") || isWord(u - 2, "for")
            || (isWord(u - 2, "in") && (isWord(u - 3, "earlier") || isWord(u - 3, "later")))
        guard reportsOnTheYear, !isWord(u + 1, "of"), !isWord(u + 1, "before"), !isWord(u + 1, "after"),
              !isWord(u + 1, "ahead") else { return nil }
        return emit(u - 1, u, .date, anchor.shifted(.year, by: 0))
    }

    /// "the next fiscal year", "its current financial year", "the 2005 financial year" is left
    /// to the year: a year qualified by "fiscal" or "financial", with its modifier and determiner.
    private mutating func matchFiscalYear(at u: Int) -> Bool? {
        guard isWord(u - 1, "fiscal") || isWord(u - 1, "financial") else { return nil }
        var first = u - 1
        var offset = 0
        if let r = relative(first - 1), first - 1 >= floor {
            switch r {
            case .next, .coming, .following: offset = 1
            case .last, .previous, .past, .preceding: offset = -1
            case .this, .current: offset = 0
            case .recent: return nil
            }
            first -= 1
        }
        let determiners: [StaticString] = ["the", "its", "their", "this"]
        if first - 1 >= floor, determiners.contains(where: { isWord(first - 1, $0) }) { first -= 1 }
        guard first < u - 1 else { return nil }   // a bare "financial year" is left alone
        return emit(first, u, .date, anchor.shifted(.year, by: offset))
    }
}
