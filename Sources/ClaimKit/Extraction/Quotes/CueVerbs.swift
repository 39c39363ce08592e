/// The verbs that attribute a quotation to a speaker, and the small words around them.
enum CueVerbs {
    /// Reporting verbs in the forms news text uses them ("said", "says", "stating", "told"…),
    /// less the ``excludedSpellings``: one lookup tells a cue. Only lower-case occurrences count, so
    /// "the United States" is no cue.
    private static let verbs = WordSet(verbSpellings.filter { !excludedSpellings.contains($0) })
    private static let verbOpenings = OpeningLengths(verbSpellings)
    private static let verbSpellings: [String] = (
        ["say", "said", "says", "saying", "tell", "told", "tells", "telling"]
        + regular(["add", "mention", "state", "note", "argue", "claim", "insist", "warn", "explain", "ask",
                   "declare", "announce", "describe", "comment", "acknowledge", "concede", "confirm",
                   "continue", "recall", "observe", "remark", "respond", "answer", "suggest", "urge",
                   "stress", "emphasise", "emphasize", "predict", "pledge", "vow", "joke", "shout",
                   "exclaim", "whisper", "scream", "yell", "tweet", "post", "report", "reveal", "agree",
                   "complain", "counter", "maintain", "boast", "caution", "conclude", "demand", "quip",
                   "testify", "reply", "cry", "admit", "promise", "muse", "believe", "reckon"])
        + ["wrote", "written", "writes", "writing", "read", "reads", "replied", "replies", "cried", "cries",
           "testified", "testifies", "admitted", "admitting", "quipped", "quipping", "promised", "promises",
           "according", "think", "thinks", "thought", "pointed"])

    /// Participles that are also ordinary adjectives or nouns before a quotation
    /// ("a promising “new era”"): never cues, so left out of ``verbs`` (``verbOpenings`` may
    /// keep them, as it only rules words out).
    private static let excludedSpellings: Set<String> = ["promising", "continuing", "reading", "countering", "cautioning"]

    /// Whether `token` is a cue verb as written (lower case only). Every cue has three letters
    /// at least ("say", "ask"), so the many words of one or two ("a", "of", "he") are out
    /// before they are hashed, and so are four words in five of the others, whose first two
    /// letters and length no cue has (``OpeningLengths``).
    ///
    /// Inlined up to the table lookup, as it is asked of most words read near a quotation.
    @inline(__always)
    static func isCue(_ token: Token, in text: AttributionTokens) -> Bool {
        Matcher().isCue(token, in: text)
    }

    /// ``isCue(_:in:)`` with the opening table taken out of its global once, for a loop that
    /// tests every word of a sentence: each read of a lazily initialised global is a
    /// `swift_once` call, which cost as much as ruling the word out.
    struct Matcher {
        private let openings = CueVerbs.verbOpenings

        @inline(__always)
        func isCue(_ token: Token, in text: AttributionTokens) -> Bool {
            token.isWord && token.range.count >= 3 && text.isLowercase(token) && openings.mayHold(text.bytes, token.range)
                && CueVerbs.isCueSpelling(text.bytes, token.range)
        }
    }

    /// Whether `bytes[range]` spells a cue (any case).
    @inline(never)
    fileprivate static func isCueSpelling(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        verbs.contains(bytes, range)
    }

    /// "Said Mr Fogg: “…”", "Observes Mr Hadi: “…”": a cue verb opening its sentence, which
    /// ``isCue(_:in:)`` does not take (a capitalised word is mostly part of a name).
    static func isSentenceOpeningCue(_ token: Token, in text: AttributionTokens) -> Bool {
        token.isWord && text.isCapitalised(token) && verbs.contains(text.bytes, token.range)
    }

    /// "told Reuters", "asked the minister": after these a name is the one spoken to, unless
    /// a quotation stands right before ("“Why?” asked Smith").
    static func takesAddressee(_ token: Token, in text: AttributionTokens) -> Bool {
        addresseeVerbs.contains(text.bytes, token.range)
    }

