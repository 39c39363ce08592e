/// What a number word contributes to the value it helps spell.
enum NumberWord: Sendable, Equatable {
    /// zero … nineteen.
    case unit(Int)
    /// twenty … ninety.
    case tens(Int)
    case hundred
    /// thousand, million, billion, trillion.
    case scale(Double)
    /// "dozen": twelve ("two dozen", "a dozen").
    case dozen
    /// "a", "an": one, but only before a scale or a fraction ("a million", "a third of").
    case article
    /// "half": 0.5 in "half of", "half the", "half a million", "cut by half".
    case half
    /// "twice": 2, a count of times ("double-faulted twice") or a factor ("twice the size").
    case twice
}

/// A fraction word after a numerator: "third" in "a third of", "quarters" in "three quarters".
struct FractionWord: Sendable, Equatable {
    let denominator: Double
    /// "thirds", "quarters": needs a numerator of two or more; "third", "quarter" need one.
    let isPlural: Bool
}

/// The English number words, as lookup tables.
///
/// Vague plurals ("dozens", "hundreds", "thousands", "millions") are left out on purpose: they
/// have no value to check, and "thousands of children" is better read by a person. Ordinals
/// ("first", "third round") are not cardinals; "third" and "quarter" count only as fractions,
/// after a numerator ("a third of", "two-thirds").
enum NumberWords {
    static let lexicon: PackedWordTable<NumberWord> = {
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                     "eighteen", "nineteen"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var entries: [(String, NumberWord)] = []
        for (n, word) in units.enumerated() { entries.append((word, .unit(n))) }
        for (k, word) in tens.enumerated() { entries.append((word, .tens(20 + 10 * k))) }
        entries += magnitudes
        entries += [("a", .article), ("an", .article), ("half", .half), ("twice", .twice)]
        return PackedWordTable(entries)
    }()

    /// The words a number can start with: the units, the tens, "a", "an", "half" and "twice".
    static let startWords: [String] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "a", "an", "half", "twice",
    ]

    /// The first letters and lengths of ``startWords``: the scanner passes over nearly every
    /// word ("the", "that", "people") on these alone.
    static let startWordFilter = WordStartFilter(startWords)

    /// The words that make "a" or "an" a number: a magnitude or a fraction ("a million", "a
    /// dozen", "a third of").
    static let articleFollowers: [String] = magnitudes.map(\.0) + fractionWords.map(\.0)

    /// The first letters and lengths of ``articleFollowers``: most words after "a" ("a lot", "a
    /// new") are passed over on these.
    static let articleFollowerFilter = WordStartFilter(articleFollowers)

    /// "hundred", the scales and "dozen": what multiplies a number.
    private static let magnitudes: [(String, NumberWord)] = [
        ("hundred", .hundred), ("thousand", .scale(1e3)), ("million", .scale(1e6)),
        ("billion", .scale(1e9)), ("trillion", .scale(1e12)), ("dozen", .dozen),
    ]

    private static let fractionWords: [(String, FractionWord)] = {
        let singular: [(String, Double)] = [
            ("half", 2), ("third", 3), ("quarter", 4), ("fourth", 4), ("fifth", 5), ("sixth", 6),
            ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10),
        ]
        let plural: [(String, Double)] = [
            ("halves", 2), ("thirds", 3), ("quarters", 4), ("fourths", 4), ("fifths", 5), ("sixths", 6),
            ("sevenths", 7), ("eighths", 8), ("ninths", 9), ("tenths", 10),
        ]
        return singular.map { ($0.0, FractionWord(denominator: $0.1, isPlural: false)) }
            + plural.map { ($0.0, FractionWord(denominator: $0.1, isPlural: true)) }
    }()

    static let fractions = PackedWordTable<FractionWord>(fractionWords)

    /// "one" in uses that count nothing: "one another", "one day", "at one point", "one thing".
    static let oneIdioms = PackedWordTable(words: [
        "another", "other", "day", "time", "point", "way", "hand", "thing", "side", "more", "such",
        "last", "reason", "example", "question", "problem", "moment", "stage", "piece",
        "kind", "sort", "form", "version", "word", "night", "morning", "evening", "afternoon",
        "single", "big", "particular", "certain", "major", "key", "final", "main", "new", "great",
    ])

    /// People a story quotes without a name, after "one" meaning "a certain": "one insider".
    static let unnamedSources = PackedWordTable(words: [
        "analyst", "insider", "source", "trader", "dealer", "banker", "investor", "expert", "official",
        "observer", "critic", "commentator", "backbencher", "executive", "economist", "resident",
        "witness", "diplomat", "aide", "campaigner", "onlooker", "fan", "delegate", "correspondent",
    ])

    /// Words before "one" that make it a count even where it could mean "a certain": "only one".
    static let countingAdverbs = PackedWordTable(words: ["only", "just", "exactly", "least", "than", "but"])

    /// Words before "one" that make it a pronoun: "no one", "the one", "this one", "every one".
    static let oneDeterminers = PackedWordTable(words: [
        "no", "the", "this", "that", "any", "some", "every", "each", "which", "another", "someone", "anyone",
        "everyone", "no-one", "last", "little", "big", "new", "other", "same", "right", "wrong",
        "better", "such", "what", "latest", "first",
    ])

    /// Words after "one-" that make an idiom, not a count: "one-off", "one-way", "one-sided",
    /// "one-nil", "one-to-one"; while "a one-disc version", "a one-day strike" count.
    static let oneCompoundIdioms = PackedWordTable(words: [
        "off", "way", "time", "stop", "on", "to", "of", "and", "two", "one", "nil", "all", "man",
        "woman", "sided", "size", "liner", "liners", "dimensional", "trick", "click", "shot", "hit",
        "horse", "armed", "eyed", "handed", "legged", "upmanship", "night", "track", "piece",
    ])

    /// Words before "half" that make it a part of a match or a period: "first half", "the half".
    static let halfPeriodWords = PackedWordTable(words: [
        "first", "second", "third", "fourth", "the", "a", "other", "opening", "closing", "latter",
        "former", "better", "top", "bottom", "each", "every", "this", "that", "one", "own",
    ])

    /// Words after "half" that make it a quantity: "half of", "half the", "half their".
    static let halfQuantityFollowers = PackedWordTable(words: [
        "of", "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "all", "them",
        "that", "those", "these", "this", "as",
    ])
}
