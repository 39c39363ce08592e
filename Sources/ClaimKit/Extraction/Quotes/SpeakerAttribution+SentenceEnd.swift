/// A partial quotation whose sentence names its source only at the end, after a comma:
/// "Account holders would be notified if any “unusual activity” was detected, bank officials
/// said.", "Plans to shed jobs will prove a “false economy”, according to a TUC report.",
/// "…a “step in the wrong direction”, said Sir Andrew Green."
extension SpeakerAttribution {
    /// Words the closing clause may have between its comma and the sentence's full stop.
    static let maximumClosingClauseWords = 8

    /// The speaker of the clause that closes the sentence ending at `sentenceEnd`, when
    /// `quote` stands before that clause's comma.
    func closingClause(after quote: PairedQuote, sentenceEnd: Int) -> Attribution? {
        guard quote.isClosed, var last = text.previous(before: sentenceEnd, floor: quote.range.upperBound),
              last.isPunctuation(".") else { return nil }
        guard let word = text.previous(before: last.start, floor: quote.range.upperBound), word.isWord else { return nil }
        last = word
        // The comma that opens the closing clause, a few words back.
        var cursor: Token? = last
        var words = 0
        var comma: Token?
        while let t = cursor, words <= Self.maximumClosingClauseWords {
            if t.isPunctuation(",") { comma = t; break }
            guard t.isWord else { return nil }
            words += 1
            cursor = text.previous(before: t.start, floor: quote.range.upperBound)
        }
        guard let comma, let first = text.next(from: comma.end, limit: sentenceEnd) else { return nil }
        if text.isWord(first, "according") {
            guard let to = text.next(from: first.end, limit: sentenceEnd), text.isWord(to, "to") else { return nil }
            return speakerAfterAccording(first, to: to, limit: sentenceEnd)   // ", according to a TUC report."
        }
        // ", said Sir Andrew Green.", ", asks analyst Bill Thompson."; not ", told Bloomberg.",
        // which is spoken to.
        if CueVerbs.isCue(first, in: text), !CueVerbs.isParticiple(first, in: text),
           !text.isWord(first, "told"), !text.isWord(first, "tells"),
           let name = text.next(from: first.end, limit: sentenceEnd),
           let (phrase, _) = phrases.phrase(startingWith: name, limit: sentenceEnd) {
            return Attribution(speaker: phrase, cue: first.range)
        }
        // ", bank officials said.", ", he said.": the clause is the speaker and a cue, nothing else.
        guard CueVerbs.isCue(last, in: text), !CueVerbs.isParticiple(last, in: text),
              let speakerEnd = text.previous(before: last.start, floor: comma.end),
              let phrase = phrases.phrase(endingWith: speakerEnd, floor: comma.end), phrase.range.lowerBound == first.start else { return nil }
        return Attribution(speaker: phrase, cue: last.range)
    }
}