    private static let addresseeVerbs = WordSet(["told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "urged", "urges", "warned", "warns"])

    /// "called it “…”", "branded Mr Howard “arrogant”", "accused the chancellor of using “…”":
    /// verbs that characterise someone or something in the subject's words. They report a partial
    /// quotation only with their object between them and it ("a firm called “Blue Sky”" is a name).
    ///
    /// Inlined up to the hash, as ``isCue(_:in:)`` is: it is asked of every word read back from
    /// a partial quotation.
    @inline(__always)
    static func isEvaluative(_ token: Token, in text: AttributionTokens) -> Bool {
        guard token.isWord, token.range.count >= 4 else { return false }
        let last = text.bytes[token.end - 1]   // every form ends in -d, -s or -g: most words are out before hashing
        return (last == UInt8(ascii: "d") || last == UInt8(ascii: "s") || last == UInt8(ascii: "g"))
            && text.isLowercase(token) && isEvaluativeSpelling(text.bytes, token.range)
    }

    @inline(never)
    private static func isEvaluativeSpelling(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        evaluative.contains(bytes, range)
    }

    /// Forms that are seldom nouns: not "call", "brand", "label" or "praise" ("a call centre",
    /// "the Durex brand", "record labels", "received praise"); "calls" only after a name or a
    /// pronoun (``SpeakerAttribution/reportingClause(of:floor:)``), not in "phone calls".
    private static let evaluative = WordSet([
        "called", "calling", "calls", "branded", "dubbed", "dubs", "hailed", "hails", "hailing",
        "accused", "accuses", "accusing", "labelled", "labeled", "dismissed", "dismisses", "condemned",
        "condemns", "praised", "praises", "praising", "criticised", "criticises", "criticized",
        "criticizes", "slammed", "slams", "attacked", "attacks",
    ])

    /// "stating", "adding": a participle whose subject is the clause before the comma.
    static func isParticiple(_ token: Token, in text: AttributionTokens) -> Bool {
        text.endsWith(token, "ing")
    }

    /// "according" of "according to SPEAKER", whose speaker follows the cue.
    static func isAccording(_ token: Token, in text: AttributionTokens) -> Bool {
        according.contains(text.bytes, token.range)
    }

    private static let according = WordSet(["according", "think", "thinks", "thought"])

    /// Auxiliaries that make the subject the one spoken to: "he was told", "she was asked".
    static let passiveAuxiliaries = WordSet(["was", "were", "been", "being", "is", "are", "be", "get", "got"])

    /// Words that may stand between a speaker and the cue: "he later said", "Peskov has also said",
    /// "she told reporters" is handled by the gap rule, not here.
    static let interposedWords = WordSet([
        "also", "later", "then", "previously", "recently", "again", "once", "has", "have", "had", "would",
        "will", "shall", "could", "may", "might", "can", "did", "does", "do", "just", "only", "already",
        "still", "often", "always", "never", "even", "both", "all", "himself", "herself", "themselves",
        "itself", "first", "last", "further", "earlier", "today", "yesterday", "simply", "too", "not",
        "subsequently", "separately", "famously",
    ])

    /// Whether `token` may stand between a speaker and the cue: the words above and "-ly" adverbs.
    static func isInterposed(_ token: Token, in text: AttributionTokens) -> Bool {
        guard token.isWord, text.isLowercase(token) else { return false }
        if interposedWords.contains(text.bytes, token.range) { return true }
        return text.endsWith(token, "ly") && token.range.count > 4 && !nounsEndingInLy.contains(text.bytes, token.range)
    }

    /// "the assembly government", "his family": -ly words that are no adverbs.
    private static let nounsEndingInLy = WordSet([
        "assembly", "family", "ally", "rally", "supply", "monopoly", "reply", "anomaly", "butterfly", "belly",
        "jelly", "bully", "folly", "homily", "lily", "gully", "tally", "assemblyman", "italy", "july",
        "daily", "weekly", "monthly", "quarterly", "elderly", "friendly", "early",
    ])

    /// The -s, -ed and -ing forms of regular verbs (irregular ones are listed as written).
    private static func regular(_ stems: [String]) -> [String] {
        stems.flatMap { stem -> [String] in
            if stem.hasSuffix("e") {
                let base = String(stem.dropLast())
                return [stem, stem + "s", stem + "d", base + "ing"]
            }
            if stem.hasSuffix("y") && !stem.hasSuffix("ay") && !stem.hasSuffix("ey") {
                let base = String(stem.dropLast())
                return [stem, base + "ies", base + "ied", stem + "ing"]
            }
            if stem.hasSuffix("sh") || stem.hasSuffix("ss") {
                return [stem, stem + "es", stem + "ed", stem + "ing"]
            }
            return [stem, stem + "s", stem + "ed", stem + "ing"]
        }
    }
}
