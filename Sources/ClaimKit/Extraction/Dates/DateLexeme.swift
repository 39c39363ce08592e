/// What a word means to the date grammar, looked up once per word while tokenizing.
///
/// A word has one grammatical ``Category`` (with a small value: the month number, the unit, the
/// holiday…) and any number of ``DateWordTraits``, the context classes the patterns ask about
/// ("a word after which a 4-digit number is a year", "a future-tense cue"…).
struct DateLexeme: Equatable {
    enum Category: UInt8 {
        case none
        /// `value` 1–12; the full name ("November", "May").
        case month
        /// `value` 1–12; "Jan", "Sept", "Nov": a month only before a number.
        case monthAbbreviation
        /// `value` 1 (Monday) – 7 (Sunday), ISO numbering.
        case weekday
        /// "Mondays": a recurrence.
        case weekdayPlural
        /// `value` a ``DateUnit`` raw value; "year", "week".
        case unit
        /// "years", "weeks".
        case unitPlural
        /// "three" (`value` 3), "twenty", "dozen".
        case numberWord
        /// "a", "an": a count of one in "a year ago".
        case article
        /// "few", "several", "many", "some", "numerous": an unknown count.
        case vagueCount
        /// `value` a ``DateRelative`` raw value; "last", "next", "this", "past"…
        case relative
        /// "early", "late", "mid", "earlier", "later": a modifier kept inside the span.
        case edge
        /// "end", "start", "beginning", "middle", "turn", "close" in "the end of 2004".
        case edgeNoun
        case ago
        /// `value` 0 today, -1 yesterday, 1 tomorrow, 2 tonight.
        case deictic
        /// `value` a ``DayPart`` raw value.
        case partOfDay
        /// `value` a ``Holiday`` raw value, for the holidays that start with their own word.
        case holiday
        /// `value` a ``Season`` raw value.
        case season
        /// "annually", "weekly": `value` the ``DateUnit`` of the period.
        case setAdverb
        /// "every", "each", "per".
        case setQuantifier
        /// "recently", "lately".
        case pastReference
        /// "future" in "in the future".
        case futureReference
        /// "first" (`value` 1) … "twentieth"; "final" is 4 (the last quarter).
        case ordinal
        /// "half" in "the first half of 2004".
        case half
        /// "am", "pm".
        case meridiem
        /// "GMT", "BST", "UTC"…
        case timeZone
    }

    var category: Category
    var value: Int8
    var traits: DateWordTraits

    static var none: DateLexeme { DateLexeme(category: .none, value: 0, traits: []) }
}

/// The context classes of a word (several may apply to one word).
struct DateWordTraits: OptionSet, Equatable {
    let rawValue: UInt32

    /// Before a bare 4-digit number or a bare month, makes it a date: "in 2014", "since March".
    static let temporalPreposition = DateWordTraits(rawValue: 1 << 0)
    /// Determiners after which a 4-digit number before a singular noun is a year: "the 1945 UN
    /// Charter", "his 2000 election".
    static let determiner = DateWordTraits(rawValue: 1 << 1)
    /// Nouns a year often modifies, plural ones included: "2003 results", "the 2004 elections".
    static let yearNoun = DateWordTraits(rawValue: 1 << 2)
    /// Nouns and units after which a 4-digit number is a count: "2000 people", "1500 million".
    static let countedNoun = DateWordTraits(rawValue: 1 << 3)
    /// The sentence speaks of the future: "will", "next", "expected".
    static let futureCue = DateWordTraits(rawValue: 1 << 4)
    /// The sentence speaks of the past: "was", "had", "took".
    static let pastCue = DateWordTraits(rawValue: 1 << 5)
    /// Joins two years or months of a list or range: "and", "or", "to", "through".
    static let connective = DateWordTraits(rawValue: 1 << 6)
    /// Before "a year", makes it a length of time: "for a year", "within a week", "more than".
    static let durationPreposition = DateWordTraits(rawValue: 1 << 7)
    /// Before "a year", makes it a rate: "twice a year", "£5m a year", "seven days a week".
    static let rateWord = DateWordTraits(rawValue: 1 << 8)
    /// "his", "her", "their": "in their 20s" is an age.
    static let possessive = DateWordTraits(rawValue: 1 << 9)
}

/// Units of time the relative and duration patterns count in.
enum DateUnit: Int8 {
    case year = 1, month, week, day, decade, century, fortnight, weekend, hour, minute, quarter, second
}

/// The relative modifiers: "last year", "the past week", "the coming months".
enum DateRelative: Int8 {
    case last = 1, next, this, past, coming, previous, following, preceding, current, recent
}

/// Parts of a day, with their TIMEX3 codes.
enum DayPart: Int8 {
    case morning = 1, afternoon, evening, night

    var timexCode: String {
        switch self {
        case .morning: return "MO"
        case .afternoon: return "AF"
        case .evening: return "EV"
        case .night: return "NI"
        }
    }
}

/// Seasons of the year, with their TIMEX3 codes and the month each starts.
enum Season: Int8 {
    case spring = 1, summer, autumn, winter, fall

    var timexCode: String {
        switch self {
        case .spring: return "SP"
        case .summer: return "SU"
        case .autumn, .fall: return "FA"
        case .winter: return "WI"
        }
    }

    /// First and last month (northern hemisphere); winter runs December to February.
    var months: (first: Int, last: Int) {
        switch self {
        case .spring: return (3, 5)
        case .summer: return (6, 8)
        case .autumn, .fall: return (9, 11)
        case .winter: return (12, 2)
        }
    }
}

extension DateLexeme {
    /// Words that can anchor a date expression: the patterns start from these (and from digits).
    var isTrigger: Bool {
        switch category {
        case .month, .monthAbbreviation, .weekday, .weekdayPlural, .unit, .unitPlural, .deictic, .holiday,
             .season, .setAdverb, .pastReference, .partOfDay, .futureReference, .half:
            return true
        case .relative:
            return value == DateRelative.past.rawValue   // "in the past"
        default:
            return false
        }
    }
}
