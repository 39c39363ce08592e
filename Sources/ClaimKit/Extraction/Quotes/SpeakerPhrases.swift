/// Reads the phrase that names a speaker, backwards from a cue verb or forwards from a clause
/// start.
///
/// A speaker is a pronoun ("he"), a name ("Yuri Ushakov", "Mr Smith", "George W. Bush",
/// "Ursula von der Leyen"), or a role phrase ("researchers", "the 22-year-old", "The
/// agreement", "an aide to the Ukrainian president", "Mr Blair's spokesman"). What stands in
/// front of a name is dropped: roles ("Kremlin spokesman Dmitry Peskov" → Dmitry Peskov,
/// "chairman and chief executive Richard Parsons" → Richard Parsons) and owners ("Deutsche
/// Bank's Simon Champion" → Simon Champion); honorifics stay ("Mr Smith").
struct SpeakerPhrases {
    enum Kind { case pronoun, name, rolePhrase }

    struct Phrase {
        let range: ByteRange
        let kind: Kind
        /// Whether "he" or "she" may stand for it: a name, or a phrase headed by a person's
        /// role ("the spokesman", "the 22-year-old"), not by a body ("the company").
        let isPerson: Bool
        /// Whether it is headed by a plural ("the remaining members of Korn", "officials"),
        /// which "he" and "she" cannot stand for.
        var isPlural = false
    }

    let text: AttributionTokens

    /// Longest name or role phrase considered, in words.
    private static let maximumWords = 10

    /// The speaker phrase whose last word is `last` (the word before the cue), not reaching
    /// before `floor`.
    func phrase(endingWith last: Token, floor: Int) -> Phrase? {
        guard last.isWord else { return nil }
        if has(SpeakerWords.pronouns, last) { return Phrase(range: last.range, kind: .pronoun, isPerson: true) }
        if text.isCapitalised(last) {
            guard !has(SpeakerWords.nonNames, last), !text.isPossessive(last),
                  let name = name(endingWith: last, floor: floor) else { return nil }
            return owner(of: name, floor: floor) ?? name
        }
        return rolePhrase(head: last, floor: floor)
    }

    /// "A spokesman for [the Shareholders United]": a name that completes a role phrase.
    private func owner(of name: Phrase, floor: Int) -> Phrase? {
        guard let link = text.previous(before: name.range.lowerBound, floor: floor),
              has(SpeakerWords.linkingPrepositions, link),
              let role = text.previous(before: link.start, floor: floor), text.isLowercase(role),
              SpeakerWords.isRole(role, in: text) || SpeakerWords.isOrganisation(role, in: text),
              let phrase = rolePhrase(head: role, floor: floor) else { return nil }
        return Phrase(range: phrase.range.lowerBound..<name.range.upperBound, kind: .rolePhrase, isPerson: phrase.isPerson,
                      isPlural: phrase.isPlural)
    }

    /// The speaker phrase that starts with `first` (after an inverted cue, "said Mr Smith", or at
    /// the start of a clause), and the token after it.
    func phrase(startingWith first: Token, limit: Int) -> (Phrase, next: Token?)? {
        guard first.isWord else { return nil }
        if has(SpeakerWords.pronouns, first) {
            return (Phrase(range: first.range, kind: .pronoun, isPerson: true), text.next(from: first.end, limit: limit))
        }
        if has(SpeakerWords.determiners, first) { return rolePhrase(startingWith: first, limit: limit) }
        if let found = name(startingWith: first, limit: limit) { return found }
        if SpeakerWords.isBarePluralSpeaker(first, in: text) {
            return (Phrase(range: first.range, kind: .rolePhrase, isPerson: SpeakerWords.isRole(first, in: text),
                           isPlural: isPluralHead(first)),
                    text.next(from: first.end, limit: limit))
        }
        return nil
    }

    // MARK: Names

