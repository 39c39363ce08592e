/// Who a quotation's own sentence says spoke it, and the cue verb that says so.
struct Attribution {
    var speaker: SpeakerPhrases.Phrase
    /// `nil` when the speaker comes from the sentences around, not from a cue verb.
    var cue: ByteRange?
}

/// Finds the speaker and cue verb written next to a quotation.
///
/// Before the quotation (tried first):
/// - "Peskov said: “…”", "Peskov said “…”", "The agreement says: “…”": the cue right before it;
/// - "He told BBC Radio Five Live: “…”", "as researchers noted in 2017, “…”", "said on Monday
///   that “…”": up to ``maximumGap`` words between the cue and the quotation, but only when a
///   colon, comma or "that" introduces it ("described the ending of the talks as a “technical
///   pause”" is a partial quotation, found by ``reportingClause(of:floor:)`` instead);
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
    static let maximumGapBeforeThat = 7
    /// Words read after a quotation looking for "SPEAKER said".
    static let maximumWordsAfter = 20

    init(text: AttributionTokens) {
        self.text = text
        phrases = SpeakerPhrases(text: text)
        subjects = ClauseSubjects(text: text, phrases: phrases)
    }

    // MARK: Before the quotation

    func before(_ quote: PairedQuote, floor: Int) -> Attribution? {
        cued(quote, floor: floor) ?? labelled(quote, floor: floor)
    }

    /// A cue verb before the quotation, or "according to".
    private func cued(_ quote: PairedQuote, floor: Int) -> Attribution? {
        guard var t = text.previous(before: quote.range.lowerBound, floor: floor) else { return nil }
        var introduced = false
        var introducerStart = quote.range.lowerBound
        if t.isPunctuation(":") || t.isPunctuation(",") || t.isPunctuation("—") || t.isPunctuation("–") {
            introduced = true
            introducerStart = t.start
            guard let p = text.previous(before: t.start, floor: floor) else { return nil }
            t = p
        }
        var gap = 0
        var allowedGap = introduced ? Self.maximumGap : 0
        while true {
            if CueVerbs.isCue(t, in: text) {
                if let (author, determiner) = phrases.author(ofDocument: t, floor: floor) {
                    // "Said the Pew report: “…”": the noun, not the verb, of "report"
                    let opening = text.previous(before: determiner.start, floor: floor)
                        .flatMap { CueVerbs.isSentenceOpeningCue($0, in: text) ? $0.range : nil }
                    return Attribution(speaker: author, cue: opening)
                }
                if let found = speaker(ofCue: t, quoteStart: quote.range.lowerBound, floor: floor) { return found }
                return gap > 0 ? invertedSpeaker(after: t, limit: introducerStart) : nil
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

    /// "- Manchester City boss Kevin Keegan: “…”": a name and a colon with no cue verb, as in
    /// lists of interviewees and transcripts. Only a name that opens its sentence, with at most
    /// a few words describing it and a list dash before them, so that "The message was clear:
    /// “…”" or "Blair's words to Michael Howard: “…”" give no speaker.
    private func labelled(_ quote: PairedQuote, floor: Int) -> Attribution? {
        guard let colon = text.previous(before: quote.range.lowerBound, floor: floor), colon.isPunctuation(":"),
              let last = text.previous(before: colon.start, floor: floor),
              var name = phrases.phrase(endingWith: last, floor: floor), name.kind == .name else { return nil }
        // "Said Mr Fogg: “…”", "Observes Mr Hadi: “…”": a cue opening the sentence is not a name.
        if let first = text.next(from: name.range.lowerBound, limit: name.range.upperBound), CueVerbs.isSentenceOpeningCue(first, in: text) {
            guard let rest = text.next(from: first.end, limit: name.range.upperBound) else { return nil }
            name = SpeakerPhrases.Phrase(range: rest.start..<name.range.upperBound, kind: .name, isPerson: name.isPerson)
            return text.previous(before: first.start, floor: floor) == nil ? Attribution(speaker: name, cue: first.range) : nil
        }
        // "Said Mr Fogg: “…”" when the title ended the name.
        if let cue = text.previous(before: name.range.lowerBound, floor: floor), CueVerbs.isSentenceOpeningCue(cue, in: text) {
            return text.previous(before: cue.start, floor: floor) == nil ? Attribution(speaker: name, cue: cue.range) : nil
        }
        var cursor = text.previous(before: name.range.lowerBound, floor: floor)
        var words = 0
        while let t = cursor {
            if t.isWord {
                words += 1
                guard words <= Self.maximumLabelWords, !CueVerbs.isCue(t, in: text),
                      !SpeakerWords.contains(SpeakerWords.phraseBoundaries, t, in: text) else { return nil }
            } else if !(t.isPunctuation("-") || t.isPunctuation("–") || t.isPunctuation("—")) {
                return nil
            }
            cursor = text.previous(before: t.start, floor: floor)
        }
        return Attribution(speaker: name, cue: nil)
    }

    /// Words describing a labelled speaker before the name ("Manchester City boss").
    static let maximumLabelWords = 5

    /// "“…,” said Mr Gerolami, “but we're optimistic…”": the name between an inverted cue and
    /// the comma that resumes the quotation.
    private func invertedSpeaker(after cue: Token, limit: Int) -> Attribution? {
        guard !CueVerbs.isParticiple(cue, in: text), !CueVerbs.takesAddressee(cue, in: text),
              let first = text.next(from: cue.end, limit: limit),
              let (phrase, next) = phrases.phrase(startingWith: first, limit: limit), next == nil,
              phrase.kind != .pronoun else { return nil }
        return Attribution(speaker: phrase, cue: cue.range)
    }

    /// The speaker of a cue found before a quotation or after it (with `floor` the quotation's end).
    func speaker(ofCue cue: Token, quoteStart: Int, floor: Int) -> Attribution? {
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
        if text.isWord(p, "and") || text.isWord(p, "but") {
            // "Coria conceded that Rochus “played just too good,” and added: “…”"
            guard let subject = subjects.clauseSubject(endingAt: p.start, sentenceStart: floor) else { return nil }
            return Attribution(speaker: subject, cue: cue.range)
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
    func phrase(endingBefore last: Token, floor: Int) -> SpeakerPhrases.Phrase? {
        var t = last
        var skipped = 0
        while skipped < 3, CueVerbs.isInterposed(t, in: text), let p = text.previous(before: t.start, floor: floor) {
            t = p
            skipped += 1
        }
        if t.isPunctuation(")") {
            // "Jeff Joseph (CEA) told": step over the parenthesis.
            var cursor = text.previous(before: t.start, floor: floor)
            var count = 0
            while let inside = cursor, !inside.isPunctuation("("), count < 10 {
                cursor = text.previous(before: inside.start, floor: floor)
                count += 1
            }
            guard let open = cursor, let before = text.previous(before: open.start, floor: floor) else { return nil }
            t = before
        }
        if isDelimiter(t) { return appositive(endingAt: t, floor: floor) }
        return phrases.phrase(endingWith: t, floor: floor) ?? unclosedAppositive(endingAt: t, floor: floor)
    }

    /// "Christoph Caselitz, president of the networks division at the firm says": an appositive
    /// whose closing comma the writer left out. The words back to the comma must describe (they
    /// open in lower case, "president of…", "an aide to…"), and a name must stand before it.
    func unclosedAppositive(endingAt last: Token, floor: Int) -> SpeakerPhrases.Phrase? {
        var first = last
        var words = 0
        while let p = text.previous(before: first.start, floor: floor), !isDelimiter(p) {
            guard p.isWord || isAbbreviationPeriod(p, floor: floor), words < 12 else { return nil }
            first = p
            words += 1
        }
        guard first.isWord, text.isLowercase(first),
              let comma = text.previous(before: first.start, floor: floor), comma.isPunctuation(","),
              let beforeComma = text.previous(before: comma.start, floor: floor),
              let name = phrases.phrase(endingWith: beforeComma, floor: floor), name.kind == .name else { return nil }
        return name
    }

    /// "Yuri Ushakov, an aide to Putin," → Yuri Ushakov; "Trump's envoy, Steve Witkoff," → Steve
    /// Witkoff: the stretch between two commas is the speaker's name, or a description of a
    /// speaker named before it.
    func appositive(endingAt comma: Token, floor: Int) -> SpeakerPhrases.Phrase? {
        var first: Token?
        var last: Token?
        var cursor = text.previous(before: comma.start, floor: floor)
        var words = 0
        while let t = cursor, !isDelimiter(t), words < 16 {
            guard t.isWord || isAbbreviationPeriod(t, floor: floor) else { return nil }
            if last == nil { last = t }
            first = t
            words += 1
            cursor = text.previous(before: t.start, floor: floor)
        }
        guard let first, let last, last.isWord else { return nil }
        if text.isCapitalised(first), !SpeakerWords.contains(SpeakerWords.nonNames, first, in: text),
           let name = phrases.phrase(endingWith: last, floor: first.start), name.kind == .name {
            let person = personBeforeOf(name, floor: first.start) ?? name
            if !isRoleDescription(opening: first, before: person) { return person }
        }
        guard let earlierComma = cursor, var beforeComma = text.previous(before: earlierComma.start, floor: floor),
              !isDelimiter(beforeComma) else { return nil }
        // "Robert Jackson, 58, MP for Wantage, said": past the age to the name.
        if UTF8Bytes.isDigit(text.bytes[beforeComma.start]),
           let ageComma = text.previous(before: beforeComma.start, floor: floor), ageComma.isPunctuation(","),
           let name = text.previous(before: ageComma.start, floor: floor) {
            beforeComma = name
        }
        return phrases.phrase(endingWith: beforeComma, floor: floor)
    }

    /// "Lord Bach, Minister for Defence Procurement, said": an appositive that opens with a role
    /// and names no holder ("Defence Procurement" is what the minister is for) describes the
    /// name before it; ", Chancellor Gordon Brown," with the name right after the role is a name.
    private func isRoleDescription(opening first: Token, before name: SpeakerPhrases.Phrase) -> Bool {
        guard SpeakerWords.isRole(first, in: text),
              let beforeName = text.previous(before: name.range.lowerBound, floor: first.start) else { return false }
        return beforeName.start != first.start
    }

    /// "Stefan Johannesson of Iceland" → Stefan Johannesson: a person's name of two words or
    /// more before "of" and a place or body. In "Royal Bank of Scotland" the word before "of"
    /// names a body, so no person is taken out of it.
    private func personBeforeOf(_ name: SpeakerPhrases.Phrase, floor: Int) -> SpeakerPhrases.Phrase? {
        guard let of = text.previous(before: name.range.lowerBound, floor: floor), text.isWord(of, "of"),
              let last = text.previous(before: of.start, floor: floor), text.isCapitalised(last),
              !SpeakerWords.isOrganisation(last, in: text), !SpeakerWords.isRole(last, in: text),
              let person = phrases.phrase(endingWith: last, floor: floor), person.kind == .name,
              let previous = text.previous(before: last.start, floor: floor),
              previous.start >= person.range.lowerBound, text.isCapitalised(previous) else { return nil }
        return person
    }

    func speakerAfterAccording(_ according: Token, to: Token, limit: Int) -> Attribution? {
        guard let first = text.next(from: to.end, limit: limit) else { return nil }
        if let (phrase, next) = phrases.phrase(startingWith: first, limit: limit) {
            return Attribution(speaker: author(of: phrase, next: next, limit: limit) ?? phrase, cue: according.start..<to.end)
        }
        guard let phrase = phrases.name(near: first, limit: limit) else { return nil }
        return Attribution(speaker: phrase, cue: according.start..<to.end)
    }

    /// "according to a report published by UK-based Analysys" → Analysys: the author the text
    /// gives to a document it quotes ("a study by", "a survey from", "a report commissioned by").
    private func author(of document: SpeakerPhrases.Phrase, next: Token?, limit: Int) -> SpeakerPhrases.Phrase? {
        guard document.kind == .rolePhrase,
              let head = text.previous(before: document.range.upperBound, floor: document.range.lowerBound),
              SpeakerWords.contains(SpeakerWords.documents, head, in: text), var t = next, t.isWord else { return nil }
        if SpeakerWords.contains(Self.authoringVerbs, t, in: text), let after = text.next(from: t.end, limit: limit) { t = after }
        guard text.isWord(t, "by") || text.isWord(t, "from"), let first = text.next(from: t.end, limit: limit),
              let (author, next) = phrases.phrase(startingWith: first, limit: limit), author.kind != .pronoun else { return nil }
        // "by UK-based research consultancy Analysys": past a description to the name it leads to.
        if let next, next.isWord, text.isLowercase(next), let named = phrases.name(near: next, limit: limit) { return named }
        return author
    }

    private static let authoringVerbs = WordSet(["published", "released", "commissioned", "compiled", "issued", "conducted", "written"])

    // MARK: Helpers

    /// The period of "Mr." or of an initial ("George W. Bush"), which does not end a sentence.
    func isAbbreviationPeriod(_ token: Token, floor: Int) -> Bool {
        guard token.isPunctuation("."), let w = text.previous(before: token.start, floor: floor),
              w.end == token.start else { return false }
        return text.isInitial(w) || SpeakerWords.contains(SpeakerWords.honorifics, w, in: text)
    }

    /// A comma or a dash, which set off an appositive.
    func isDelimiter(_ token: Token) -> Bool {
        token.isPunctuation(",") || token.isPunctuation("—") || token.isPunctuation("–") || token.isPunctuation("-")
    }

    /// "before adding", "while insisting": a participle cue after one of these has the
    /// clause's subject too.
    func isSubordinator(_ token: Token) -> Bool {
        text.isWord(token, "before") || text.isWord(token, "after") || text.isWord(token, "while")
            || text.isWord(token, "when") || text.isWord(token, "by")
    }
}
