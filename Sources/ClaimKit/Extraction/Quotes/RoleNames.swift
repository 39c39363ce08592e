/// "said the Ealing North MP" → Stephen Pound: a speaker the text calls by a role ("the Ealing
/// North MP", "the prime minister") is the person an earlier sentence named with that role
/// written before the name ("Labour MP Stephen Pound", "Prime Minister Tony Blair"). BBC style
/// names a person in full with the role once and by the role or the surname after; a
/// fact-checker wants the name.
///
/// The nearest earlier "ROLE Name" with the same role word is taken, within
/// ``searchDistance`` bytes, so that the search stays bounded on any input. A role the text never
/// gives before a name ("a spokesman said") stays as written.
struct RoleNames {
    let text: AttributionTokens
    let phrases: SpeakerPhrases

    static let searchDistance = 8_192

    /// The name given earlier to the holder of the role `phrase` ends with, if any.
    func name(for phrase: SpeakerPhrases.Phrase) -> SpeakerPhrases.Phrase? {
        guard phrase.kind == .rolePhrase, phrase.isPerson,
              let head = text.previous(before: phrase.range.upperBound, floor: phrase.range.lowerBound),
              SpeakerWords.isRole(head, in: text) else { return nil }
        let floor = max(0, phrase.range.lowerBound - Self.searchDistance)
        var cursor = text.previous(before: phrase.range.lowerBound, floor: floor)
        while let t = cursor {
            if sameWord(t, head), !isLesserRank(before: t, in: phrase),
               let next = text.next(from: t.end, limit: phrase.range.lowerBound), text.isCapitalised(next),
               let (name, _) = phrases.phrase(startingWith: next, limit: phrase.range.lowerBound), name.kind == .name {
                return name
            }
            cursor = text.previous(before: t.start, floor: floor)
        }
        return nil
    }

    /// "Deputy Prime Minister John Prescott" is not "the prime minister": a rank word before the
    /// earlier role that the phrase itself does not have.
    private func isLesserRank(before role: Token, in phrase: SpeakerPhrases.Phrase) -> Bool {
        var cursor = text.previous(before: role.start, floor: max(0, role.start - 64))
        for _ in 0..<2 {
            guard let t = cursor, t.isWord else { return false }
            if SpeakerWords.contains(Self.rankWords, t, in: text) {
                return !phraseContains(t, phrase)
            }
            cursor = text.previous(before: t.start, floor: max(0, role.start - 64))
        }
        return false
    }

    private func phraseContains(_ word: Token, _ phrase: SpeakerPhrases.Phrase) -> Bool {
        var cursor = text.next(from: phrase.range.lowerBound, limit: phrase.range.upperBound)
        while let t = cursor {
            if sameWord(t, word) { return true }
            cursor = text.next(from: t.end, limit: phrase.range.upperBound)
        }
        return false
    }

    private static let rankWords = WordSet(["deputy", "vice", "former", "shadow", "junior", "assistant", "acting", "ex", "interim"])

    /// The same word in any case: "MP" and "MP", "President" and "president".
    private func sameWord(_ a: Token, _ b: Token) -> Bool {
        guard a.isWord, a.range.count == b.range.count else { return false }
        for k in 0..<a.range.count where text.bytes[a.start + k] | 0x20 != text.bytes[b.start + k] | 0x20 { return false }
        return true
    }
}
