/// The speaker and cue written after a quotation: "“…,” Peskov said", "“…,” said Mr Smith",
/// "“…,” the 22-year-old told BBC Sport", "“…,” according to officials" (see
/// ``SpeakerAttribution`` for the forms before it).
extension SpeakerAttribution {
    func after(_ quote: PairedQuote, limit: Int) -> Attribution? {
        guard let closingMark = quote.closingMarkStart else { return nil }
        var invited = false
        if let inside = text.previous(before: closingMark, floor: quote.content.lowerBound) {
            invited = inside.isWord || inside.isPunctuation(",") || inside.isPunctuation("?") || inside.isPunctuation("!")
                || inside.isPunctuation("—") || inside.isPunctuation("–") || inside.isPunctuation("-")
                || inside.isPunctuation("…") || inside.isPunctuation("]") || inside.isPunctuation(")")
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
            // "said Mr Smith", "added the spokesman"; not "describing Charles as …"
            guard !CueVerbs.isParticiple(t, in: text), let first = text.next(from: t.end, limit: limit),
                  let phrase = phrases.phrase(startingWith: first, limit: limit)?.0 ?? phrases.name(near: first, limit: limit)
            else { return nil }
            return Attribution(speaker: name(inAppositionTo: phrase, limit: limit) ?? phrase, cue: t.range)
        }
        return speakerThenCue(startingWith: t, floor: quote.range.upperBound, limit: limit)
    }

    /// "said his wife, Sheila.", "said the firm's chairman, Bob Smith,": the name a description
    /// is given right after it, when the name ends the clause.
    private func name(inAppositionTo description: SpeakerPhrases.Phrase, limit: Int) -> SpeakerPhrases.Phrase? {
        guard description.kind == .rolePhrase,
              let comma = text.next(from: description.range.upperBound, limit: limit), comma.isPunctuation(","),
              let first = text.next(from: comma.end, limit: limit), text.isCapitalised(first),
              let name = phrases.phrase(startingWith: first, limit: limit)?.0, name.kind == .name else { return nil }
        guard let after = text.next(from: name.range.upperBound, limit: limit) else { return name }
        return after.isPunctuation(".") || after.isPunctuation(",") || after.isPunctuation(";") ? name : nil
    }

    /// "Peskov said", "the 22-year-old told BBC Sport", "Peskov, the Kremlin spokesman, said",
    /// "Eva Lichtenberg, a member of the European Parliament, said", "Mr Kapor is reported as
    /// saying".
    private func speakerThenCue(startingWith first: Token, floor: Int, limit: Int) -> Attribution? {
        guard opensSpeakerPhrase(first, limit: limit) else { return nil }
        var cursor: Token? = first
        var words = 0
        var delimiters = 0
        var firstDelimiter: Token?
        var previous: Token?
        while let t = cursor, words < Self.maximumWordsAfter {
            if t.isWord {
                if mayReportQuotation(t), let reported = speakerQuotedAsSaying(reportingVerb: t, limit: limit) { return reported }
                let isNoun = previous.map { SpeakerWords.contains(SpeakerWords.determiners, $0, in: text) } == true
                if CueVerbs.isCue(t, in: text) && !isNoun {
                    guard words > 0 else { return nil }
                    if delimiters == 1, let delimiter = firstDelimiter, let speaker = speaker(beforeAppositive: delimiter, from: first) {
                        return Attribution(speaker: speaker, cue: t.range)
                    }
                    return speaker(ofCue: t, quoteStart: floor, floor: first.start)
                }
                if let cue = cueAfterQuotedAs(auxiliary: t, limit: limit) {
                    guard let before = text.previous(before: t.start, floor: first.start),
                          let phrase = phrase(endingBefore: before, floor: first.start) else { return nil }
                    return Attribution(speaker: phrase, cue: cue.range)
                }
                // Inside the phrase "and" and prepositions are fine: "the Finance and Economy
                // Ministry", "an economist with ABN Amro"; a clause word ends it.
                let inPhrase = words > 0 && (text.isWord(t, "and") || SpeakerWords.contains(SpeakerWords.linkingPrepositions, t, in: text)
                    || text.isWord(t, "in") || text.isWord(t, "on"))
                if SpeakerWords.contains(SpeakerWords.phraseBoundaries, t, in: text) && !inPhrase
                    && !CueVerbs.isInterposed(t, in: text) {
                    return nil
                }
                words += 1
            } else if isDelimiter(t) {
                delimiters += 1
                if firstDelimiter == nil { firstDelimiter = t }
                guard delimiters <= 2 else { return nil }
            } else if t.isPunctuation("&") {
                // "Lopes Filho & Associates"
            } else if t.isPunctuation("(") {
                guard let close = text.closingParenthesis(after: t, limit: limit) else { return nil }
                cursor = text.next(from: close.end, limit: limit)
                continue
            } else if !isAbbreviationPeriod(t, floor: floor) {
                return nil
            }
            previous = t
            cursor = text.next(from: t.end, limit: limit)
        }
        return nil
    }

