/// Replaces a pronoun speaker ("“…,” he said") with the person it stands for, where the text
/// makes that plain.
///
/// The antecedent is, in order: the subject of the quotation's own sentence when it comes
/// before the pronoun ("Trump had previously suggested…, but he later receded…, stating, “…”"
/// → Trump); then, going back up to ``maximumSentencesBack`` sentences, the speaker of an
/// earlier quotation in that sentence, or else that sentence's subject ("Umaga … backed New
/// Zealand. He told BBC Sport: “…”" → Umaga), or else the name it reports a statement of
/// ("…, said Mr Thiemann, because…"); then the latest speaker within ``maximumDistance`` bytes;
/// then, for "he" and "she", the first person one of those sentences names with a title ("…when Mr
/// Senanayake started to wonder…"), or else the person the article is about (``PersonSalience``).
/// A candidate must fit the pronoun: a person for "he" and "she",
/// and of the gender the article gives them where it gives one (``SpeakerGender``). When
/// nothing is found the pronoun itself is the speaker.
struct PronounResolution {
    /// A speaker already found for an earlier outermost quotation.
    struct KnownSpeaker {
        let quoteStart: Int
        let speaker: SpeakerPhrases.Phrase
    }

    static let maximumSentencesBack = 3
    static let maximumDistance = 1_500

    /// Pronouns that stand for one person: the subject of a sentence before a quotation with no cue.
    private static let personalPronouns = WordSet(["he", "she"])

    let subjects: ClauseSubjects
    let sentences: [ByteRange]

    /// What the pronoun at `pronoun` stands for; `needsPerson` for "he" and "she", which
    /// cannot stand for "the company".
    ///
    /// - Parameters:
    ///   - quoteStart: where the quotation the pronoun attributes starts. For "“…,” he said" the
    ///     search starts there, so that the sentences of a long quotation are not counted as
    ///     sentences back.
    ///   - fits: whether the pronoun may stand for a candidate (gender agreement).
    ///
    /// With `prefersReported`, a sentence before that reports someone's words gives that
    /// speaker rather than its subject: "Tony Blair has … failed, Michael Howard has said. “…”,
    /// the Conservative leader said" → Michael Howard.
    func antecedent(ofPronounAt pronoun: ByteRange, quoteStart: Int? = nil, needsPerson: Bool, prefersReported: Bool = false,
                    known: [KnownSpeaker], fits: (SpeakerPhrases.Phrase) -> Bool = { _ in true }) -> SpeakerPhrases.Phrase? {
        func accepts(_ phrase: SpeakerPhrases.Phrase) -> Bool {
            (!needsPerson || (phrase.isPerson && !phrase.isPlural)) && fits(phrase)
        }
        let position = min(pronoun.lowerBound, quoteStart ?? pronoun.lowerBound)
        let horizon = max(0, position - Self.maximumDistance)
        guard let k = sentenceIndex(containing: position) else {
            return latestKnown(in: horizon..<position, accepts, known)
        }
        let current = sentences[k]
        if let subject = subjects.sentenceSubject(from: current.lowerBound, limit: position),
           subject.kind != .pronoun, accepts(subject) {
            return subject
        }
        if let speaker = latestKnown(in: current.lowerBound..<position, accepts, known) { return speaker }
        var j = k - 1
        while j >= 0, j >= k - Self.maximumSentencesBack, sentences[j].lowerBound >= horizon {
            if let speaker = latestKnown(in: sentences[j], accepts, known) { return speaker }
            if prefersReported, let reported = subjects.reportedSpeaker(in: sentences[j]), accepts(reported) { return reported }
            if let subject = subject(of: sentences[j], accepts) { return subject }
            j -= 1
        }
        if let speaker = latestKnown(in: horizon..<position, accepts, known) { return speaker }
        // Last resort, as any name in a sentence may be the one spoken about rather than the
        // speaker: a person the sentences before name with a title.
        guard needsPerson else { return nil }
        j = k - 1
        while j >= 0, j >= k - Self.maximumSentencesBack, sentences[j].lowerBound >= horizon {
            if let named = subjects.firstTitledName(in: sentences[j], accepts) { return named }
            j -= 1
        }
        return PersonSalience(text: subjects.text).principalPerson(before: position, accepts)
    }

