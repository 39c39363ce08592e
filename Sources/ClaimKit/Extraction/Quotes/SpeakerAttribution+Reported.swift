/// A partial quotation inside reported speech: "Marja Quillinan-Meiland conceded there were
/// “grey areas”", "Stephen Pound has told the paper he fathered a daughter when he was “out of
/// control”", "An aide to the president described the pause as a “technical pause”". The words
/// are the speaker's, quoted inside a sentence that reports them, so the speaker is the subject
/// of that sentence's reporting verb even when many words stand between the verb and the
/// quotation (which ``SpeakerAttribution/before(_:floor:)`` does not allow).
///
/// A sentence with no reporting verb before the quotation ("Claims that the US is “obstructing
/// negotiations” are misleading") leaves it a scare quote, with no speaker.
extension SpeakerAttribution {
    /// The subject of the first reporting verb between `floor` (the sentence start) and the
    /// quotation, or in the quotation's own clause (``clauseOfQuote(in:count:floor:)``), with
    /// that verb as the cue.
    ///
    /// `window` holds at least ``maximumReportingDistance`` tokens, scratch space the caller
    /// allocates once for all the quotations of a document: at 24 bytes a token the window is
    /// too large for `withUnsafeTemporaryAllocation` to keep on the stack, and was allocated
    /// on the heap for every quotation.
    func reportingClause(of quote: PairedQuote, floor: Int, window: UnsafeMutableBufferPointer<Token>) -> Attribution? {
        let limit = quote.range.lowerBound
        let count = readWindow(into: window, before: limit, floor: floor)
        let (first, clauseFloor) = clauseOfQuote(in: window, count: count, floor: floor)
        var according: Attribution?   // "According to the FT, Peter Chernin said…": the cue wins
        var participle: Token?
        let cues = CueVerbs.Matcher()
        for k in stride(from: first, through: 0, by: -1) {
            let t = window[k]
            guard t.isWord else { continue }
            let isCue = cues.isCue(t, in: text) && !isNounAfterDeterminer(at: k, in: window, count: count)
            if isCue, participle == nil, CueVerbs.isParticiple(t, in: text) { participle = t }
            if according == nil, text.isWord(t, "according"),
               let to = text.next(from: t.end, limit: limit), text.isWord(to, "to") {
                // "According to Mr Waller, Exxon “were…”", set off by a comma; not "ranks countries
                // according to the steps they take".
                according = speakerAfterAccording(t, to: to, limit: limit).flatMap { found in
                    text.next(from: found.speaker.range.upperBound, limit: limit).map { $0.isPunctuation(",") } == true ? found : nil
                }
            } else if isCue || isEvaluativeCue(at: k, in: window, count: count),
                      !CueVerbs.isParticiple(t, in: text), !CueVerbs.isAccording(t, in: text) {
                if let found = speaker(ofCue: t, quoteStart: limit, floor: clauseFloor) { return found }
                // "Christoph Caselitz, president of the firm's networks division, says that…", but
                // not "Mr Hill was told" (spoken to) or "declined to say". A passive cue leaves the
                // next one to report the words: "His claims were denied by Jack Straw, who
                // accused the Tories of “running scared”".
                guard let before = text.previous(before: t.start, floor: clauseFloor), before.isWord else { return according }
                if SpeakerWords.contains(CueVerbs.passiveAuxiliaries, before, in: text) { continue }
                guard !text.isWord(before, "to") else { return according }
                if let named = nameBeforeRelativePronoun(before: t, floor: floor) {
                    return Attribution(speaker: named, cue: t.range)
                }
                guard let subject = subjects.sentenceSubject(from: clauseFloor, limit: t.start) else { return according }
                return Attribution(speaker: subject, cue: t.range)
            }
        }
        return according ?? participle.flatMap { personSubject(ofParticiple: $0, floor: clauseFloor) }
    }

    /// "Spears was named best female, sending a message on video saying the award “means so
    /// much to me”": with no finite reporting verb, a participle reports the words of the name
    /// right before it ("with finance minister Hans Eichel saying"), or else of the sentence's
    /// subject, when that is a name ("a report saying …" is no speaker).
    private func personSubject(ofParticiple participle: Token, floor: Int) -> Attribution? {
        if let last = text.previous(before: participle.start, floor: floor), text.isCapitalised(last),
           let named = phrases.phrase(endingWith: last, floor: floor), named.kind == .name,
           text.previous(before: named.range.lowerBound, floor: floor).map({ introducesName($0) }) ?? true {
            return Attribution(speaker: named, cue: participle.range)
        }
        guard let subject = subjects.sentenceSubject(from: floor, limit: participle.start),
              subject.kind == .name, subject.isPerson else { return nil }
        return Attribution(speaker: subject, cue: participle.range)
    }