    /// Reads back over capitalised words, initials, honorifics and particles; stops at a role
    /// word, so "Ukrainian President Volodymyr Zelenskyy said" gives Volodymyr Zelenskyy.
    private func name(endingWith last: Token, floor: Int) -> Phrase? {
        let lastIsRole = SpeakerWords.isRole(last, in: text) || SpeakerWords.isOrganisation(last, in: text)
        var first = last
        var words = 1
        var cursor = text.previous(before: last.start, floor: floor)
        while let t = cursor, words < Self.maximumWords {
            if t.isPunctuation(".") {
                // "Mr. Smith", "George W. Bush": a period after an honorific or an initial.
                guard let w = text.previous(before: t.start, floor: floor), w.end == t.start, text.isCapitalised(w),
                      text.isInitial(w) || has(SpeakerWords.honorifics, w) else { break }
                first = w
                if has(SpeakerWords.personalTitles, w) { break }
            } else if text.isCapitalised(t) {
                guard !has(SpeakerWords.nonNames, t), !text.isPossessive(t),
                      lastIsRole || !SpeakerWords.isRole(t, in: text) else { break }
                first = t
                if has(SpeakerWords.personalTitles, t) { break }   // "Lib Dem Sir Archy Kirkwood"
            } else if !has(SpeakerWords.particles, t) {
                break
            }
            words += 1
            cursor = text.previous(before: first.start, floor: floor)
        }
        var start = skipLeadingParticles(from: first.start, to: last.end)
        // "The Kremlin said", "the Foreign Secretary said"
        if let the = text.previous(before: start, floor: floor), text.isWord(the, "the") { start = the.start }
        return Phrase(range: start..<last.end, kind: lastIsRole ? .rolePhrase : .name,
                      isPerson: !lastIsRole || SpeakerWords.isRole(last, in: text), isPlural: lastIsRole && isPluralHead(last))
    }

    /// Reads forwards over a name and whatever may stand before it ("Reds manager Rafael
    /// Benitez", "Spain's minister of sport Jaime Lissavetzky", "Double try scorer Martyn
    /// Williams") and keeps the last run of capitalised words after the last role word.
    private func name(startingWith first: Token, limit: Int) -> (Phrase, next: Token?)? {
        var nameStart: Token?
        var nameEnd: Token?
        // A capitalised role word that ended a name run: "Simon Champion" if no name follows.
        var runEndingInRole: ByteRange?
        var afterRole = false
        var cursor: Token? = first
        var words = 0
        while let t = cursor, t.isWord, words < Self.maximumWords {
            var next = text.next(from: t.end, limit: limit)
            if text.isCapitalised(t) {
                if text.isPossessive(t) {
                    nameStart = nil   // "Deutsche Bank's Simon Champion": the owner is not the speaker
                    nameEnd = nil
                } else if SpeakerWords.isRole(t, in: text) {
                    runEndingInRole = nameStart.map { $0.start..<t.end }
                    nameStart = nil
                    nameEnd = nil
                    afterRole = true
                } else if has(SpeakerWords.nonNames, t) {
                    break
                } else {
                    var end = t
                    if let period = next, period.isPunctuation("."), period.start == t.end,
                       text.isInitial(t) || has(SpeakerWords.honorifics, t) {
                        end = Token(range: t.start..<period.end, kind: .word, scalar: 0)
                        next = text.next(from: period.end, limit: limit)
                    }
                    // A title starts the name: "Lib Dem Sir Archy Kirkwood".
                    if nameStart == nil || has(SpeakerWords.personalTitles, t) { nameStart = t }
                    nameEnd = end
                    runEndingInRole = nil
                }
            } else if SpeakerWords.isRole(t, in: text) {
                nameStart = nil
                nameEnd = nil
                afterRole = true
            } else if has(SpeakerWords.particles, t) && nameStart != nil {
                // "Ursula von der Leyen": part of the name only if a capitalised word follows
            } else if nameStart != nil, text.endsWith(t, "ed") || CueVerbs.isCue(t, in: text) {
                break   // "Michael Howard accused the prime minister…": the name's verb ends the phrase
            } else if afterRole && nameStart == nil && (text.isWord(t, "and") || has(SpeakerWords.linkingPrepositions, t)) {
                // "chairman and chief executive", "minister of sport"; but "analyst Nick Bubb of
                // Evolution Securities" ends with the name
            } else if qualifiesRole(t, next: next, limit: limit) {
                // "try scorer", "assistant coach", "local government spokesman": words qualifying a role
            } else {
                break
            }
            words += 1
            cursor = next
        }
        if nameStart == nil, let run = runEndingInRole {
            return (Phrase(range: run, kind: .name, isPerson: true), text.next(from: run.upperBound, limit: limit))
        }
        guard let start = nameStart, let end = nameEnd else { return nil }
        return (Phrase(range: start.start..<end.end, kind: .name, isPerson: true), text.next(from: end.end, limit: limit))
    }

    /// The first name within a few words of `first`: "according to media and PR strategist
    /// Glen Yearwood", "says 27-year-old Ross".
    func name(near first: Token, limit: Int) -> Phrase? {
        var cursor: Token? = first
        for _ in 0..<4 {
            guard let t = cursor, t.isWord, !has(SpeakerWords.phraseBoundaries, t) || text.isWord(t, "and") else { return nil }
            if text.isCapitalised(t), !has(SpeakerWords.nonNames, t), let (found, _) = name(startingWith: t, limit: limit) {
                return found
            }
            cursor = text.next(from: t.end, limit: limit)
        }
        return nil
    }

