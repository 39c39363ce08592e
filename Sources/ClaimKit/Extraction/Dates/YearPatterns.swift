/// Numbers used as time: years ("in 2014", "the 1945 UN Charter", "2002 to 2019"), decades
/// ("the 1990s", "the ’80s"), numeric dates ("2025-11-28", "28/11/2025") and clock times.
///
/// A 4-digit number from 1000 to 2099 is a year only in context, since "2000 people", "1500m"
/// and "£2000" are not: after a temporal preposition or a determiner ("in", "since", "by", "of",
/// "the", "his"), at the start of a sentence, in brackets, before a noun a year often modifies
/// ("2003 results", "2000 election"), as a noun phrase of its own ("made 2004 the most expensive
/// year", "2005 is", see ``isYearNounPhrase(_:)``), or joined to such a year ("2000 and 2003
/// results"). It is never a year before a counted noun or unit ("2000 people", "1500 million",
/// "2000 years") or glued to letters or a currency sign ("1500m", "FY2005", "£2000").
extension DateMatcher {
    mutating func matchNumber(at i: Int) -> Bool {
        let t = tokens[i]
        // Most numbers are counts: only 1, 2 and 4 digits can start a date or a time, and a
        // short one only with ":", ".", "/", "-", "am"/"pm" or a glued "s" after it.
        guard t.integerDigits == 4 || (t.integerDigits <= 2 && (t.isGroupedOrFractional || isShortNumberCue(i + 1)))
        else { return false }
        if matchClockTime(at: i) { return true }
        if matchNumericDate(at: i) { return true }
        if matchDecade(at: i) { return true }
        return matchYear(at: i)
    }

    /// What may follow a 1- or 2-digit number that starts a time, a numeric date or a decade.
    private func isShortNumberCue(_ j: Int) -> Bool {
        guard let next = token(j) else { return false }
        switch next.kind {
        case .symbol: return next.gluedToPrevious && (next.isSymbol(":") || next.isSymbol("/") || next.isDash)
        case .number: return false
        case .word: return category(j) == .meridiem || isWord(j, "s") || isWord(j, "a") || isWord(j, "p")
        }
    }

    /// A plain 4-digit number from 1000 to 2099, not glued to letters, digits or a currency sign.
    func isYearCandidate(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .number, !t.isGroupedOrFractional, t.integerDigits == 4,
              t.number >= 1000, t.number <= 2099 else { return false }
        if t.gluedToPrevious, let previous = token(i - 1) {
            if previous.kind != .symbol || followsCurrencySign(i) { return false }
        }
        if let next = token(i + 1), next.gluedToPrevious {
            if next.kind == .word || next.kind == .number || next.isSymbol("%") { return false }
        }
        return true
    }

    /// Whether what follows a 4-digit number makes it a count: "2000 people", "1500 million",
    /// "2000 years", "1200 GMT", "2000 jobs".
    func isCountedAfter(_ i: Int) -> Bool {
        guard let next = token(i + 1), next.kind == .word else { return false }
        switch category(i + 1) {
        case .unit, .unitPlural, .timeZone, .meridiem: return true
        default: break
        }
        if has(i + 1, .countedNoun) { return true }
        return isPluralNoun(i + 1) && !isVerbBeforeObject(i + 1)   // not "2004 reinforces the trend"
    }

    /// Context after a number that makes it a year: "2003 results", "2004's".
    func yearFollows(_ i: Int) -> Bool {
        if has(i + 1, .yearNoun) { return true }
        if let next = token(i + 1), next.isApostrophe, next.gluedToPrevious, isWord(i + 2, "s") { return true }
        return false
    }

    /// Context before a number that makes it a year.
    func yearPrecedes(_ i: Int) -> Bool {
        if isSentenceInitial(i) { return true }
        let p = i - 1
        guard let previous = token(p) else { return true }
        if previous.kind == .symbol {
            if previous.isSymbol("(") { return true }
            // "mid-2005", "pre-2004", "post-1945"
            if previous.isDash && previous.gluedToPrevious && tokens[i].gluedToPrevious
                && (category(p - 1) == .edge || isWord(p - 1, "pre") || isWord(p - 1, "post")) { return true }
            // "2002-2019", "2002, 2003", "2004/2005"
            return lastYearToken == p - 1 && (previous.isDash || previous.isSymbol(",") || previous.isSymbol("/")
                                                || previous.isSymbol("&"))
        }
        guard previous.kind == .word else { return false }
        if has(p, .connective) && lastYearToken == p - 1 { return true }
        if isWord(p, "to") || isWord(p, "with") {
            // "dates back to 1970", "a tough start to 2005", "compared with 2003"
            return isWord(p - 1, "back") || category(p - 1) == .edgeNoun || isWord(p - 1, "compared")
                || isWord(p - 1, "comparable") || isWord(p - 1, "comparison")
        }
        if isWord(p, "and") || isWord(p, "or") { return false }
        if has(p, .temporalPreposition) { return true }
        // "the 1945 UN Charter", "the 2003-04 season", "England's 2003 triumph"
        let possessive = isWord(p, "s") && (token(p - 1)?.isApostrophe ?? false) && previous.gluedToPrevious
        if has(p, .determiner) || possessive {
            return token(i + 1)?.kind == .word || isSeasonSuffix(after: i)
        }
        return false
    }

