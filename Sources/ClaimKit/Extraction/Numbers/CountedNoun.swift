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
    static func noun(after end: Int, in text: SentenceBytes) -> Range<Int>? {
        var i = end
        var count = 0
        var phraseStart = -1
        var headEnd = -1
        while count < maximumWords, let word = nextWord(after: i, in: text) {
            if text.isCapitalized(word) {
                // "Ukrainian", "US": a qualifier, never the last word; "The", "In": the phrase is over.
                let isAcronym = word.length >= 2 && text.isUppercase(word)
                guard isAcronym || !stopWords.contains(text.bytes, from: word.start, to: word.start + firstSegmentLength(word, in: text)) else { break }
            } else {
                guard text.isLowercase(LetterRun(start: word.start, end: word.start + firstSegmentLength(word, in: text))),
                      !stopWords.contains(text.bytes, from: word.start, to: word.end) else { break }
                if text.word(word, endsWith: "ly") && word.length > 4 && !lyNouns.contains(text.bytes, from: word.start, to: word.end) { break }
                let isVerbForm = text.word(word, endsWith: "ed") || text.word(word, endsWith: "ing")
                if isVerbForm && count > 0 { break }
                if !isVerbForm { headEnd = word.end }
            }
            if phraseStart < 0 { phraseStart = word.start }
            count += 1
            i = word.end
            if headEnd == word.end && isPlural(word, in: text) { break }
        }
        guard phraseStart >= 0, headEnd > phraseStart else { return nil }
        return phraseStart..<headEnd
    }

    /// The next word after blanks, with hyphenated parts ("long-range"); `nil` at punctuation,
    /// at a possessive ("children’s") or at letters outside ASCII.
    private static func nextWord(after i: Int, in text: SentenceBytes) -> LetterRun? {
        let start = text.skipBlanks(from: i)
        guard start > i, text.isLetter(start) else { return nil }
        var e = text.lettersEnd(from: start)
        while text.isByte(e, "-") && text.isLetter(e + 1) { e = text.lettersEnd(from: e + 1) }
        if text.isByte(e, "'") || UTF8Bytes.matches(text.bytes, at: e, end: text.end, 0xE2, 0x80, 0x99) { return nil }
        guard !text.isAlphanumeric(at: e) else { return nil }
        return LetterRun(start: start, end: e)
    }

    /// The length of the part before any hyphen, for stop-word checks.
    private static func firstSegmentLength(_ word: LetterRun, in text: SentenceBytes) -> Int {
        text.lettersEnd(from: word.start) - word.start
    }

    /// Whether the noun found by ``noun(after:in:)`` ends on a plural ("2000 people").
    static func endsInPlural(_ noun: Range<Int>, in text: SentenceBytes) -> Bool {
        var start = noun.upperBound
        while start > noun.lowerBound && UTF8Bytes.isASCIILetter(text[start - 1]) { start -= 1 }
        return isPlural(LetterRun(start: start, end: noun.upperBound), in: text)
    }

    private static func isPlural(_ word: LetterRun, in text: SentenceBytes) -> Bool {
        if irregularPlurals.contains(text.bytes, from: word.start, to: word.end) { return true }
        guard word.length >= 3, text[word.end - 1] | 0x20 == UInt8(ascii: "s") else { return false }
        let before = text[word.end - 2] | 0x20
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
    }

    static let irregularPlurals = PackedWordTable(words: [
        "people", "children", "men", "women", "personnel", "staff", "police", "cattle", "sheep",
        "fish", "feet", "teeth", "mice", "geese", "aircraft", "deer", "data", "media", "livestock",
        "crew", "youth", "clergy", "infantry", "offspring", "spacecraft", "bacteria", "criteria",
    ])

    /// Nouns in "-ly" that are not adverbs.
    static let lyNouns = PackedWordTable(words: [
        "family", "supply", "ally", "rally", "assembly", "anomaly", "monopoly", "reply", "belly",
        "bully", "fly", "butterfly", "jelly", "lily", "melody", "folly", "tally", "holy", "italy",
    ])

    /// Words that end (or cannot start) a counted noun.
    static let stopWords = PackedWordTable(words: [
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
        "wants", "according", "compared", "percent", "cent",
        // number words: "one two", "5 million" are read elsewhere
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred",
        "thousand", "million", "billion", "trillion", "half", "dozen",
    ])
}
