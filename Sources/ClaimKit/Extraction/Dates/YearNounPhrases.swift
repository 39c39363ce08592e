/// Years that are the subject or object of a clause: "has made 2004 the most expensive year",
/// "called 2004 an outstanding success", "said 2005 is the year", "2004 reinforces the trend".
///
/// ``DateMatcher/matchYear(at:)`` otherwise needs a word before the number that makes it a year
/// ("in", "since", "the") or a noun after it that years modify ("2003 results"). A year used as
/// a noun has neither, but what follows it gives it away: a count is followed by what it counts
/// ("2000 people"), while a year is followed by the complement of a verb like "make" or "call"
/// ("2004 the most expensive year"), or by its own verb ("2005 is", "2004 reinforces the").
/// Only 1900–2099 are taken this way, the years news writes about; a count of that size is
/// almost always written with a separator ("2,000") or followed by its noun.
extension DateMatcher {
    /// Whether the year candidate `i` is a noun phrase of its own, by what follows it.
    func isYearNounPhrase(_ i: Int) -> Bool {
        let year = tokens[i].number
        guard year >= 1900, year <= 2099, let next = token(i + 1), next.kind == .word, !next.gluedToPrevious else { return false }
        // "Fifa 2005 is back", "Windows 2000 has": after a capitalised word the number is part of
        // a name, unless that word only opens the sentence ("Clearly 2004 was", "But 2005 is").
        if isCapitalizedWord(i - 1), !(isClauseInitial(i - 1) && isSentenceOpener(i - 1)) { return false }
        if isWord(i + 1, "the") { return true }   // "made 2004 the most expensive year"
        if category(i + 1) == .article {
            // "called 2004 an outstanding success"; not a rate ("earns 2000 a year", "2000 a head").
            if category(i + 2) == .unit || category(i + 2) == .unitPlural { return false }
            return !(isWord(i + 2, "head") || isWord(i + 2, "share") || isWord(i + 2, "piece")
                     || isWord(i + 2, "person") || isWord(i + 2, "time"))
        }
        // "said 2005 is the year", "2004 was a record": a count takes a plural verb.
        if isWord(i + 1, "is") || isWord(i + 1, "was") || isWord(i + 1, "has") { return true }
        return isVerbBeforeObject(i + 1)
    }

    /// Whether word `j` is an adverb or conjunction that may open a sentence before a year:
    /// "Clearly", "But", "Well", "If".
    private func isSentenceOpener(_ j: Int) -> Bool {
        guard let t = token(j), t.end - t.start >= 2 else { return false }
        if t.end - t.start > 4, bytes[t.end - 2] == UInt8(ascii: "l"), bytes[t.end - 1] == UInt8(ascii: "y") { return true }
        return has(j, .connective) || isWord(j, "but") || isWord(j, "well") || isWord(j, "so") || isWord(j, "yet")
            || isWord(j, "if") || isWord(j, "now") || isWord(j, "still") || isWord(j, "indeed") || isWord(j, "perhaps")
            || isWord(j, "maybe") || isWord(j, "whether") || isWord(j, "because")
    }

    /// Whether word `j`, which looks like a plural noun, is rather a verb in "-s" with its object
    /// after it: "2004 reinforces the trend", "2005 offers the chance". A counted noun is not
    /// followed by "the" or a possessive ("2000 workers the…" does not occur).
    func isVerbBeforeObject(_ j: Int) -> Bool {
        guard isPluralNoun(j), !has(j, .countedNoun) else { return false }
        return isWord(j + 1, "the") || has(j + 1, .possessive)
    }
}
