/// What a number counts, where the text makes it plain: "800,000 personnel", "over 1,400 drone
/// strikes", "1,100 guided aerial bomb strikes", "at least 125 times".
///
/// Without a parser, the rule is deliberately narrow. The phrase starts right after the number
/// (its unit and currency already read), holds at most four words, and ends at the first
/// plural noun (English noun phrases end on their head: "drone strikes", "stolen Ukrainian
/// children") or before a word that cannot be part of it: a preposition, conjunction,
/// determiner, pronoun, auxiliary or common verb, an adverb in "-ly", a verb form in "-ed" or
/// "-ing" after the first word, or punctuation. Capitalised words may qualify the noun
/// ("12,600 Ukrainian civilians") but cannot end it, so "$25.6M AI Project" has no noun. When in
/// doubt there is no noun.
enum CountedNoun {
    static let maximumWords = 4

    /// The bytes of the counted noun after `end`, if it is plain.
    ///
    /// - Parameter classes: ``wordClasses``, which the scanner reads from its lazy global once
    ///   per document rather than for every number.
    static func noun(after end: Int, in text: SentenceBytes, classes: PackedWordTable<WordClass>) -> Range<Int>? {
        var i = end
        var count = 0
        var phraseStart = -1
        var headEnd = -1
        var foundPluralHead = false
        while count < maximumWords, let (word, firstSegmentEnd, firstSegmentKey) = nextWord(after: i, in: text) {
            let isCapitalized = UTF8Bytes.isASCIIUpper(text[word.start])
            // A capitalised word is judged on its first part ("Anti-war" is not "anti"), a
            // lower-case one as a whole ("one-way", "back-tax" are not stop words).
            let classEnd = isCapitalized ? firstSegmentEnd : word.end
            let wordClass = (classEnd == firstSegmentEnd
                ? classes.value(forKey: firstSegmentKey, text.bytes, from: word.start, to: classEnd)
                : classes.value(text.bytes, from: word.start, to: classEnd)) ?? []
            let isPluralHead: Bool
            if isCapitalized {
                // "Ukrainian", "US": a qualifier, never the last word; "The", "In": the phrase is over.
                let isAcronym = word.length >= 2 && text.isUppercase(word)
                guard isAcronym || !wordClass.contains(.stop) else { break }
                isPluralHead = false
            } else {
                guard text.isLowercase(LetterRun(start: word.start, end: firstSegmentEnd)), !wordClass.contains(.stop) else { break }
                let last = text[word.end - 1], beforeLast = text[word.end - 2 < word.start ? word.start : word.end - 2]
                if last == UInt8(ascii: "y") && beforeLast == UInt8(ascii: "l") && word.length > 4 && !wordClass.contains(.lyNoun) { break }
                let isVerbForm = word.length > 3 && (last == UInt8(ascii: "d") && beforeLast == UInt8(ascii: "e")
                    || last == UInt8(ascii: "g") && beforeLast == UInt8(ascii: "n") && text[word.end - 3] == UInt8(ascii: "i"))
                if isVerbForm && count > 0 { break }
                if !isVerbForm { headEnd = word.end }
                isPluralHead = !isVerbForm && (wordClass.contains(.irregularPlural) || hasPluralEnding(word, in: text))
            }
            if phraseStart < 0 { phraseStart = word.start }
            count += 1
            i = word.end
            if isPluralHead {
                foundPluralHead = true
                break
            }
        }
        // Without a plural to end on, three words or more are more likely a clause than a noun
        // ("800m gold medal victory beat…").
        guard phraseStart >= 0, headEnd > phraseStart, foundPluralHead || count <= 2 else { return nil }
        return phraseStart..<headEnd
    }

    /// The next word after blanks, with hyphenated parts ("long-range"), and the end and
    /// lookup key (``PackedWordKey``) of its first part, read together; `nil` at punctuation, at
    /// a possessive ("children’s") or at letters outside ASCII.
    @inline(__always)
    private static func nextWord(after i: Int, in text: SentenceBytes) -> (LetterRun, firstSegmentEnd: Int, firstSegmentKey: UInt64)? {
        let start = text.skipBlanks(from: i)
        guard start > i, text.isLetter(start) else { return nil }
        let (firstSegmentEnd, firstSegmentKey) = PackedWordKey.scanWord(text.bytes, at: start, limit: text.end)
        var e = firstSegmentEnd
        while text.isByte(e, "-") && text.isLetter(e + 1) { e = text.lettersEnd(from: e + 1) }
        if text.isByte(e, "'") || UTF8Bytes.matches(text.bytes, at: e, end: text.end, 0xE2, 0x80, 0x99) { return nil }
        guard !text.isAlphanumeric(at: e) else { return nil }
        return (LetterRun(start: start, end: e), firstSegmentEnd, firstSegmentKey)
    }

    /// Whether the phrase opens with a form in "-ed" or "-ing", which may be a verb ("Andre 3000
    /// thanked fans") as well as an adjective ("1,100 guided aerial bomb strikes").
    static func startsWithVerbForm(_ noun: Range<Int>, in text: SentenceBytes) -> Bool {
        let end = text.lettersEnd(from: noun.lowerBound)
        guard end - noun.lowerBound > 3 else { return false }
        return text[end - 1] == UInt8(ascii: "d") && text[end - 2] == UInt8(ascii: "e")
            || text[end - 1] == UInt8(ascii: "g") && text[end - 2] == UInt8(ascii: "n") && text[end - 3] == UInt8(ascii: "i")
    }