    /// Whether `first` can open "SPEAKER said" after a quotation: a pronoun, a determiner, a
    /// name, an owner ("eBay's David Stern"), a role ("coach Andy Robinson") or a word before a
    /// role or a name ("festival organiser Michael Eavis", "investment bank Merrill Lynch").
    private func opensSpeakerPhrase(_ first: Token, limit: Int) -> Bool {
        guard first.isWord else { return false }
        if SpeakerWords.contains(SpeakerWords.pronouns, first, in: text)
            || SpeakerWords.contains(SpeakerWords.determiners, first, in: text)
            || SpeakerWords.isRole(first, in: text) || text.isPossessive(first) {
            return true
        }
        if text.isCapitalised(first) { return !SpeakerWords.contains(SpeakerWords.nonNames, first, in: text) }
        guard !SpeakerWords.contains(SpeakerWords.phraseBoundaries, first, in: text), !CueVerbs.isCue(first, in: text),
              let next = text.next(from: first.end, limit: limit) else { return false }
        if SpeakerWords.isRole(next, in: text) || text.isCapitalised(next) { return true }
        guard next.isWord, let second = text.next(from: next.end, limit: limit) else { return false }
        return SpeakerWords.isRole(second, in: text) || text.isCapitalised(second)
    }

    /// Whether `verb` may be one of the verbs ``speakerQuotedAsSaying(reportingVerb:limit:)``
    /// reads ("quoted", "quotes", "reports", "reported"), by its length and first letter: a
    /// test made of every word after a quotation, most of which it rules out without a call.
    @inline(__always)
    private func mayReportQuotation(_ verb: Token) -> Bool {
        let first = text.bytes[verb.start] | 0x20
        return verb.range.count >= 6 && verb.range.count <= 8 && (first == UInt8(ascii: "q") || first == UInt8(ascii: "r"))
    }

    /// "AP quoted prosecutor Russell McGuire as saying", "Reuters reports a union source as
    /// saying": the one quoted stands between the reporting verb and "as saying".
    private func speakerQuotedAsSaying(reportingVerb verb: Token, limit: Int) -> Attribution? {
        guard text.isWord(verb, "quoted") || text.isWord(verb, "quotes") || text.isWord(verb, "reports")
                || text.isWord(verb, "reported"),
              let first = text.next(from: verb.end, limit: limit), first.isWord, !text.isWord(first, "as") else { return nil }
        var cursor: Token? = first
        for _ in 0..<10 {
            guard let t = cursor, t.isWord else { return nil }
            if text.isWord(t, "as") {
                guard let cue = text.next(from: t.end, limit: limit), CueVerbs.isCue(cue, in: text),
                      let phrase = phrases.phrase(startingWith: first, limit: t.start)?.0 ?? phrases.name(near: first, limit: t.start)
                else { return nil }
                return Attribution(speaker: phrase, cue: cue.range)
            }
            cursor = text.next(from: t.end, limit: limit)
        }
        return nil
    }

    /// "Eva Lichtenberg, a member of the European Parliament said": with one comma, a
    /// description after it means the speaker is named before it. A pronoun after the comma
    /// opens a clause of its own instead ("“snubbing” Moore's film, he thought": he).
    private func speaker(beforeAppositive delimiter: Token, from first: Token) -> SpeakerPhrases.Phrase? {
        guard let after = text.next(from: delimiter.end, limit: delimiter.end + 64), after.isWord,
              !SpeakerWords.contains(SpeakerWords.pronouns, after, in: text),
              text.isLowercase(after) || SpeakerWords.contains(SpeakerWords.determiners, after, in: text),
              let last = text.previous(before: delimiter.start, floor: first.start),
              let phrase = phrases.phrase(endingWith: last, floor: first.start), phrase.kind != .pronoun else { return nil }
        return phrase
    }

    /// The cue of "is quoted as saying", "was reported as saying", given the auxiliary.
    private func cueAfterQuotedAs(auxiliary: Token, limit: Int) -> Token? {
        guard SpeakerWords.contains(CueVerbs.passiveAuxiliaries, auxiliary, in: text),
              let verb = text.next(from: auxiliary.end, limit: limit),
              text.isWord(verb, "quoted") || text.isWord(verb, "reported"),
              let asWord = text.next(from: verb.end, limit: limit), text.isWord(asWord, "as"),
              let cue = text.next(from: asWord.end, limit: limit), CueVerbs.isCue(cue, in: text) else { return nil }
        return cue
    }
}
