/// Reads the phrase that names a speaker, backwards from a cue verb or forwards from a clause
/// start.
///
/// A speaker is a pronoun ("he"), a name ("Yuri Ushakov", "Mr Smith", "George W. Bush",
/// "Ursula von der Leyen"), or a role phrase ("researchers", "the 22-year-old", "The
/// agreement", "an aide to the Ukrainian president", "Mr Blair's spokesman"). Role words in
/// front of a name are dropped: "Kremlin spokesman Dmitry Peskov" → Dmitry Peskov,
/// "chairman and chief executive Richard Parsons" → Richard Parsons; honorifics stay ("Mr").
struct SpeakerPhrases {
    enum Kind { case pronoun, name, rolePhrase }

    struct Phrase {
        let range: ByteRange
        let kind: Kind
    }

    let text: AttributionTokens

    /// Longest name or role phrase considered, in words.
    private static let maximumWords = 8

    /// The speaker phrase whose last word is `last` (the word before the cue), not reaching
    /// before `floor`.
    func phrase(endingWith last: Token, floor: Int) -> Phrase? {
        guard last.isWord else { return nil }
        if has(SpeakerWords.pronouns, last) { return Phrase(range: last.range, kind: .pronoun) }
        if text.isCapitalised(last) {
            guard !has(SpeakerWords.nonNames, last), !text.isPossessive(last) else { return nil }
            return name(endingWith: last, floor: floor)
        }
        return rolePhrase(head: last, floor: floor)
    }

    /// The speaker phrase that starts with `first` (after an inverted cue, "said Mr Smith", or at
    /// the start of a clause), and the token after it.
    func phrase(startingWith first: Token, limit: Int) -> (Phrase, next: Token?)? {
        guard first.isWord else { return nil }
        if has(SpeakerWords.pronouns, first) {
            return (Phrase(range: first.range, kind: .pronoun), text.next(from: first.end, limit: limit))
        }
        if has(SpeakerWords.determiners, first) { return rolePhrase(startingWith: first, limit: limit) }
        if (text.isCapitalised(first) && !has(SpeakerWords.nonNames, first)) || SpeakerWords.isRole(first, in: text) {
            if let found = name(startingWith: first, limit: limit) { return found }
        }
        if SpeakerWords.isBarePluralSpeaker(first, in: text) {
            return (Phrase(range: first.range, kind: .rolePhrase), text.next(from: first.end, limit: limit))
        }
        return nil
    }

    // MARK: Names

    private func name(endingWith last: Token, floor: Int) -> Phrase? {
        var first = last
        var lastRole: Token?
        var words = 1
        var cursor = text.previous(before: last.start, floor: floor)
        while let t = cursor, words < Self.maximumWords {
            if t.isPunctuation(".") {
                // "Mr. Smith", "George W. Bush": a period after an honorific or an initial.
                guard let w = text.previous(before: t.start, floor: floor), text.isCapitalised(w),
                      text.isInitial(w) || has(SpeakerWords.honorifics, w) else { break }
                first = w
                cursor = text.previous(before: w.start, floor: floor)
                words += 1
                continue
            }
            guard t.isWord else { break }
            if text.isCapitalised(t) {
                guard !has(SpeakerWords.nonNames, t), !text.isPossessive(t) else { break }
                if SpeakerWords.isRole(t, in: text) && lastRole == nil { lastRole = t }
            } else if SpeakerWords.isRole(t, in: text) {
                if lastRole == nil { lastRole = t }
            } else if !(has(SpeakerWords.particles, t) || (isAnd(t) && lastRole != nil)) {
                break
            }
            first = t
            words += 1
            cursor = text.previous(before: t.start, floor: floor)
        }
        // Keep what follows the last role word, if that leaves a name.
        var start = first.start
        if let role = lastRole, role.end < last.start, let afterRole = text.next(from: role.end, limit: last.end) {
            start = afterRole.start
        } else if lastRole == nil, let the = cursor, text.isCapitalised(first), text.isWord(the, "the") {
            start = the.start   // "The Kremlin said", "the BBC reported"
        }
        start = skipLeadingLowercase(from: start, to: last.end)
        guard start < last.end else { return nil }
        let kind: Kind = SpeakerWords.isRole(last, in: text) ? .rolePhrase : .name
        return Phrase(range: start..<last.end, kind: kind)
    }

