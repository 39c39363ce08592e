/// Numbers that name or point rather than count: identifiers ("G7", "PS2", "COVID-19",
/// "H.R.100", "S.Res.61"), references ("Article 5", "Minsk 2", "Radio 4", "No. 10"), footnote
/// markers ("<sup>1</sup>", "[3]"), list markers at the start of a segment ("1. ", "2) ") and
/// phone numbers or codes ("0800 123 456", "007").
struct ReferenceNumbers {
    let text: SentenceBytes

    /// Whether the digit at `i` continues a longer token: letters or digits right before it,
    /// or a joiner after them ("H.R.100", "F-16", "mid-2005"), or a symbol that makes an
    /// identifier, a path or an address ("#1", "/2021/", "+44", "=150").
    func isGluedToToken(digitAt i: Int) -> Bool {
        if text.isAlphanumeric(before: i) { return true }
        guard i > text.start else { return false }
        switch text[i - 1] {
        case UInt8(ascii: "."), UInt8(ascii: "-"):
            return text.isAlphanumeric(before: i - 1)
        case UInt8(ascii: ","):
            return text.isDigit(i - 2)   // "$1,8923": a broken group, or a list without spaces
        case UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "@"), UInt8(ascii: "\\"),
             UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "&"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// "1. " or "2) " opening a segment: the segmenter keeps markers inside running text as
    /// part of their segments ("1.) The first item 2.) The second item").
    func isListMarker(_ q: NumberReading) -> Bool {
        q.start == text.start && q.isPlainInteger && LineMarkers.ordinal(text.bytes, at: q.start, end: text.end) != nil
    }

    /// "<sup>1</sup>", "[3]", "^2".
    func isFootnoteMarker(_ q: NumberReading) -> Bool {
        guard q.isPlainInteger, q.integerDigits <= 3 else { return false }
        let before = text.byte(q.start - 1), after = text.byte(q.end)
        return before == UInt8(ascii: ">") && after == UInt8(ascii: "<")
            || before == UInt8(ascii: "[") && after == UInt8(ascii: "]")
            || before == UInt8(ascii: "^")
    }

    /// "007", "0800 123 4567": a leading zero, or groups of digits run together with blanks.
    func isPhoneNumberOrCode(_ q: NumberReading) -> Bool {
        if q.hasLeadingZero { return true }
        guard q.isPlainInteger, q.integerDigits >= 3 else { return false }
        let next = q.end + 1
        guard text.isByte(q.end, " ") || text.isByte(q.end, "-"), text.isDigit(next) else { return false }
        var e = next
        while text.isDigit(e) { e += 1 }
        return e - next >= 3 && !text.isByte(e, ",") && !text.isAlphanumeric(at: e)
    }

    /// "Article 5", "No. 10", "Minsk 2", "Radio 4", "Windows 95", "Formula One", "BBC Two".
    ///
    /// A bare number right after a reference word is a reference. So is one right after any
    /// other capitalised word that is not a function word, unless a plural it counts follows:
    /// "Minsk 1 and Minsk 2", "Halo 2." and "the Xbox 2 console" are names, while "Minsk 2
    /// agreements" is left alone, as is "Over 1,400" (a separator) or "Friday 15 protesters".
    /// `previous` is ``SentenceBytes/previousWord(before:overPeriod:)`` at `q.start`, found once
    /// by the caller for the rules that look at it.
    func isReference(_ q: NumberReading, noun: Range<Int>?, previous: LetterRun?) -> Bool {
        let isDigitsReference = q.form == .digits && q.unit == nil && q.currency == nil && q.scale == 1
            && !q.isCompound && !q.hasGroupSeparator
        let isWordsReference = q.form == .words && q.isBare
        let isCapitalisedWords = isWordsReference && UTF8Bytes.isASCIIUpper(text[q.start])
        // A capitalised number word inside a sentence is part of a name: "the Six Nations",
        // "Formula One", "BBC Two", "the Three Gorges Dam".
        if isCapitalisedWords && !opensSegment(q.start) { return true }
        guard isDigitsReference || isWordsReference,
              let previous = previous ?? text.previousWord(before: q.start, overPeriod: true) else { return false }
        let hasPeriod = text.isByte(previous.end, ".")
        if hasPeriod {
            return Self.abbreviatedReferenceWords.contains(text.bytes, from: previous.start, to: previous.end)
        }
        // "Article 5", "on page 3", "in at number three" (a chart position, not a count). The
        // lower-case reference words are among the others: after a word in lower case only
        // they count, in one lookup. So does "ranked" with no noun after the number: "ranked 134
        // in the world" is a rank, while "ranked two places above" counts places.
        guard text.isCapitalized(previous) else {
            return Self.lowercaseReferenceWords.contains(text.bytes, from: previous.start, to: previous.end)
                || noun == nil && text.word(previous, is: "ranked")
        }
        if Self.referenceWords.contains(text.bytes, from: previous.start, to: previous.end) { return true }
        guard isDigitsReference || isCapitalisedWords, !isFunctionWord(previous) else { return false }
        return isCapitalisedWords || noun.map { isNameBefore($0, value: q.value) } ?? true
    }

    /// "Andre 3000 thanked fans", "the PlayStation 2 console", "a Boeing 747 jumbo": after a
    /// capitalised word, a number followed by a verb form, or by a singular noun where it is
    /// more than one, names the thing rather than counting it ("Friday 15 protesters" counts).
    private func isNameBefore(_ noun: Range<Int>, value: Double) -> Bool {
        CountedNoun.startsWithVerbForm(noun, in: text) || (value != 1 && !CountedNoun.endsInPlural(noun, in: text))
    }

    /// "entered the chart at four", "slipped to six", "down three places to 10": a place in a
    /// chart is a rank, not a count. Only a bare whole number up to 100 with no noun after it,
    /// right after "at" or "to", in a sentence that speaks of a chart or of places; "rose to 10"
    /// elsewhere stays a number.
    func isChartPosition(_ q: NumberReading, noun: Range<Int>?, previous: LetterRun?) -> Bool {
        guard noun == nil, q.isBare, !q.hasDecimal, q.value >= 1, q.value <= 100,
              let previous,
              text.word(previous, is: "at") || text.word(previous, is: "to") else { return false }
        if text.word(previous, is: "to"), let before = text.previousWord(before: previous.start),
           text.word(before, is: "up") || text.word(before, is: "from") {
            return false   // "up to 10", "from 60 to 65"
        }
        var cursor = text.firstWord(from: text.start)
        while let word = cursor {
            if Self.chartWords.contains(text.bytes, from: word.start, to: word.end) { return true }
            cursor = text.firstWord(from: word.end)
        }
        return false
    }

    /// Words that make "at four" or "to six" a place in a chart.
    private static let chartWords = PackedWordTable(words: ["chart", "charts", "entry", "entries", "places"])

    /// Whether only punctuation (quotes, brackets, bullets) or a colon comes before `i` in the
    /// segment: a capital there is the sentence's, not a name's.
    private func opensSegment(_ i: Int) -> Bool {
        var j = i
        while j > text.start {
            let b = text[j - 1]
            if b == UInt8(ascii: ":") { return true }
            if UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b) { return false }
            j -= 1
        }
        return true
    }

