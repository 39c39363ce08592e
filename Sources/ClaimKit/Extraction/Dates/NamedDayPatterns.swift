/// Holidays: "Thanksgiving Day", "Christmas Eve", "Easter Monday", "New Year's Day",
/// "Boxing Day", "Valentine's Day", "May Day", "Memorial Day".
///
/// "Christmas" alone is a date too ("sales since Christmas", "Christmas trading"), but not in
/// "Father Christmas", "Christmas Island", "a Christmas tree" or "Christmas number one"; "Easter
/// Island" and "the Easter Rising" are not Easter.
extension DateMatcher {
    mutating func matchHoliday(at i: Int) -> Bool {
        guard let holiday = Holiday(rawValue: tokens[i].lexeme.value), tokens[i].isCapitalized else { return false }
        var resolved = holiday
        var last = i
        switch holiday {
        case .valentines:
            guard let mark = token(i + 1), mark.isApostrophe, isWord(i + 2, "s"), isWord(i + 3, "day") else { return false }
            last = i + 3
        case .christmas:
            if isWord(i - 1, "father") || isWord(i - 1, "merry") { return false }
            if isCapitalizedWord(i + 1), isWord(i + 1, "day") { last = i + 1 }
            if isCapitalizedWord(i + 1), isWord(i + 1, "eve") { last = i + 1; resolved = .christmasEve }
        case .easter:
            if isWord(i + 1, "sunday") || isWord(i + 1, "day") { last = i + 1 }
            if isWord(i + 1, "monday") { last = i + 1; resolved = .easterMonday }
        case .thanksgiving:
            if isWord(i + 1, "day") { last = i + 1 }
        default:
            break
        }
        if last == i {
            if isCapitalizedWord(i + 1), !has(i + 1, .temporalPreposition), !has(i + 1, .connective) { return false }
            if let key = packedKey(i + 1), Self.notHolidayNouns.contains(key) { return false }
        }
        return emitHoliday(resolved, first: i, last: last)
    }

    /// Holidays found from their last word, "Day" or "Year": "Boxing Day", "New Year's Eve".
    func holidayNamed(byUnit u: Int, _ unit: DateUnit) -> (holiday: Holiday, first: Int, last: Int)? {
        let p = u - 1
        if unit == .year {
            guard isWord(p, "new"), isCapitalizedWord(p), p >= floor else { return nil }
            if let mark = token(u + 1), mark.isApostrophe, isWord(u + 2, "s") {
                if isWord(u + 3, "day") { return (.newYearsDay, p, u + 3) }
                if isWord(u + 3, "eve") { return (.newYearsEve, p, u + 3) }
            }
            return (.newYearsDay, p, u)
        }
        guard unit == .day, p >= floor else { return nil }
        // "St Patrick's Day"
        if isWord(p, "s"), token(p - 1)?.isApostrophe ?? false, isWord(p - 2, "patrick"), p - 2 >= floor {
            var first = p - 2
            if isSymbol(first - 1, "."), isWord(first - 2, "st") {
                first -= 2
            } else if isWord(first - 1, "st") || isWord(first - 1, "saint") {
                first -= 1
            }
            return (.stPatricksDay, max(first, floor), u)
        }
        guard isCapitalizedWord(p) else { return nil }
        if isWord(p, "boxing") { return (.boxingDay, p, u) }
        if isWord(p, "memorial") { return (.memorialDay, p, u) }
        if isWord(p, "labor") { return (.laborDay, p, u) }
        if isWord(p, "armistice") || isWord(p, "remembrance") || isWord(p, "veterans") { return (.armisticeDay, p, u) }
        return nil
    }

    /// Emits a holiday, with a year written after it ("Christmas 2004") or a modifier before
    /// it ("last Christmas").
    mutating func emitHoliday(_ holiday: Holiday, first: Int, last: Int) -> Bool {
        var first = first, last = last
        var year: Int?
        if let (y, yearLast) = yearAfter(last, allowOf: false) {
            year = y
            last = yearLast
        }
        var modifier: DateRelative?
        if year == nil, first - 1 >= floor, let r = relative(first - 1), [.last, .next, .this].contains(r) {
            modifier = r
            first -= 1
        }
        return emit(extendOverEdge(first), last, .date, anchor.holiday(holiday, year: year, relative: modifier, tense: tense()))
    }

    /// Lower-case nouns after "Christmas" or "Easter" that make it a thing, not a day.
    static let notHolidayNouns: Set<UInt64> = Set([
        "tree", "trees", "card", "cards", "present", "presents", "gift", "gifts", "carol", "carols",
        "cracker", "crackers", "number", "single", "song", "songs", "album", "pudding", "dinner",
        "lights", "party", "parties", "message", "spirit", "hit", "film", "show", "special",
        "edition", "episode", "jumper", "stocking", "egg", "eggs", "bunny", "island", "rising",
        "cheer", "specials", "ad", "advert", "adverts", "stamp", "stamps", "lunch", "menu",
    ].map(UTF8Bytes.packedLowercaseKey))

    /// The packed lower-case key of word `i` (up to 8 letters).
    func packedKey(_ i: Int) -> UInt64? {
        guard let t = token(i), t.kind == .word else { return nil }
        return UTF8Bytes.packedLowercaseKey(bytes, from: t.start, to: t.end)
    }
}
