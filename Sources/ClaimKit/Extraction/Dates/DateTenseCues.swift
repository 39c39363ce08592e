/// Guesses which way a sentence looks in time from its words, without a parser.
///
/// A future cue ("will", "’ll", "next", "expected", "plans") wins over past cues, since a
/// sentence such as "he said talks will resume on Tuesday" is about Tuesday to come. Past cues
/// are auxiliaries and common irregular verbs ("was", "had", "took") and lower-case words in
/// "-ed" other than a few that are not verbs ("need", "speed", "indeed"). Only consulted when a
/// publication date is known and a date lacks its year or week.
enum DateTenseCues {
    static func tense(of sentence: DateMatcher) -> DateTense {
        sentence.tokens.noteLookBeforeStart()   // the tense is the whole sentence's
        var past = false
        for i in 0..<sentence.count where sentence.tokens[i].kind == .word {
            let traits = sentence.lexeme(i).traits
            if traits.contains(.futureCue) { return .future }
            if traits.contains(.pastCue) || (!past && isRegularPastForm(sentence.tokens[i], sentence.bytes)) { past = true }
        }
        return past ? .past : .unknown
    }

    /// Lower-case words of four letters or more ending in "ed", bar a few common non-verbs.
    private static func isRegularPastForm(_ token: DateToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = token.end - token.start
        guard length >= 4, !token.isCapitalized,
              bytes[token.end - 2] == UInt8(ascii: "e"), bytes[token.end - 1] == UInt8(ascii: "d") else { return false }
        guard let key = UTF8Bytes.packedLowercaseKey(bytes, from: token.start, to: token.end) else { return true }
        return !nonVerbs.contains(key)
    }

    private static let nonVerbs: Set<UInt64> = Set([
        "need", "speed", "seed", "indeed", "feed", "bleed", "breed", "greed", "deed", "weed",
        "proceed", "exceed", "succeed", "shed", "bred", "sled", "hundred", "red", "bed", "wed",
        "united", "limited", "based", "related", "detailed", "advanced", "skilled", "beloved", "naked",
        "wicked", "sacred", "ragged", "embed",
    ].filter { $0.utf8.count <= 8 }.map(UTF8Bytes.packedLowercaseKey))
}
