/// Calendar names: months, weekdays, seasons and the holidays that begin with a word of their
/// own. Each list feeds ``DateLexicon``.
enum MonthNames {
    /// Full month names, January = 1.
    static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// Abbreviations, which are months only before a day or a year ("Nov. 30", "Jan 2005"):
    /// "Jan" is also a first name and "Mar" a verb.
    static let abbreviations: [(String, Int)] = [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    /// Months that are also common English words or first names, which need a day, a year or a
    /// temporal preposition around them: "may" the verb, "March on", "April Jones".
    static func isAmbiguous(_ month: Int) -> Bool {
        month == 3 || month == 4 || month == 5 || month == 6 || month == 8
    }

    /// Weekdays, Monday = 1 (ISO 8601).
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let seasons: [(String, Season)] = [
        ("spring", .spring), ("summer", .summer), ("autumn", .autumn), ("winter", .winter), ("fall", .fall),
    ]

    /// Holidays that start with a word of their own ("Thanksgiving", "Christmas Eve").
    /// "New Year", "Good Friday", "Boxing Day" and the like are found from their second word.
    static let holidayWords: [(String, Holiday)] = [
        ("thanksgiving", .thanksgiving), ("christmas", .christmas), ("xmas", .christmas),
        ("easter", .easter), ("halloween", .halloween), ("hogmanay", .newYearsEve),
        ("valentine", .valentines),
    ]

    static var entries: [(String, DateLexeme)] {
        var list: [(String, DateLexeme)] = []
        for (k, name) in months.enumerated() {
            list.append((name, DateLexeme(category: .month, value: Int8(k + 1), traits: [])))
        }
        for (name, month) in abbreviations {
            list.append((name, DateLexeme(category: .monthAbbreviation, value: Int8(month), traits: [])))
        }
        for (k, name) in weekdays.enumerated() {
            list.append((name, DateLexeme(category: .weekday, value: Int8(k + 1), traits: [])))
            list.append((name + "s", DateLexeme(category: .weekdayPlural, value: Int8(k + 1), traits: [])))
        }
        for (name, season) in seasons {
            list.append((name, DateLexeme(category: .season, value: season.rawValue, traits: [])))
        }
        for (name, holiday) in holidayWords {
            list.append((name, DateLexeme(category: .holiday, value: holiday.rawValue, traits: [])))
        }
        return list
    }
}
