/// Who a quotation's own sentence says spoke it, and the cue verb that says so.
struct Attribution {
    var speaker: SpeakerPhrases.Phrase
    var cue: ByteRange
}

/// Finds the speaker and cue verb written next to a quotation.
///
/// Before the quotation (tried first):
/// - "Peskov said: “…”", "Peskov said “…”", "The agreement says: “…”": the cue right before it;
/// - "He told BBC Radio Five Live: “…”", "as researchers noted in 2017, “…”", "said on Monday
///   that “…”": up to ``maximumGap`` words between the cue and the quotation, but only when a
///   colon, comma or "that" introduces it, so that "described the ending of the talks as a
///   “technical pause”" stays a scare quote;
/// - "Yuri Ushakov, an aide to Putin, mentioned, “…”": an appositive between the speaker and
///   the cue is stepped over;
/// - "…, but he later receded from that timeline, stating, “…”": a participle cue's speaker is
///   the subject of the clause before it;
/// - "According to the Kremlin, “…”": the speaker follows the cue.
///
/// After it, when the quotation ends on a comma, question mark, dash or a bare word (not on a
/// full stop, which ends the sentence): "“…,” Peskov said", "“…,” said Mr Smith", "“…,” the
/// 22-year-old told BBC Sport", "“…,” according to officials".
struct SpeakerAttribution {
    let text: AttributionTokens
    let phrases: SpeakerPhrases
    let subjects: ClauseSubjects

    /// Words allowed between a cue and the quotation it introduces ("told BBC Radio Five Live:").
    static let maximumGap = 7
    /// Words allowed between "that" and the quotation ("said on Monday that “…”").
    static let maximumGapBeforeThat = 5
    /// Words read after a quotation looking for "SPEAKER said".
    static let maximumWordsAfter = 9

    init(text: AttributionTokens) {
        self.text = text
        phrases = SpeakerPhrases(text: text)
        subjects = ClauseSubjects(text: text, phrases: phrases)
    }

    // MARK: Before the quotation

    func before(_ quote: PairedQuote, floor: Int) -> Attribution? {
        guard var t = text.previous(before: quote.range.lowerBound, floor: floor) else { return nil }
        var introduced = false
        if t.isPunctuation(":") || t.isPunctuation(",") || t.isPunctuation("—") || t.isPunctuation("–") {
            introduced = true
            guard let p = text.previous(before: t.start, floor: floor) else { return nil }
            t = p
        }
        var gap = 0
        var allowedGap = introduced ? Self.maximumGap : 0
        while true {
            if CueVerbs.isCue(t, in: text) {
                return speaker(ofCue: t, quoteStart: quote.range.lowerBound, floor: floor)
            }
            if text.isWord(t, "to"), let according = text.previous(before: t.start, floor: floor),
               CueVerbs.isAccording(according, in: text) {
                return speakerAfterAccording(according, to: t, limit: quote.range.lowerBound)
            }
            if t.isWord {
                if gap == 0 && !introduced && text.isWord(t, "that") { allowedGap = Self.maximumGapBeforeThat }
                gap += 1
            } else if !(introduced && t.isPunctuation(",")) && !isAbbreviationPeriod(t, floor: floor) {
                return nil
            }
            guard gap <= allowedGap, let p = text.previous(before: t.start, floor: floor) else { return nil }
            t = p
        }
    }

    /// The speaker of a cue found before a quotation or after it (with `floor` the quotation's end).
    private func speaker(ofCue cue: Token, quoteStart: Int, floor: Int) -> Attribution? {
        guard var p = text.previous(before: cue.start, floor: floor) else { return nil }
        // "He was quoted as saying: “…”"
        if text.isWord(p, "as"), let quoted = text.previous(before: p.start, floor: floor), text.isWord(quoted, "quoted"),
           let auxiliary = text.previous(before: quoted.start, floor: floor) {
            p = auxiliary
            if SpeakerWords.contains(CueVerbs.passiveAuxiliaries, p, in: text) {
                guard let subject = text.previous(before: p.start, floor: floor) else { return nil }
                p = subject
            }
        } else if SpeakerWords.contains(CueVerbs.passiveAuxiliaries, p, in: text) || text.isWord(p, "to") {
            return nil   // "he was told: “…”" (spoken to), "declined to say"
        }
        if CueVerbs.isParticiple(cue, in: text),
           p.isPunctuation(",") || isSubordinator(p) {
            guard let subject = subjects.clauseSubject(endingAt: p.start, sentenceStart: floor) else { return nil }
            return Attribution(speaker: subject, cue: cue.range)
        }
        guard let phrase = phrase(endingBefore: p, floor: floor) else { return nil }
        return Attribution(speaker: phrase, cue: cue.range)
    }

    /// The speaker phrase ending at `last` (the token before a cue), past interposed adverbs
    /// ("Peskov also said") and an appositive ("Yuri Ushakov, an aide to Putin, mentioned").
    private func phrase(endingBefore last: Token, floor: Int) -> SpeakerPhrases.Phrase? {
        var t = last
        var skipped = 0
        while skipped < 3, CueVerbs.isInterposed(t, in: text), let p = text.previous(before: t.start, floor: floor) {
            t = p
            skipped += 1
        }
        if t.isPunctuation(",") { return appositive(endingAt: t, floor: floor) }
        return phrases.phrase(endingWith: t, floor: floor)
    }

