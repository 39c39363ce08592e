/// Whether a capitalised name the text gives is a person's, by the one sign BBC style leaves
/// without a list of first names: a person is named in full once and by the surname alone after
/// ("Tom Hanks" … "Hanks said"), or with an honorific ("Mr Ancram"). "The Polar Express", "Wolf
/// Brother", "New Order" or "Japan" never show that pattern, so a description such as "the
/// 48-year-old actor" is not taken to stand for them.
struct PersonNameEvidence {
    let text: AttributionTokens

    /// How far either side of the name other mentions of its last word are looked for: a news
    /// article, while the search stays bounded on a text of many megabytes.
    private static let radius = 8_192

    /// Whether `name` opens with an honorific, or the text also writes it in the other form: a
    /// multi-word name without its first word ("Hanks", "El Guerrouj" for "Hicham El
    /// Guerrouj"), a one-word name after a given name ("Tom Hanks" for "Hanks"); or a
    /// multi-word name is followed by a cue verb somewhere ("Hayley Yelling said").
    func isPerson(_ name: SpeakerPhrases.Phrase) -> Bool {
        let range = name.range
        guard let first = text.next(from: range.lowerBound, limit: range.upperBound),
              let last = text.previous(before: range.upperBound, floor: range.lowerBound) else { return false }
        if isTitle(first) { return true }
        guard name.kind == .name, !isSentenceWord(first) else { return false }   // "The Spaniard"
        let surname = text.withoutPossessive(last)
        guard surname.count >= 2 else { return false }
        let isOneWord = first.start == last.start
        let bytes = text.bytes
        let window = max(0, range.lowerBound - Self.radius)..<min(bytes.count, range.upperBound + Self.radius)
        var from = window.lowerBound
        while let start = UTF8Bytes.nextWholeWord(first: bytes[surname.lowerBound], rest: surname.lowerBound + 1..<surname.upperBound,
                                                  in: bytes, from: from, to: window.upperBound) {
            from = start + 1
            if !isOneWord, reportsSpeech(after: start + surname.count, window: window) { return true }   // "Hayley Yelling said"
            guard start != surname.lowerBound else { continue }
            var wordStart = start
            var nameWord = text.previous(before: last.start, floor: range.lowerBound)
            // "El Guerrouj": the middle words of "Hicham El Guerrouj" may stand before the surname.
            while let expected = nameWord, expected.start != first.start, let before = wordBefore(wordStart, window: window),
                  text.sameBytes(before.range, expected.range) {
                wordStart = before.start
                nameWord = text.previous(before: expected.start, floor: range.lowerBound)
            }
            guard let before = wordBefore(wordStart, window: window), text.isCapitalised(before) else {
                if !isOneWord { return true }   // "Hanks" alone, for "Tom Hanks"
                continue
            }
            // "Tom Hanks" shows that a one-word name is a surname; "Mr Ancram" that any name is.
            if isTitle(before) || (isOneWord && !isSentenceWord(before)) { return true }
        }
        return false
    }

    /// Whether a cue verb follows `end`: a name that says things is a person's, or a body's
    /// that speaks like one.
    private func reportsSpeech(after end: Int, window: Range<Int>) -> Bool {
        guard var next = text.next(from: end, limit: window.upperBound) else { return false }
        if text.isWord(next, "has") || text.isWord(next, "had"), let verb = text.next(from: next.end, limit: window.upperBound) {
            next = verb   // "Michael Howard has said"
        }
        return text.isLowercase(next) && CueVerbs.isCue(next, in: text)
    }

    /// The word just before `start`, with one space between.
    private func wordBefore(_ start: Int, window: Range<Int>) -> Token? {
        guard let before = text.previous(before: start, floor: window.lowerBound), before.isWord,
              before.end == start - 1, text.bytes[before.end] == 0x20 else { return nil }
        return before
    }

    private func isTitle(_ token: Token) -> Bool {
        SpeakerWords.contains(SpeakerWords.personalTitles, token, in: text)
    }

    /// "The", "But": capitalised only because they open a sentence.
    private func isSentenceWord(_ token: Token) -> Bool {
        SpeakerWords.contains(SpeakerWords.determiners, token, in: text)
            || SpeakerWords.contains(SpeakerWords.connectors, token, in: text)
            || SpeakerWords.contains(SpeakerWords.conjunctions, token, in: text)
    }
}