    private func qualifiesRole(_ token: Token, next: Token?, limit: Int) -> Bool {
        guard let next, !has(SpeakerWords.phraseBoundaries, token), !CueVerbs.isCue(token, in: text) else { return false }
        if SpeakerWords.isRole(next, in: text) { return true }
        guard next.isWord, text.isLowercase(next), !has(SpeakerWords.phraseBoundaries, next),
              let second = text.next(from: next.end, limit: limit) else { return false }
        return SpeakerWords.isRole(second, in: text)
    }

    private func skipLeadingParticles(from start: Int, to end: Int) -> Int {
        var s = start
        while let t = text.next(from: s, limit: end), t.isWord, text.isLowercase(t), has(SpeakerWords.particles, t) {
            s = t.end
        }
        return text.next(from: s, limit: end)?.start ?? end
    }

    // MARK: Role phrases

    /// "the 22-year-old", "An aide to the Ukrainian president", "researchers", "Mr Blair's
    /// spokesman", read back from the head word.
    private func rolePhrase(head: Token, floor: Int) -> Phrase? {
        let afterDeterminer = text.previous(before: head.start, floor: floor).map { has(SpeakerWords.determiners, $0) } ?? false
        guard !has(SpeakerWords.determiners, head), !has(SpeakerWords.phraseBoundaries, head),
              afterDeterminer || !CueVerbs.isCue(head, in: text), !CueVerbs.isInterposed(head, in: text) else { return nil }
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
        if let author = author(of: head, from: start) { return author }
        let phrase = Phrase(range: start..<head.end, kind: .rolePhrase, isPerson: isPersonHead(head), isPlural: isPluralHead(head))
        if determined { return phrase }
        let bareHead = SpeakerWords.isBarePluralSpeaker(head, in: text) || SpeakerWords.isRole(head, in: text)
        guard bareHead, words <= 3 else { return nil }
        return phrase
    }

    /// "Said the Pew report: “…”": the author of a document written as a determiner, its
    /// capitalised name words and the document noun, read back from that noun, which also
    /// reads as a cue verb ("the firms report").
    func author(ofDocument document: Token, floor: Int) -> (author: Phrase, determiner: Token)? {
        var cursor = text.previous(before: document.start, floor: floor)
        var words = 0
        while let t = cursor, t.isWord, words < Self.maximumWords {
            if has(SpeakerWords.determiners, t) {
                guard words > 0, let author = author(of: document, from: t.start) else { return nil }
                return (author, t)
            }
            guard text.isCapitalised(t) else { return nil }
            words += 1
            cursor = text.previous(before: t.start, floor: floor)
        }
        return nil
    }

    /// "the Pew report said", "A National Audit Office report says": a document whose name
    /// words (all capitalised, after an optional determiner) name its author, who speaks.
    private func author(of document: Token, from start: Int) -> Phrase? {
        guard has(SpeakerWords.documents, document), var first = text.next(from: start, limit: document.start) else { return nil }
        if has(SpeakerWords.determiners, first) {
            guard let next = text.next(from: first.end, limit: document.start) else { return nil }
            first = next
        }
        var cursor: Token? = first
        var last = first
        while let t = cursor {
            guard t.isWord, text.isCapitalised(t), !text.isPossessive(t), !has(SpeakerWords.nonNames, t) else { return nil }
            last = t
            cursor = text.next(from: t.end, limit: document.start)
        }
        return Phrase(range: first.start..<last.end, kind: .name, isPerson: false)
    }

