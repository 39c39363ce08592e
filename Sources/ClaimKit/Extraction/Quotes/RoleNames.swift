/// "said the Ealing North MP" → Stephen Pound: a speaker the text calls by a role ("the Ealing
/// North MP", "the prime minister") is the person an earlier sentence named with that role
/// written before the name ("Labour MP Stephen Pound", "Prime Minister Tony Blair"). BBC style
/// names a person in full with the role once and by the role or the surname after; a
/// fact-checker wants the name.
///
/// The nearest earlier "ROLE Name" with the same role word is taken, within
/// ``searchDistance`` bytes, so that the search stays bounded on any input. A role the text never
/// gives before a name ("a spokesman said") stays as written.
struct RoleNames {
    let text: AttributionTokens
    let phrases: SpeakerPhrases

    static let searchDistance = 8_192

    /// The name given earlier to the holder of the role `phrase` ends with, if any.
    func name(for phrase: SpeakerPhrases.Phrase) -> SpeakerPhrases.Phrase? {
        if let author = authorOfDocument(phrase) { return author }
        guard phrase.kind == .rolePhrase, phrase.isPerson,
              let head = text.previous(before: phrase.range.upperBound, floor: phrase.range.lowerBound),
              SpeakerWords.isRole(head, in: text) else { return nil }
        let floor = max(0, phrase.range.lowerBound - Self.searchDistance)
        if let name = name(inAppositionTo: head, floor: floor) { return name }   // "Tony Lloyd, the Manchester Central MP, has"
        var end = phrase.range.lowerBound
        while let t = previousWord(like: head, endingBy: end, floor: floor, from: phrase.range.lowerBound) {
            if !isLesserRank(before: t, in: phrase),
               let next = text.next(from: t.end, limit: phrase.range.lowerBound), text.isCapitalised(next),
               let (name, _) = phrases.phrase(startingWith: next, limit: phrase.range.lowerBound), name.kind == .name {
                return name
            }
            if let name = name(inAppositionTo: t, floor: floor) { return name }
            end = t.start
        }
        return principalPerson(for: phrase, head: head)
    }

    /// "Tony Lloyd, the Manchester Central MP, …": the name a comma sets before "the" and the
    /// words up to the role word `head`.
    private func name(inAppositionTo head: Token, floor: Int) -> SpeakerPhrases.Phrase? {
        var cursor = text.previous(before: head.start, floor: floor)
        for _ in 0..<Self.wordsBeforeRole {
            guard let t = cursor, t.isWord else { return nil }
            if text.isWord(t, "the") {
                guard let comma = text.previous(before: t.start, floor: floor), comma.isPunctuation(","),
                      let last = text.previous(before: comma.start, floor: floor),
                      let name = phrases.phrase(endingWith: last, floor: floor), name.kind == .name,
                      PersonNameEvidence(text: text).isPerson(name) else { return nil }
                return name   // not "Writing … in the Northern Echo, the Bishop said"
            }
            cursor = text.previous(before: t.start, floor: floor)
        }
        return nil
    }

    /// Words read back from a role word for the "the" that opens it: "the Manchester Central MP".
    private static let wordsBeforeRole = 5

    /// "A National Audit Office report … says …. “…,” the report says": a document written as
    /// "the report" is the one the text named with its author earlier, and the author speaks.
    private func authorOfDocument(_ phrase: SpeakerPhrases.Phrase) -> SpeakerPhrases.Phrase? {
        guard phrase.kind == .rolePhrase,
              let the = text.next(from: phrase.range.lowerBound, limit: phrase.range.upperBound), text.isWord(the, "the"),
              let document = text.next(from: the.end, limit: phrase.range.upperBound), document.end == phrase.range.upperBound,
              SpeakerWords.contains(SpeakerWords.documents, document, in: text),
              !text.isWord(document, "poll") else { return nil }   // "the poll" is often a vote, not a survey
        let floor = max(0, phrase.range.lowerBound - Self.searchDistance)
        var end = phrase.range.lowerBound
        while let t = previousWord(like: document, endingBy: end, floor: floor, from: phrase.range.lowerBound) {
            if let (author, _) = phrases.author(ofDocument: t, floor: max(floor, t.start - 200)) { return author }
            end = t.start
        }
        return nil
    }

    /// "the Russian president said", "The writer … he once said": the one holder of a role an
    /// article is about, when the text never writes the role before the name. Only for roles an
    /// article has one of and is often about ("the spokesman" is anyone), and only the person
    /// ``PersonSalience`` finds.
    private func principalPerson(for phrase: SpeakerPhrases.Phrase, head: Token) -> SpeakerPhrases.Phrase? {
        guard SpeakerWords.contains(Self.principalRoles, head, in: text),
              let first = text.next(from: phrase.range.lowerBound, limit: phrase.range.upperBound),
              text.isWord(first, "the"), !hasRankWord(phrase) else { return nil }
        return PersonSalience(text: text).principalPerson(before: phrase.range.lowerBound) { _ in true }
    }