    /// Whether the phrase ends on a plural ("protesters", "years", "people"), as a count of more
    /// than one does; "PlayStation 2 console", "Boeing 747 jumbo" end on a singular.
    static func endsInPlural(_ noun: Range<Int>, in text: SentenceBytes) -> Bool {
        var start = noun.upperBound
        while start > noun.lowerBound, text.isLetter(start - 1) { start -= 1 }
        let head = LetterRun(start: start, end: noun.upperBound)
        guard head.length > 0 else { return false }
        let isIrregular = wordClasses.value(text.bytes, from: head.start, to: head.end)?.contains(.irregularPlural) ?? false
        return isIrregular || hasPluralEnding(head, in: text)
    }

    /// "-s" but not "-ss", "-us", "-is" ("strikes", not "glass", "bus", "crisis").
    private static func hasPluralEnding(_ word: LetterRun, in text: SentenceBytes) -> Bool {
        guard word.length >= 3, text[word.end - 1] | 0x20 == UInt8(ascii: "s") else { return false }
        let before = text[word.end - 2] | 0x20
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
    }

    /// What the word lists below say about a word, in one lookup.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt8
        static let stop = WordClass(rawValue: 1)
        static let lyNoun = WordClass(rawValue: 2)
        static let irregularPlural = WordClass(rawValue: 4)
    }

    static let wordClasses: PackedWordTable<WordClass> = {
        var classes: [String: WordClass] = [:]
        for word in stopWords { classes[word, default: []].insert(.stop) }
        for word in lyNouns { classes[word, default: []].insert(.lyNoun) }
        for word in irregularPlurals { classes[word, default: []].insert(.irregularPlural) }
        return PackedWordTable(classes.map { ($0.key, $0.value) })
    }()

    private static let irregularPlurals = [
        "people", "children", "men", "women", "personnel", "staff", "police", "cattle", "sheep",
        "fish", "feet", "teeth", "mice", "geese", "aircraft", "deer", "data", "media", "livestock",
        "crew", "youth", "clergy", "infantry", "offspring", "spacecraft", "bacteria", "criteria",
    ]

    /// Nouns in "-ly" that are not adverbs.
    private static let lyNouns = [
        "family", "supply", "ally", "rally", "assembly", "anomaly", "monopoly", "reply", "belly",
        "bully", "fly", "butterfly", "jelly", "lily", "melody", "folly", "tally", "holy", "italy",
    ]

    /// Words that end (or cannot start) a counted noun.
    static let stopWords = [
        // prepositions
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "about", "over", "under", "into",
        "onto", "per", "than", "as", "after", "before", "since", "during", "against", "between",
        "among", "across", "through", "within", "without", "around", "near", "off", "out", "up",
        "down", "like", "via", "until", "till", "toward", "towards", "upon", "above", "below",
        "behind", "beyond", "despite", "amid", "along", "inside", "outside", "including", "ago",
        // conjunctions and relatives
        "and", "or", "but", "nor", "so", "yet", "while", "whereas", "because", "if", "when",
        "that", "which", "who", "whom", "whose", "where", "whether", "though", "although", "unless",
        // determiners and pronouns
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my",
        "your", "it", "they", "he", "she", "we", "i", "you", "them", "us", "him", "me", "each",
        "all", "more", "less", "fewer", "most", "some", "any", "other", "others", "such", "both",
        "either", "neither", "own", "same", "another", "every", "no", "not", "what", "there",
        "here", "then", "now", "also", "just", "only", "even", "still", "already", "again",
        "later", "earlier", "apiece", "ahead", "back", "away", "too", "very", "further", "less",
        // auxiliaries and common verbs
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
        "does", "did", "will", "would", "could", "should", "can", "may", "might", "must", "shall",
        "said", "says", "say", "made", "make", "makes", "took", "take", "takes", "came", "come",
        "comes", "went", "go", "goes", "got", "get", "gets", "won", "win", "wins", "lost", "lose",
        "left", "leave", "saw", "see", "rose", "rise", "rises", "fell", "fall", "falls", "hit",
        "cut", "put", "set", "became", "become", "remain", "remains", "gave", "give", "gives",
        "told", "tell", "know", "knew", "think", "thought", "felt", "seen", "done", "given",
        "taken", "known", "shown", "grown", "held", "kept", "paid", "sold", "bought", "spent",
        "brought", "found", "met", "led", "ran", "run", "began", "begun", "need", "needs", "want",
        "wants", "include", "includes", "contain", "contains", "seem", "seems", "appear", "appears",
        "represent", "represents", "involve", "involves", "require", "requires", "suggest", "suggests",
        "according", "compared", "percent", "cent", "due", "clear",
        // comparatives: "9% smaller than", "£630 worse off"
        "higher", "lower", "bigger", "smaller", "larger", "greater", "worse", "better", "cheaper",
        "faster", "slower", "longer", "shorter", "stronger", "weaker", "richer", "poorer",
        // dimensions after a measure: "10km long", "5m high", "20 years old"
        "long", "wide", "high", "tall", "deep", "thick", "old", "away", "apart", "late", "early",
        // number words: "one two", "5 million" are read elsewhere
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
        "thousand", "million", "billion", "trillion", "half", "dozen",
    ]

    /// ``stopWords`` as a table, for the other rules that ask whether a word is a function word.
    static let stopWordTable = PackedWordTable(words: stopWords)
}