    /// "the spokesman for the firm", "a Downing Street spokesman", read forwards from the
    /// determiner; it stops before a verb-like word ("the storm increased").
    private func rolePhrase(startingWith determiner: Token, limit: Int) -> (Phrase, next: Token?)? {
        var head: Token?
        var linked = false
        var end = determiner.end
        var words = 0
        var cursor = text.next(from: determiner.end, limit: limit)
        while let t = cursor, t.isWord, words < Self.maximumWords {
            if let author = author(of: t, from: determiner.start) {
                // "Said the Pew report:", "A National Audit Office report … says": the author speaks.
                return (author, text.next(from: t.end, limit: limit))
            }
            if has(SpeakerWords.linkingPrepositions, t) {
                // "the head of the IMF", "a spokesman for Downing Street"
                guard words > 0, let after = text.next(from: t.end, limit: limit), after.isWord,
                      has(SpeakerWords.determiners, after) || text.isCapitalised(after) else { break }
                cursor = after
                linked = true
                words += 1
                continue
            }
            if linked, let after = text.next(from: t.end, limit: limit), text.isCapitalised(after),
               let previous = text.previous(before: t.start, floor: determiner.end), text.isCapitalised(previous),
               text.isWord(t, "and") || (text.isCapitalised(t) && (text.isPossessive(t) || has(SpeakerWords.phraseBoundaries, t))) {
                // The rest of an organisation's name: "a spokesman for the Association of Payment
                // and Clearing Services", "for the Information Commissioner's Office", "for
                // Reporters Without Borders".
                end = after.end
                words += 2
                cursor = text.next(from: after.end, limit: limit)
                continue
            }
            if !linked, let role = head, SpeakerWords.isRole(role, in: text), text.isCapitalised(t),
               let (name, next) = name(startingWith: t, limit: limit) {
                return (name, next)   // "the club's chief executive Peter Kenyon"
            }
            // The word right after the determiner is a noun even if it could be a verb: "its report".
            let next = text.next(from: t.end, limit: limit)
            guard !has(SpeakerWords.phraseBoundaries, t), !has(SpeakerWords.pronouns, t),
                  next.map({ !has(SpeakerWords.objectPronouns, $0) }) ?? true,
                  words == 0 || !CueVerbs.isCue(t, in: text) || has(SpeakerWords.documents, t),   // "a highly critical report"
                  !CueVerbs.isInterposed(t, in: text),
                  !has(CueVerbs.passiveAuxiliaries, t), !looksLikeVerb(t),
                  words == 0 || !isPresentTenseVerb(t, limit: limit) else { break }
            end = t.end
            if !linked { head = t }
            words += 1
            cursor = next
        }
        guard words > 0, let head, let last = text.previous(before: end, floor: determiner.end) else { return nil }
        // "a spokesman for the firm" is headed by "spokesman", "a Department for Constitutional
        // Affairs spokeswoman" by "spokeswoman".
        let isPerson = isPersonHead(last) || (linked && isPersonHead(head))
        return (Phrase(range: determiner.start..<end, kind: .rolePhrase, isPerson: isPerson, isPlural: isPluralHead(head)), cursor)
    }

    /// "increased", "following", "moves": lower-case words that end a noun phrase read forwards.
    private func looksLikeVerb(_ token: Token) -> Bool {
        text.isLowercase(token) && !SpeakerWords.isRole(token, in: text)
            && (text.endsWith(token, "ed") || text.endsWith(token, "ing"))
    }

    /// "The recall affects almost…", "the campaign flags up…": an -s word followed by what
    /// does not follow a noun. "the club directors said" keeps "directors".
    private func isPresentTenseVerb(_ token: Token, limit: Int) -> Bool {
        guard text.isLowercase(token), text.endsWith(token, "s"), !text.endsWith(token, "ss"), !text.isPossessive(token),
              !SpeakerWords.isRole(token, in: text), !SpeakerWords.isOrganisation(token, in: text),
              let after = text.next(from: token.end, limit: limit), after.isWord, text.isLowercase(after) else { return false }
        return !CueVerbs.isCue(after, in: text) && !CueVerbs.isInterposed(after, in: text)
            && !has(CueVerbs.passiveAuxiliaries, after) && !text.endsWith(after, "ed")
            && !has(SpeakerWords.linkingPrepositions, after)
    }

    private func isPersonHead(_ head: Token) -> Bool {
        if SpeakerWords.isRole(head, in: text) { return true }
        if SpeakerWords.isOrganisation(head, in: text) { return false }
        for suffix: StaticString in ["-old", "ster", "ian", "ist", "er", "or"] where text.endsWith(head, suffix) {
            return true
        }
        return false
    }

    /// "members", "officials", "people", "police", "Ministers": a plural head (a capitalised
    /// one only if it is a role or a body, not a name such as "Jones").
    private func isPluralHead(_ head: Token) -> Bool {
        guard text.isLowercase(head) || SpeakerWords.isRole(head, in: text) || SpeakerWords.isOrganisation(head, in: text)
        else { return false }
        if text.isWord(head, "people") || text.isWord(head, "police") { return true }
        return text.endsWith(head, "s") && !text.endsWith(head, "ss") && !text.isPossessive(head)
    }

    // MARK: Helpers

    private func has(_ set: WordSet, _ token: Token) -> Bool {
        SpeakerWords.contains(set, token, in: text)
    }
}
