/// Numbers that belong to dates and times rather than counts: the date extractor reports them.
///
/// - Years: four digits from 1000 to 2099 with no thousands separator ("in 2014", "his 2000
///   election", "1945 UN Charter", "Q3 2025"), and year spans ("2004-05"), unless a count
///   plainly follows ("2000 people", "some 1500 troops"); with a separator, a currency or a unit
///   they are numbers ("2,000", "$2000", "1500m").
/// - Days of the month next to a month name: "February 28", "November 30, 2023", "3 March",
///   "Feb. 28".
/// - Times of day: "3 pm", "10 a.m.", "1830 GMT" ("10:30", "3pm" and "10.30am" never reach here:
///   the numeral reader drops them as tokens).
///
/// The count of a length of time is a number as well as part of a date, like any count inside
/// a date expression: "three" in "three years ago", "the three months", "two days later".
struct DateLikeNumbers {
    let text: SentenceBytes

    @inline(__always)
    static func isYearLike(_ q: NumberReading) -> Bool {
        q.isPlainInteger && q.integerDigits == 4 && !q.hasLeadingZero && q.value >= 1000 && q.value <= 2099
    }

    /// - Parameter next: the word after the number (``SentenceBytes/nextWord(after:)`` at
    ///   `q.end`), found once by the caller for the rules that look at it.
    func isDateOrTime(_ q: NumberReading, noun: Range<Int>?, next: LetterRun?) -> Bool {
        isYear(q, noun: noun) || isDayOfMonth(q, next: next) || isTimeOfDay(q, next: next)
    }

    /// A year unless what follows is plainly counted: "2000 people", "some 1500 troops". A plural
    /// alone is not enough, since years qualify plurals all the time ("2004 results", "the 2005
    /// elections", "1945 UN Charter"), so the noun must be one that is counted in the thousands.
    private func isYear(_ q: NumberReading, noun: Range<Int>?) -> Bool {
        guard Self.isYearLike(q) || q.isYearSpan else { return false }
        guard let noun else { return true }
        var head = noun.upperBound
        while head > noun.lowerBound && UTF8Bytes.isASCIILetter(text[head - 1]) { head -= 1 }
        if let previous = text.previousWord(before: q.start),
           Self.yearIntroducers.contains(text.bytes, from: previous.start, to: previous.end) { return true }
        return !Self.countedInThousands.contains(text.bytes, from: head, to: noun.upperBound)
    }

    /// A year (or year span) right after a word that makes it one whatever follows ("in 2004",
    /// "the 2005 elections"): ``isDateOrTime(_:noun:next:)`` says so too, but this is known
    /// before the counted noun is read, which the scanner then skips.
    @inline(__always)
    func isYearAfterIntroducer(_ q: NumberReading) -> Bool {
        guard Self.isYearLike(q) || q.isYearSpan, let previous = text.previousWord(before: q.start) else { return false }
        return Self.yearIntroducers.contains(text.bytes, from: previous.start, to: previous.end)
    }

    /// Words after which a four-digit number is a year whatever follows ("the 2000 people's…").
    private static let yearIntroducers = PackedWordTable(words: [
        "in", "since", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "of",
        "by", "from", "until", "till", "to", "before", "after", "during", "between", "and", "or", "mid",
        "early", "late", "fiscal", "financial", "year", "season", "class", "census", "budget", "for",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ])

    private static let countedInThousands = PackedWordTable(words: countedInThousandsWords)

    /// Plural nouns that a four-digit count plainly precedes; the date extractor counts them too
    /// (``DateContextWords``), so that both agree on "2000 workers".
    static let countedInThousandsWords = [
        "people", "persons", "men", "women", "children", "kids", "babies", "jobs", "workers",
        "employees", "staff", "troops", "soldiers", "police", "officers", "students", "pupils",
        "teachers", "doctors", "nurses", "patients", "members", "fans", "visitors", "passengers",
        "residents", "voters", "votes", "signatures", "copies", "units", "homes", "houses", "cars",
        "vehicles", "computers", "machines", "songs", "words", "pages", "cases", "deaths", "victims",
        "refugees", "prisoners", "inmates", "protesters", "demonstrators", "delegates", "companies",
        "firms", "shops", "stores", "schools", "sites", "websites", "users", "customers",
        "subscribers", "viewers", "listeners", "readers", "emails", "e-mails", "messages", "calls",
        "complaints", "applications", "tickets", "seats", "beds", "animals", "birds", "trees",
        "years", "miles", "feet", "metres", "meters", "points", "runs", "hours", "days", "times",
        "posts", "jobs", "dollars", "euros", "pounds",
    ]

    private func isDayOfMonth(_ q: NumberReading, next: LetterRun?) -> Bool {
        let isDayNumber = q.form == .digits && q.unit == nil && q.currency == nil && q.scale == 1
            && !q.hasDecimal && !q.hasGroupSeparator && !q.isYearSpan && q.value >= 1 && q.value <= 31
            && (q.upperValue ?? 1) <= 31
        guard isDayNumber else { return false }
        if let previous = text.previousWord(before: q.start, overPeriod: true), isMonth(previous) { return true }
        guard var next else { return false }
        if text.word(next, is: "of"), let month = text.nextWord(after: next.end) { next = month }
        return isMonth(next)
    }

    private func isMonth(_ word: LetterRun) -> Bool {
        text.isCapitalized(word) && Self.months.contains(text.bytes, from: word.start, to: word.end)
    }

    static let months = PackedWordTable(words: [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    ])

    private func isTimeOfDay(_ q: NumberReading, next: LetterRun?) -> Bool {
        guard q.form == .digits, q.isBare, !q.hasGroupSeparator, let next else { return false }
        if (text.word(next, is: "a") || text.word(next, is: "p")) && text.isByte(next.end, ".")
            && (text.byte(next.end + 1) ?? 0) | 0x20 == UInt8(ascii: "m") {
            return true   // "10 a.m."
        }
        if text.word(next, is: "am") || text.word(next, is: "pm") { return text.isLowercase(next) || text.isUppercase(next) }
        return text.isUppercase(next) && Self.timeZones.contains(text.bytes, from: next.start, to: next.end)
    }

    private static let timeZones = PackedWordTable(words: [
        "gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "cst", "cdt", "et", "pt", "ist", "jst",
    ])
}
