/// The word lists that tell an abbreviation's period from a sentence's.
///
/// Kept as packed 8-byte keys (``UTF8Bytes/packedLowercaseKey(_:from:to:)``) so the segmenter
/// looks a word up without building a `String`.
enum Abbreviations {
    /// How a known abbreviation behaves before the next word.
    enum Kind {
        /// Titles and the like that stand before a name or number ("Mr. Smith", "St. Michael's",
        /// "p. 55", "No. 10"): never followed by a sentence break.
        case prepositive
        /// Abbreviations that may end a sentence ("Co.", "etc.", "Jan.", "U.S."): a break only
        /// when the next word is one that usually starts a sentence.
        case ordinary
    }

    /// Titles and references that precede what they qualify.
    private static let prepositiveWords = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "reps", "gov", "gen", "col", "lt", "sgt",
        "capt", "cmdr", "cdr", "adm", "maj", "brig", "cpl", "pvt", "rev", "hon", "pres", "supt",
        "insp", "det", "messrs", "mme", "mlle", "fr", "st", "mt", "ft", "pt", "atty", "amb",
        "p", "pp", "vol", "vols", "fig", "figs", "ch", "chap", "sec", "no", "nos", "nr", "n°", "op",
    ]

    /// Abbreviations that can also close a sentence.
    private static let ordinaryWords = [
        "co", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "phd", "dept", "est",
        "etc", "vs", "v", "approx", "appt", "apt", "ave", "blvd", "rd", "hwy", "mtn",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "art", "para", "ed", "eds", "al", "cf", "ca", "incl", "excl", "min", "max", "misc",
        "govt", "assn", "univ", "intl", "natl", "mgr", "dir", "av", "dist", "div", "mfg", "ref",
        "tel", "ext", "yr", "yrs", "mo", "mos", "wk", "wks", "hr", "hrs", "oz", "lb", "lbs",
        "km", "cm", "mm", "kg", "mi", "sq", "abt", "acct", "admin", "assoc", "asst",
        "ibid", "viz", "ie", "eg",
    ]

    /// Words that are also ordinary English and count as abbreviations only when capitalised
    /// ("Sun." the day but "sun." the star; "No. 10" but "said no.").
    private static let capitalizedOnlyWords = PackedKeyTable(words:
        ["no", "nos", "art", "sat", "sun", "mar", "wed", "max", "min", "apt", "mo", "ed", "al",
         "op", "div", "dir", "pt", "fig", "sec", "est", "ref", "tel"])

    /// Prepositive words come last, so a word on both lists is prepositive.
    private static let table: PackedKeyTable<Kind> = {
        precondition((ordinaryWords + prepositiveWords).allSatisfy { $0.utf8.count <= longestWord })
        return PackedKeyTable<Kind>(
            ordinaryWords.map { (UTF8Bytes.packedLowercaseKey($0), .ordinary) }
                + prepositiveWords.map { (UTF8Bytes.packedLowercaseKey($0), .prepositive) },
            filler: .ordinary)
    }()

    /// The bytes of the longest word of the lists ("messrs", "approx"): most words before a
    /// period are longer, and are passed over without being keyed and looked up.
    private static var longestWord: Int { 6 }

    /// The kind of the word in `bytes[start..<end]` (the letters before a period), if it is a
    /// known abbreviation in the case it is written in.
    static func kind(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Kind? {
        guard end - start <= longestWord, let key = UTF8Bytes.packedLowercaseKey(bytes, from: start, to: end),
              let kind = table.value(forKey: key) else { return nil }
        if capitalizedOnlyWords.contains(key) && !UTF8Bytes.isASCIIUpper(bytes[start]) { return nil }
        return kind
    }

    /// Words that usually open a sentence: after an abbreviation that may end one ("Co.",
    /// "U.S.", an initial), a break is made only before one of these ("I live in the U.S. How
    /// about you?" but "the U.S. Government").
    private static let sentenceStarters = PackedKeyTable(words: [
        "a", "an", "the", "this", "that", "these", "those", "there", "then", "they", "their",
        "he", "she", "it", "its", "i", "we", "you", "his", "her", "our", "my", "your",
        "but", "and", "so", "yet", "or", "if", "in", "on", "at", "as", "by", "for", "from", "to",
        "with", "after", "before", "when", "while", "where", "what", "why", "how", "who", "which",
        "although", "though", "however", "thus", "still", "also", "even", "just", "not", "yes",
        "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "some", "many",
        "most", "all", "both", "each", "one", "now", "here", "since", "because", "despite",
        "during", "under", "being", "let", "please", "such", "another", "other", "only", "more",
        "instead", "indeed", "later", "today", "finally", "first", "second", "meantime", "until",
        "unlike", "like", "over", "about", "around", "among", "against", "without",
    ])

    /// Whether the word in `bytes[start..<end]` usually opens a sentence.
    static func isSentenceStarter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard let key = UTF8Bytes.packedLowercaseKey(bytes, from: start, to: end) else { return false }
        return sentenceStarters.contains(key)
    }
}
