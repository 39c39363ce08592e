/// Replaces a pronoun speaker ("“…,” he said") with the person it stands for, where the text
/// makes that plain.
///
/// The antecedent is, in order: the subject of the quotation's own sentence when it comes
/// before the pronoun ("Trump had previously suggested…, but he later receded…, stating, “…”"
/// → Trump); then, going back up to ``maximumSentencesBack`` sentences, the speaker of an
/// earlier quotation in that sentence, or else that sentence's subject ("Umaga … backed New
/// Zealand. He told BBC Sport: “…”" → Umaga); then the latest speaker within
/// ``maximumDistance`` bytes. No gender or number agreement is checked. When nothing is found
/// the pronoun itself is the speaker.
struct PronounResolution {
    /// A speaker already found for an earlier outermost quotation.
    struct KnownSpeaker {
        let quoteStart: Int
        let speaker: SpeakerPhrases.Phrase
    }

    static let maximumSentencesBack = 3
    static let maximumDistance = 1_500

    let subjects: ClauseSubjects
    let sentences: [ByteRange]

    func antecedent(ofPronounAt pronoun: ByteRange, known: [KnownSpeaker]) -> SpeakerPhrases.Phrase? {
        let position = pronoun.lowerBound
        let horizon = max(0, position - Self.maximumDistance)
        guard let k = sentenceIndex(containing: position) else {
            return latestKnown(in: horizon..<position, known)
        }
        let current = sentences[k]
        if let subject = subjects.sentenceSubject(from: current.lowerBound, limit: position),
           subject.kind != .pronoun, subject.range.upperBound <= position {
            return subject
        }
        if let speaker = latestKnown(in: current.lowerBound..<position, known) { return speaker }
        var j = k - 1
        while j >= 0, j >= k - Self.maximumSentencesBack, sentences[j].lowerBound >= horizon {
            if let speaker = latestKnown(in: sentences[j], known) { return speaker }
            if let subject = subjects.sentenceSubject(from: sentences[j].lowerBound, limit: sentences[j].upperBound),
               subject.kind != .pronoun {
                return subject
            }
            j -= 1
        }
        return latestKnown(in: horizon..<position, known)
    }

    /// The latest known speaker whose quotation starts in `range`.
    private func latestKnown(in range: ByteRange, _ known: [KnownSpeaker]) -> SpeakerPhrases.Phrase? {
        var i = known.count - 1
        while i >= 0, known[i].quoteStart >= range.lowerBound {
            if known[i].quoteStart < range.upperBound { return known[i].speaker }
            i -= 1
        }
        return nil
    }

    /// The index of the last sentence starting at or before `position`, if `position` is inside it.
    func sentenceIndex(containing position: Int) -> Int? {
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].lowerBound <= position { low = mid + 1 } else { high = mid }
        }
        guard low > 0, position < sentences[low - 1].upperBound else { return nil }
        return low - 1
    }
}