    /// "Yuri Ushakov, an aide to Putin," → Yuri Ushakov; "Trump's envoy, Steve Witkoff," → Steve
    /// Witkoff: the stretch between two commas is the speaker's name, or a description of a
    /// speaker named before it.
    private func appositive(endingAt comma: Token, floor: Int) -> SpeakerPhrases.Phrase? {
        var first: Token?
        var last: Token?
        var cursor = text.previous(before: comma.start, floor: floor)
        var words = 0
        while let t = cursor, !t.isPunctuation(","), words < 16 {
            guard t.isWord || isAbbreviationPeriod(t, floor: floor) || t.isPunctuation("-") else { return nil }
            if last == nil { last = t }
            first = t
            words += 1
            cursor = text.previous(before: t.start, floor: floor)
        }
        guard let first, let last, last.isWord else { return nil }
        if text.isCapitalised(first), !SpeakerWords.contains(SpeakerWords.nonNames, first, in: text),
           let name = phrases.phrase(endingWith: last, floor: first.start), name.kind != .pronoun {
            return name
        }
        guard let earlierComma = cursor, let beforeComma = text.previous(before: earlierComma.start, floor: floor),
              !beforeComma.isPunctuation(",") else { return nil }
        return phrases.phrase(endingWith: beforeComma, floor: floor)
    }

    private func speakerAfterAccording(_ according: Token, to: Token, limit: Int) -> Attribution? {
        guard let first = text.next(from: to.end, limit: limit),
              let (phrase, _) = phrases.phrase(startingWith: first, limit: limit) else { return nil }
        return Attribution(speaker: phrase, cue: according.start..<to.end)
    }

    // MARK: After the quotation

    func after(_ quote: PairedQuote, limit: Int) -> Attribution? {
        guard quote.isClosed else { return nil }
        let closingMark = UTF8Bytes.previousScalarStart(before: quote.range.upperBound, in: text.bytes)
        var invited = false
        if let inside = text.previous(before: closingMark, floor: quote.content.lowerBound) {
            invited = inside.isWord || inside.isPunctuation(",") || inside.isPunctuation("?") || inside.isPunctuation("!")
                || inside.isPunctuation("—") || inside.isPunctuation("–") || inside.isPunctuation("-")
                || inside.isPunctuation("…")
        }
        guard var t = text.next(from: quote.range.upperBound, limit: limit) else { return nil }
        if t.isPunctuation(",") || t.isPunctuation("—") || t.isPunctuation("–") {
            invited = true
            guard let next = text.next(from: t.end, limit: limit) else { return nil }
            t = next
        }
        guard invited, t.isWord else { return nil }
        if CueVerbs.isCue(t, in: text) {
            if CueVerbs.isAccording(t, in: text) {
                guard let to = text.next(from: t.end, limit: limit), text.isWord(to, "to") else { return nil }
                return speakerAfterAccording(t, to: to, limit: limit)
            }
            // "said Mr Smith", "added the spokesman"
            guard let first = text.next(from: t.end, limit: limit),
                  let (phrase, _) = phrases.phrase(startingWith: first, limit: limit) else { return nil }
            return Attribution(speaker: phrase, cue: t.range)
        }
        return speakerThenCue(startingWith: t, floor: quote.range.upperBound, limit: limit)
    }

    /// "Peskov said", "the 22-year-old told BBC Sport", "Peskov, the Kremlin spokesman, said".
    private func speakerThenCue(startingWith first: Token, floor: Int, limit: Int) -> Attribution? {
        let opensPhrase = SpeakerWords.contains(SpeakerWords.pronouns, first, in: text)
            || SpeakerWords.contains(SpeakerWords.determiners, first, in: text)
            || (text.isCapitalised(first) && !SpeakerWords.contains(SpeakerWords.nonNames, first, in: text))
            || SpeakerWords.isRole(first, in: text)
        guard opensPhrase else { return nil }
        var cursor: Token? = first
        var words = 0
        var commas = 0
        var previous: Token?
        while let t = cursor, words < Self.maximumWordsAfter {
            if t.isWord {
                if CueVerbs.isCue(t, in: text) {
                    guard words > 0 else { return nil }
                    return speaker(ofCue: t, quoteStart: floor, floor: first.start)
                }
                let joinsRoles = text.isWord(t, "and") && previous.map { SpeakerWords.isRole($0, in: text) } == true
                if SpeakerWords.contains(SpeakerWords.phraseBoundaries, t, in: text) && !joinsRoles
                    && !CueVerbs.isInterposed(t, in: text) {
                    return nil
                }
                words += 1
            } else if t.isPunctuation(",") {
                commas += 1
                guard commas <= 2 else { return nil }
            } else if !isAbbreviationPeriod(t, floor: floor) && !t.isPunctuation("-") {
                return nil
            }
            previous = t
            cursor = text.next(from: t.end, limit: limit)
        }
        return nil
    }

    // MARK: Helpers

    /// The period of "Mr." or of an initial ("George W. Bush"), which does not end a sentence.
    private func isAbbreviationPeriod(_ token: Token, floor: Int) -> Bool {
        guard token.isPunctuation("."), let w = text.previous(before: token.start, floor: floor),
              w.end == token.start else { return false }
        return text.isInitial(w) || SpeakerWords.contains(SpeakerWords.honorifics, w, in: text)
    }

    /// "before adding", "while insisting": a participle cue after one of these has the
    /// clause's subject too.
    private func isSubordinator(_ token: Token) -> Bool {
        text.isWord(token, "before") || text.isWord(token, "after") || text.isWord(token, "while")
            || text.isWord(token, "when") || text.isWord(token, "by")
    }
}
