/// The grammatical words of date expressions: units, counts, modifiers, recurrences, parts of
/// the day. Context classes (prepositions, tense cues, nouns) are in ``DateContextWords``.
enum DateWords {
    static let units: [(String, String, DateUnit)] = [
        ("year", "years", .year), ("month", "months", .month), ("week", "weeks", .week),
        ("day", "days", .day), ("decade", "decades", .decade), ("century", "centuries", .century),
        ("fortnight", "fortnights", .fortnight), ("weekend", "weekends", .weekend),
        ("hour", "hours", .hour), ("minute", "minutes", .minute), ("quarter", "quarters", .quarter),
    ]

    /// Units read only in the plural: "second" is far more often the ordinal ("the second
    /// half") or part of a rate ("megabits per second") than a length of time. The abbreviations
    /// are sports reports' times ("44.63secs", "45 mins"); "min" and "sec" alone are too often
    /// other words ("min" for minimum) to be read.
    static let pluralOnlyUnits: [(String, DateUnit)] = [("seconds", .second), ("secs", .second), ("mins", .minute), ("hrs", .hour)]

    static let numberWords: [(String, Int)] = [
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
        ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
        ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
        ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100),
        ("dozen", 12), ("couple", 2),
    ]

    static let ordinals: [(String, Int)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
        ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
        ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14), ("fifteenth", 15),
        ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
        ("twentieth", 20), ("final", 4),
    ]

    static let relatives: [(String, DateRelative)] = [
        ("last", .last), ("next", .next), ("this", .this), ("past", .past), ("coming", .coming),
        ("previous", .previous), ("following", .following), ("preceding", .preceding),
        ("current", .current), ("recent", .recent),
    ]

    static let setAdverbs: [(String, DateUnit)] = [
        ("annually", .year), ("yearly", .year), ("monthly", .month), ("weekly", .week),
        ("daily", .day), ("nightly", .day), ("hourly", .hour), ("quarterly", .quarter),
        ("fortnightly", .fortnight),
    ]

    static let dayParts: [(String, DayPart)] = [
        ("morning", .morning), ("afternoon", .afternoon), ("evening", .evening), ("night", .night),
    ]

    static let timeZones = ["gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "et", "pt"]

    /// Every entry of the date lexicon.
    static var all: [(String, DateLexeme)] {
        func lexeme(_ category: DateLexeme.Category, _ value: Int8 = 0) -> DateLexeme {
            DateLexeme(category: category, value: value, traits: [])
        }
        var list = MonthNames.entries
        for (singular, plural, unit) in units {
            list.append((singular, lexeme(.unit, unit.rawValue)))
            list.append((plural, lexeme(.unitPlural, unit.rawValue)))
        }
        list += pluralOnlyUnits.map { ($0.0, lexeme(.unitPlural, $0.1.rawValue)) }
        list += numberWords.map { ($0.0, lexeme(.numberWord, Int8($0.1))) }
        list += ordinals.map { ($0.0, lexeme(.ordinal, Int8($0.1))) }
        list += relatives.map { ($0.0, lexeme(.relative, $0.1.rawValue)) }
        list += setAdverbs.map { ($0.0, lexeme(.setAdverb, $0.1.rawValue)) }
        list += dayParts.map { ($0.0, lexeme(.partOfDay, $0.1.rawValue)) }
        list += timeZones.map { ($0, lexeme(.timeZone)) }
        list += [("a", lexeme(.article)), ("an", lexeme(.article))]
        list += ["few", "several", "many", "some", "numerous"].map { ($0, lexeme(.vagueCount)) }
        list += ["early", "late", "mid", "earlier", "later"].map { ($0, lexeme(.edge)) }
        list += ["end", "start", "beginning", "middle", "turn", "close"].map { ($0, lexeme(.edgeNoun)) }
        list += [("ago", lexeme(.ago))]
        list += [("today", lexeme(.deictic, 0)), ("yesterday", lexeme(.deictic, -1)),
                 ("tomorrow", lexeme(.deictic, 1)), ("tonight", lexeme(.deictic, 2))]
        list += ["every", "each", "per"].map { ($0, lexeme(.setQuantifier)) }
        list += ["recently", "lately"].map { ($0, lexeme(.pastReference)) }
        list += [("future", lexeme(.futureReference))]
        list += [("half", lexeme(.half)), ("am", lexeme(.meridiem, 0)), ("pm", lexeme(.meridiem, 12))]
        // Context classes last: they merge their traits into the words above.
        list += DateContextWords.entries
        return list
    }
}