    /// "Sir Richard Eyre, who called her work “…”", "IATA, which has attacked the package as a
    /// “…”": the name a relative pronoun before the cue (past "has", "also"…) stands for.
    private func nameBeforeRelativePronoun(before cue: Token, floor: Int) -> SpeakerPhrases.Phrase? {
        var cursor = text.previous(before: cue.start, floor: floor)
        var skipped = 0
        while let t = cursor, skipped < 3, CueVerbs.isInterposed(t, in: text) {
            cursor = text.previous(before: t.start, floor: floor)
            skipped += 1
        }
        guard let relative = cursor, text.isWord(relative, "who") || text.isWord(relative, "which"),
              var last = text.previous(before: relative.start, floor: floor) else { return nil }
        if last.isPunctuation(","), let word = text.previous(before: last.start, floor: floor) { last = word }
        // phrase(endingBefore:) steps over a bracket: "the International Air Transport Association (IATA), which"
        guard let named = phrase(endingBefore: last, floor: floor), named.kind != .pronoun else { return nil }
        return named
    }

    /// Whether `window[k]` is a verb such as "called" or "accused" that reports the partial
    /// quotation in the subject's words (``CueVerbs/isEvaluative(_:in:)``): with its object
    /// between it and the quotation, and "calls" only after a name or pronoun.
    @inline(__always)
    private func isEvaluativeCue(at k: Int, in window: UnsafeMutableBufferPointer<Token>, count: Int) -> Bool {
        let t = window[k]
        guard k > 0, CueVerbs.isEvaluative(t, in: text) else { return false }
        guard text.isWord(t, "calls") else { return true }
        guard k + 1 < count else { return false }
        let before = window[k + 1]
        return text.isCapitalised(before) || SpeakerWords.contains(SpeakerWords.pronouns, before, in: text)
    }

    /// "published a highly critical report into the “failing” agency", "who left his Treasury
    /// post", "His claims were denied": a cue that is also a noun, after a determiner and up to
    /// three modifiers, is the noun. Not after a plural or a role ("the analysts note").
    private func isNounAfterDeterminer(at k: Int, in window: UnsafeMutableBufferPointer<Token>, count: Int) -> Bool {
        let cue = window[k]
        guard SpeakerWords.contains(Self.cuesThatAreNouns, cue, in: text), k + 1 < count else { return false }
        let previous = window[k + 1]
        if SpeakerWords.contains(Self.nounDeterminers, previous, in: text) { return true }   // "His claims were denied"
        guard previous.isWord, !text.endsWith(previous, "s"), !SpeakerWords.isRole(previous, in: text) else { return false }
        var j = k + 1
        while j < count, j <= k + 4 {
            let before = window[j]
            guard before.isWord, !CueVerbs.isCue(before, in: text),
                  !SpeakerWords.contains(SpeakerWords.pronouns, before, in: text) else { return false }   // "a show they claim is"
            if SpeakerWords.contains(Self.nounDeterminers, before, in: text) { return true }
            j += 1
        }
        return false
    }

    private static let cuesThatAreNouns = WordSet([
        "report", "post", "note", "claim", "comment", "remark", "reply", "answer", "warning", "statement",
        "reports", "notes", "claims", "comments", "remarks", "replies", "answers", "warnings", "statements",
    ])

    private static let nounDeterminers = WordSet(["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that"])

    /// "with Hans Eichel saying", "company president Lee Scott saying", but not "left UKIP
    /// saying", where the name is the object of a verb.
    private func introducesName(_ before: Token) -> Bool {
        !before.isWord || text.isWord(before, "with") || SpeakerWords.isRole(before, in: text)
    }

    /// Where the reporting verb of a quotation is looked for, as the index of the first token
    /// to read (of `window`, last token first) and the floor: the whole sentence, or, when a
    /// "while", "whereas" or semicolon joins two clauses and the quotation's clause has a
    /// reporting verb of its own, only that clause ("Chester Bennington described their prize
    /// as “quite an honour” while Muse said their win was “a real surprise”": Muse).
    private func clauseOfQuote(in window: UnsafeMutableBufferPointer<Token>, count: Int, floor: Int) -> (first: Int, floor: Int) {
        for b in 0..<count {
            let boundary = window[b]
            guard boundary.isPunctuation(";") || text.isWord(boundary, "while") || text.isWord(boundary, "whereas") else { continue }
            for k in 0..<b where CueVerbs.isCue(window[k], in: text) && !CueVerbs.isParticiple(window[k], in: text) {
                return (b - 1, boundary.end)
            }
            break
        }
        return (count - 1, floor)
    }

    /// Tokens read back from a quotation looking for its reporting verb: a sentence of news
    /// says it well within this, and a bound keeps a text that is one endless sentence full of
    /// quotations linear.
    static let maximumReportingDistance = 48

    /// Reads the tokens between `floor` (the sentence start) and `limit`, at most
    /// ``maximumReportingDistance`` of them back from `limit`, into `window`, last token first;
    /// returns how many. They are the tokens that reading forwards from the first of them gives
    /// (no token spans a blank, and words join across the same marks both ways), so the window
    /// is read once rather than back to find its start and then forwards again.
    private func readWindow(into window: UnsafeMutableBufferPointer<Token>, before limit: Int, floor: Int) -> Int {
        var start = limit
        var count = 0
        while count < Self.maximumReportingDistance, let t = text.previous(before: start, floor: floor) {
            window.initializeElement(at: count, to: t)
            count += 1
            start = t.start
        }
        return count
    }
}