    /// Who speaks a quotation that opens its sentence with no attribution of its own, as the
    /// BBC's paragraphs of quotation do after the one that names the speaker: the person the
    /// previous sentence is about, or the speaker of a quotation in one of the two previous
    /// sentences ("Double try scorer Martyn Williams was keen not to talk about it. “We've got
    /// more self-belief…”" → Martyn Williams).
    ///
    /// A previous sentence whose subject is "he" or "she" ("He finished with an appeal to
    /// activists. “…”") gives the person that pronoun stands for.
    func contextSpeaker(ofQuoteAt position: Int, known: [KnownSpeaker],
                        fits: (SpeakerPhrases.Phrase, ByteRange) -> Bool) -> SpeakerPhrases.Phrase? {
        guard let k = sentenceIndex(containing: position) else { return nil }
        var j = k - 1
        let isPerson = { (phrase: SpeakerPhrases.Phrase) in phrase.isPerson }
        while j >= 0, j >= k - 2 {
            let subject = subjects.sentenceSubject(from: sentences[j].lowerBound, limit: sentences[j].upperBound)
            if let subject, subject.kind == .pronoun, Self.personalPronouns.contains(subjects.text.bytes, subject.range) {
                let pronoun = subject.range
                return antecedent(ofPronounAt: pronoun, needsPerson: true, known: known) { fits($0, pronoun) }
            }
            if let found = self.subject(of: sentences[j], isPerson, sentenceSubject: subject) { return found }
            if let speaker = latestKnown(in: sentences[j], isPerson, known) { return speaker }
            j -= 1
        }
        return nil
    }

    /// The sentence's subject, or else the name it reports a statement of ("…, said Mr Thiemann").
    private func subject(of sentence: ByteRange, _ accepts: (SpeakerPhrases.Phrase) -> Bool) -> SpeakerPhrases.Phrase? {
        subject(of: sentence, accepts, sentenceSubject: subjects.sentenceSubject(from: sentence.lowerBound, limit: sentence.upperBound))
    }

    /// ``subject(of:_:)`` with the sentence's subject already read.
    private func subject(of sentence: ByteRange, _ accepts: (SpeakerPhrases.Phrase) -> Bool,
                         sentenceSubject subject: SpeakerPhrases.Phrase?) -> SpeakerPhrases.Phrase? {
        func reported() -> SpeakerPhrases.Phrase? { subjects.reportedSpeaker(in: sentence).flatMap { accepts($0) ? $0 : nil } }
        if let subject, subject.kind != .pronoun, accepts(subject) {
            // "Britain has been more cautious, but Mr Straw said he…": a person the sentence
            // names with a title and reports is the one a pronoun after it stands for, rather
            // than a subject with no title, which may be a place or a team. A full name ("Gordon
            // Brown") is a person already, and keeps its place.
            let mayBeNoPerson = subject.kind != .name || subjects.isOneWord(subject.range, limit: subject.range.upperBound)
            if mayBeNoPerson, !subjects.hasPersonalTitle(subject), subjects.mayHoldPersonalTitle(sentence),
               let person = reported(), subjects.hasPersonalTitle(person) {
                return person
            }
            return subject
        }
        return reported()
    }

    /// The latest known speaker the pronoun may stand for whose quotation starts in `range`.
    private func latestKnown(in range: ByteRange, _ accepts: (SpeakerPhrases.Phrase) -> Bool,
                             _ known: [KnownSpeaker]) -> SpeakerPhrases.Phrase? {
        var i = known.count - 1
        while i >= 0, known[i].quoteStart >= range.lowerBound {
            if known[i].quoteStart < range.upperBound && accepts(known[i].speaker) {
                return known[i].speaker
            }
            i -= 1
        }
        return nil
    }

    /// How many sentence starts lie between the sentences holding `a` and `b`.
    func sentencesApart(_ a: Int, _ b: Int) -> Int? {
        guard let i = sentenceIndex(containing: a), let j = sentenceIndex(containing: b) else { return nil }
        return j - i
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