    private func name(startingWith first: Token, limit: Int) -> (Phrase, next: Token?)? {
        var lastCapital: Token?
        var lastRole: Token?
        var cursor: Token? = first
        var words = 0
        while let t = cursor, words < Self.maximumWords {
            guard t.isWord else { break }
            var end = t.end
            var next = text.next(from: t.end, limit: limit)
            if text.isCapitalised(t) {
                guard !has(SpeakerWords.nonNames, t) || words == 0 && has(SpeakerWords.honorifics, t) else { break }
                if text.isPossessive(t) { return nil }   // "Donald Trump‘s special envoy": not the speaker
                if let period = next, period.isPunctuation("."), text.isInitial(t) || has(SpeakerWords.honorifics, t) {
                    end = period.end
                    next = text.next(from: period.end, limit: limit)
                }
                if SpeakerWords.isRole(t, in: text) { lastRole = t }
                lastCapital = Token(range: t.start..<end, kind: .word, scalar: 0)
            } else if SpeakerWords.isRole(t, in: text) {
                lastRole = t
            } else if !(has(SpeakerWords.particles, t) && lastCapital != nil) && !(isAnd(t) && lastRole != nil) {
                break
            }
            words += 1
            cursor = next
        }
        guard let last = lastCapital else { return nil }
        var start = first.start
        if let role = lastRole, role.end <= last.start, let afterRole = text.next(from: role.end, limit: last.end) {
            start = afterRole.start
        }
        start = skipLeadingLowercase(from: start, to: last.end)
        guard start < last.end else { return nil }
        let kind: Kind = SpeakerWords.isRole(last, in: text) ? .rolePhrase : .name
        return (Phrase(range: start..<last.end, kind: kind), text.next(from: last.end, limit: limit))
    }

    /// Past particles and "and" left at the front of a name once role words are dropped.
    private func skipLeadingLowercase(from start: Int, to end: Int) -> Int {
        var s = start
        while let t = text.next(from: s, limit: end), t.isWord, text.isLowercase(t),
              has(SpeakerWords.particles, t) || isAnd(t) {
            s = t.end
        }
        return text.next(from: s, limit: end)?.start ?? end
    }

    // MARK: Role phrases

    /// "the 22-year-old", "An aide to the Ukrainian president", "researchers", "Mr Blair's
    /// spokesman", read back from the head word.
    private func rolePhrase(head: Token, floor: Int) -> Phrase? {
        guard !has(SpeakerWords.determiners, head), !has(SpeakerWords.phraseBoundaries, head),
              !CueVerbs.isCue(head, in: text) else { return nil }
        var start = head.start
        var words = 1
        var determined = false
        var cursor = text.previous(before: head.start, floor: floor)
        scan: while let t = cursor, t.isWord, words < Self.maximumWords {
            if has(SpeakerWords.determiners, t) {
                start = t.start
                determined = true
                // "an aide to [the Ukrainian president]": go on past a linking preposition.
                guard let link = text.previous(before: t.start, floor: floor), has(SpeakerWords.linkingPrepositions, link),
                      let owner = text.previous(before: link.start, floor: floor), owner.isWord,
                      !has(SpeakerWords.phraseBoundaries, owner), !has(SpeakerWords.pronouns, owner),
                      !has(SpeakerWords.determiners, owner), !CueVerbs.isCue(owner, in: text) else { break scan }
                start = link.start
                cursor = owner
                determined = false
                words += 1
                continue
            }
            if text.isPossessive(t) && text.isCapitalised(t) {
                // "Mr Blair's spokesman": the owner's name stands for a determiner.
                guard let owner = name(endingWith: t, floor: floor) else { break }
                start = owner.range.lowerBound
                determined = true
                break scan
            }
            guard !has(SpeakerWords.phraseBoundaries, t), !has(SpeakerWords.pronouns, t), !CueVerbs.isCue(t, in: text),
                  !(text.isCapitalised(t) && has(SpeakerWords.nonNames, t)) else { break }
            start = t.start
            words += 1
            cursor = text.previous(before: t.start, floor: floor)
        }
        if determined { return Phrase(range: start..<head.end, kind: .rolePhrase) }
        let bareHead = SpeakerWords.isBarePluralSpeaker(head, in: text) || SpeakerWords.isRole(head, in: text)
        guard bareHead, words <= 3 else { return nil }
        return Phrase(range: start..<head.end, kind: .rolePhrase)
    }

    /// "the spokesman for the firm", "a Downing Street spokesman", read forwards from the determiner.
    private func rolePhrase(startingWith determiner: Token, limit: Int) -> (Phrase, next: Token?)? {
        var end = determiner.end
        var words = 0
        var cursor = text.next(from: determiner.end, limit: limit)
        while let t = cursor, t.isWord, words < Self.maximumWords {
            if has(SpeakerWords.linkingPrepositions, t) {
                // "the head of the IMF", "a spokesman for Downing Street"
                guard words > 0, let after = text.next(from: t.end, limit: limit), after.isWord,
                      has(SpeakerWords.determiners, after) || text.isCapitalised(after) else { break }
                cursor = after
                words += 1
                continue
            }
            guard !has(SpeakerWords.phraseBoundaries, t), !has(SpeakerWords.pronouns, t),
                  !CueVerbs.isCue(t, in: text), !CueVerbs.isInterposed(t, in: text),
                  !has(CueVerbs.passiveAuxiliaries, t) else { break }
            end = t.end
            words += 1
            cursor = text.next(from: t.end, limit: limit)
        }
        guard words > 0 else { return nil }
        return (Phrase(range: determiner.start..<end, kind: .rolePhrase), cursor)
    }

    // MARK: Helpers

    private func has(_ set: WordSet, _ token: Token) -> Bool {
        SpeakerWords.contains(set, token, in: text)
    }

    private func isAnd(_ token: Token) -> Bool {
        text.isWord(token, "and")
    }
}