    /// "the shadow chancellor", "the former president": not the holder the article is about.
    private func hasRankWord(_ phrase: SpeakerPhrases.Phrase) -> Bool {
        var cursor = text.next(from: phrase.range.lowerBound, limit: phrase.range.upperBound)
        while let t = cursor {
            if SpeakerWords.contains(Self.rankWords, t, in: text) { return true }
            cursor = text.next(from: t.end, limit: phrase.range.upperBound)
        }
        return false
    }

    private static let principalRoles = WordSet([
        "president", "premier", "chancellor", "writer", "author", "novelist", "singer", "actor", "actress",
        "star", "rapper", "comedian", "presenter", "tycoon", "billionaire",
    ])

    /// The last word token ending by `end` that is the word `head` in any case (``sameWord(_:_:)``),
    /// among the tokens read back from `start` down to `floor`.
    ///
    /// Reading every token of the search distance back took most of the time spent naming
    /// roles; instead the bytes are compared first, and only where they match is the text
    /// read as tokens, from the blank after the match, which gives the same tokens as reading
    /// from `start` would (no token spans a blank).
    private func previousWord(like head: Token, endingBy end: Int, floor: Int, from start: Int) -> Token? {
        let bytes = text.bytes
        let length = head.range.count
        let first = bytes[head.start] | 0x20
        // A word of one byte is matched on that byte alone.
        let second = length >= 2 ? bytes[head.start + 1] | 0x20 : nil
        var p = end - length
        while p >= floor {
            if p - 7 >= floor, !mayStart(first, second, inEightBytesEndingAt: p) {
                p -= 8
                continue
            }
            if bytes[p] | 0x20 == first, matches(head, at: p), let token = token(at: p, length: length, floor: floor, from: start) {
                return token
            }
            p -= 1
        }
        return nil
    }

    /// Whether one of `p - 7 ... p` may start a word opening with `first` then `second`, once
    /// 0x20 is set in them, tested eight bytes at a time: most of the search distance holds no
    /// such pair ("pr" of "president" is rarer than its "p"), and the bytes are read one by one
    /// only where one may. The byte after `p` is read, which lies inside any word ending by `end`.
    private func mayStart(_ first: UInt8, _ second: UInt8?, inEightBytesEndingAt p: Int) -> Bool {
        guard let base = text.bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let caseBits: UInt64 = 0x2020_2020_2020_2020
        let firsts = UTF8Bytes.lanes(of: raw.loadUnaligned(fromByteOffset: p - 7, as: UInt64.self) | caseBits, equalTo: first)
        guard let second, firsts != 0 else { return firsts != 0 }
        return firsts & UTF8Bytes.lanes(of: raw.loadUnaligned(fromByteOffset: p - 6, as: UInt64.self) | caseBits, equalTo: second) != 0
    }

    private func matches(_ head: Token, at p: Int) -> Bool {
        for k in 1..<head.range.count where text.bytes[p + k] | 0x20 != text.bytes[head.start + k] | 0x20 { return false }
        return true
    }

    /// The word token `p..<p + length` read back from `start`, if there is one.
    private func token(at p: Int, length: Int, floor: Int, from start: Int) -> Token? {
        var blank = p + length   // reading back from just after a blank gives the tokens that reading from `start` gives
        while blank < start && !Self.isBlank(text.bytes[blank - 1]) { blank += 1 }
        var cursor = text.previous(before: blank, floor: floor)
        while let t = cursor, t.start > p {
            cursor = text.previous(before: t.start, floor: floor)
        }
        guard let t = cursor, t.isWord, t.start == p, t.end == p + length else { return nil }
        return t
    }

    /// Bytes ``AttributionTokens`` skips and no token contains.
    private static func isBlank(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// "Deputy Prime Minister John Prescott" is not "the prime minister": a rank word before the
    /// earlier role that the phrase itself does not have.
    private func isLesserRank(before role: Token, in phrase: SpeakerPhrases.Phrase) -> Bool {
        var cursor = text.previous(before: role.start, floor: max(0, role.start - 64))
        for _ in 0..<2 {
            guard let t = cursor, t.isWord else { return false }
            if SpeakerWords.contains(Self.rankWords, t, in: text) {
                return !phraseContains(t, phrase)
            }
            cursor = text.previous(before: t.start, floor: max(0, role.start - 64))
        }
        return false
    }

    private func phraseContains(_ word: Token, _ phrase: SpeakerPhrases.Phrase) -> Bool {
        var cursor = text.next(from: phrase.range.lowerBound, limit: phrase.range.upperBound)
        while let t = cursor {
            if sameWord(t, word) { return true }
            cursor = text.next(from: t.end, limit: phrase.range.upperBound)
        }
        return false
    }

    private static let rankWords = WordSet(["deputy", "vice", "former", "shadow", "junior", "assistant", "acting", "ex", "interim"])

    /// The same word in any case: "MP" and "MP", "President" and "president".
    private func sameWord(_ a: Token, _ b: Token) -> Bool {
        guard a.isWord, a.range.count == b.range.count else { return false }
        for k in 0..<a.range.count where text.bytes[a.start + k] | 0x20 != text.bytes[b.start + k] | 0x20 { return false }
        return true
    }
}