    /// ",", a dash, "and", "or", "to": what joins the years of a list or a range.
    func isYearJoint(_ j: Int) -> Bool {
        guard let t = token(j) else { return false }
        return t.kind == .symbol ? (t.isSymbol(",") || t.isDash || t.isSymbol("/")) : has(j, .connective)
    }

    /// "-05", "/07", "-2007" glued after a year: a season, a financial year or a range.
    func isSeasonSuffix(after i: Int) -> Bool {
        guard let joint = token(i + 1), joint.gluedToPrevious, joint.isDash || joint.isSymbol("/"),
              let second = token(i + 2), second.gluedToPrevious, second.kind == .number,
              !second.isGroupedOrFractional else { return false }
        return second.integerDigits == 2 || isYearCandidate(i + 2)
    }

    mutating func matchYear(at i: Int) -> Bool {
        guard isYearCandidate(i), !isCountedAfter(i) else { return false }
        var accepted = yearPrecedes(i) || yearFollows(i) || isYearNounPhrase(i)
        if !accepted {
            // "restate 2000 and 2003 results": joined to a year its own context accepts.
            var k = i
            while isYearJoint(k + 1), isYearCandidate(k + 2), !isCountedAfter(k + 2) {
                k += 2
                if yearFollows(k) { accepted = true; break }
            }
        }
        guard accepted else { return false }
        // "2004-05", "2006/07": a season or financial year, valued by its first year.
        let last = isSeasonSuffix(after: i) && tokens[i + 2].integerDigits == 2 ? i + 2 : i
        let year = Int(tokens[i].number)
        guard emit(extendOverEdge(i), last, .date, TimexValue.year(year)) else { return false }
        lastYearToken = last
        return true
    }

    /// "1990s" → "199", "the 1800s" → "18" (a century), "the ’80s" → "198"; the article and an
    /// edge modifier are kept ("the late 1990s"). Two-digit decades need "the" or an apostrophe,
    /// and not a possessive, which makes them ages ("in their 20s").
    mutating func matchDecade(at i: Int) -> Bool {
        let t = tokens[i]
        guard !t.isGroupedOrFractional, isWord(i + 1, "s"), tokens[i + 1].gluedToPrevious else { return false }
        if let after = token(i + 2), after.gluedToPrevious, after.kind != .symbol { return false }
        let number = Int(t.number)
        guard number % 10 == 0 else { return false }
        var first = i
        let value: String
        if t.integerDigits == 4, number >= 1000, number <= 2090 {
            value = number % 100 == 0 && number < 2000 ? TimexValue.pad(number / 100, 2) : TimexValue.pad(number / 10, 3)
        } else if t.integerDigits == 2, number >= 20 {
            if let previous = token(i - 1), previous.isApostrophe { first = i - 1 }
            let edged = extendOverEdge(first)
            guard first < i || isWord(edged - 1, "the") else { return false }   // "the 80s", "’80s"
            if has(edged - 1, .possessive) { return false }                       // "in their 20s"
            value = "19\(number / 10)"
        } else {
            return false
        }
        first = extendOverEdge(first)
        if first - 1 >= floor, isWord(first - 1, "the") { first -= 1 }
        return emit(first, i + 1, .date, value)
    }

    /// "2025-11-28" (ISO 8601) and "28/11/2025" or "11/28/2025": the part above 12 is the day;
    /// when both parts could be the month, only the year is certain and the value is the year.
    mutating func matchNumericDate(at i: Int) -> Bool {
        guard let a = token(i)?.integer, let s1 = token(i + 1), s1.gluedToPrevious,
              let b = token(i + 2)?.integer, tokens[i + 2].gluedToPrevious,
              let s2 = token(i + 3), s2.gluedToPrevious, s2.kind == .symbol, s2.symbol == s1.symbol,
              let c = token(i + 4)?.integer, tokens[i + 4].gluedToPrevious else { return false }
        if let next = token(i + 5), next.gluedToPrevious, next.kind != .symbol || next.isDash || next.isSymbol("/") {
            return false
        }
        if s1.isSymbol("-"), tokens[i].integerDigits == 4, tokens[i + 2].integerDigits == 2, tokens[i + 4].integerDigits == 2,
           CalendarDate(year: a, month: b, day: c) != nil {
            return emit(i, i + 4, .date, TimexValue.day(a, b, c))
        }
        guard s1.isSymbol("/"), tokens[i + 4].integerDigits == 4, c >= 1000, c <= 2099 else { return false }
        if a > 12, CalendarDate(year: c, month: b, day: a) != nil { return emit(i, i + 4, .date, TimexValue.day(c, b, a)) }
        if b > 12, CalendarDate(year: c, month: a, day: b) != nil { return emit(i, i + 4, .date, TimexValue.day(c, a, b)) }
        guard (1...12).contains(a), (1...12).contains(b) else { return false }
        return emit(i, i + 4, .date, TimexValue.year(c))
    }
}