    private func isFunctionWord(_ word: LetterRun) -> Bool {
        CountedNoun.stopWordTable.contains(text.bytes, from: word.start, to: word.end)
            || Self.sentenceOpeners.contains(text.bytes, from: word.start, to: word.end)
            || DateLikeNumbers.months.contains(text.bytes, from: word.start, to: word.end)
            || (word.length == 3 && text.isUppercase(word) && CurrencyNotation.codes.value(text.bytes, from: word.start, to: word.end) != nil)
    }

    /// Capitalised words that open sentences or qualify numbers, not names.
    private static let sentenceOpeners = PackedWordTable(words: [
        "nearly", "almost", "around", "roughly", "approximately", "some", "surpassing", "exceeding",
        "topping", "estimated", "circa", "barely", "yesterday", "today", "tonight", "overall",
        "altogether", "together", "combined", "total", "however", "meanwhile", "currently",
        "about", "over", "under", "above", "below", "only", "just", "another", "last", "next",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "all", "top",
    ])

    /// Words that introduce a numbered thing; all count when capitalised ("Article 5").
    private static let referenceWords = PackedWordTable(words: [
        "article", "articles", "section", "chapter", "clause", "paragraph", "part", "title", "annex",
        "appendix", "schedule", "amendment", "resolution", "rule", "page", "pages", "figure", "table",
        "volume", "issue", "episode", "season", "series", "level", "category", "stage", "phase",
        "tier", "grade", "class", "type", "model", "version", "number", "no", "nos", "flight",
        "route", "highway", "interstate", "gate", "terminal", "platform", "room", "junction", "exit",
        "channel", "radio", "formula", "verse", "psalm", "group", "pool", "division", "league",
        "day", "week", "round", "game", "match", "race", "lap", "hole", "act", "scene", "track",
        "fortune", "ftse", "nikkei", "dax", "cac", "nasdaq",
    ])

    /// Reference words that also count in lower case ("under article 7", "on page 3", "series two").
    private static let lowercaseReferenceWords = PackedWordTable(words: [
        "article", "articles", "section", "chapter", "clause", "paragraph", "page", "pages",
        "flight", "route", "platform", "gate", "room", "junction", "category", "tier", "verse", "number",
        "series",
    ])

    /// Abbreviations with a period that introduce a numbered thing ("No. 10", "p. 5").
    private static let abbreviatedReferenceWords = PackedWordTable(words: [
        "no", "nos", "art", "arts", "vol", "sec", "ch", "chap", "fig", "p", "pp", "para", "pt", "op", "ex",
    ])
}
