/// Finds the subject of a sentence or of a clause: who a participle cue ("…, stating, “…”")
/// or a pronoun ("he") stands for.
struct ClauseSubjects {
    let text: AttributionTokens
    let phrases: SpeakerPhrases

    /// How many comma-separated stretches a participle's subject is looked for across.
    private static let maximumClauses = 4

    /// The subject of the sentence starting at `start`: connectors ("But", "However,") and an
    /// opening adverbial ("On Tuesday,") are skipped; the phrase must be followed by a word or
    /// a comma, as a subject is by its verb or an appositive.
    func sentenceSubject(from start: Int, limit: Int) -> SpeakerPhrases.Phrase? {
        guard var t = text.next(from: start, limit: limit) else { return nil }
        var skipped = 0
        while skipped < 3, t.isWord, SpeakerWords.contains(SpeakerWords.connectors, t, in: text),
              let next = text.next(from: t.end, limit: limit) {
            t = next.isPunctuation(",") ? (text.next(from: next.end, limit: limit) ?? next) : next
            skipped += 1
        }
        let opensAdverbial = SpeakerWords.contains(SpeakerWords.adverbialOpeners, t, in: text)
            || (text.isCapitalised(t) && text.endsWith(t, "ing"))   // "Paying tribute, the Lord Chancellor…"
        if t.isWord, opensAdverbial, !SpeakerWords.contains(SpeakerWords.pronouns, t, in: text) {
            guard let afterComma = tokenAfterComma(from: t.end, limit: limit, within: 8) else { return nil }
            t = afterComma
        }
        guard let (phrase, next) = phrases.phrase(startingWith: t, limit: limit), var follower = next else { return nil }
        if follower.isPunctuation("("), let close = text.closingParenthesis(after: follower, limit: limit),
           let afterBracket = text.next(from: close.end, limit: limit) {
            follower = afterBracket   // "A spokesman for the Association … (Apacs) which represents…"
        }
        if follower.isPunctuation(",") { return name(inAppositionTo: phrase, comma: follower, limit: limit) ?? phrase }
        guard follower.isWord else { return nil }
        // A lone capitalised word is a name only before a verb: "Trump had", not "Consumer
        // borrowing" nor "Wenger's Bayern counterpart…".
        if phrase.kind == .name, isOneWord(phrase.range, limit: limit), !looksLikeVerb(follower) || isCommonWord(phrase.range) {
            return nil   // nor is "More likely to drive sales is…", "Design is…"
        }
        return phrase
    }

    /// "The new chairman of the Bar Council, Guy Mansfield QC warned…", "the chairman of
    /// Migration Watch UK, Sir Andrew Green, said…": the name after a person's role.
    private func name(inAppositionTo role: SpeakerPhrases.Phrase, comma: Token, limit: Int) -> SpeakerPhrases.Phrase? {
        guard role.kind == .rolePhrase, role.isPerson, !role.isPlural,
              let first = text.next(from: comma.end, limit: limit), text.isCapitalised(first),
              let (name, next) = phrases.phrase(startingWith: first, limit: limit), name.kind == .name,
              let follower = next, follower.isPunctuation(",") || looksLikeVerb(follower) else { return nil }
        return name
    }

    /// How far around a capitalised word its lower-case spelling is looked for.
    private static let commonWordRadius = 8_192

    /// Whether the capitalised ASCII word `word` is also written in lower case near it ("more",
    /// "design"): a common word opening its sentence, not a name.
    private func isCommonWord(_ word: ByteRange) -> Bool {
        let bytes = text.bytes
        guard word.count >= 2, UTF8Bytes.isASCIIUpper(bytes[word.lowerBound]) else { return false }
        let window = max(0, word.lowerBound - Self.commonWordRadius)..<min(bytes.count, word.upperBound + Self.commonWordRadius)
        return UTF8Bytes.nextWholeWord(first: bytes[word.lowerBound] | 0x20, rest: word.lowerBound + 1..<word.upperBound,
                                       in: bytes, from: window.lowerBound, to: window.upperBound) != nil
    }

    func isOneWord(_ range: ByteRange, limit: Int) -> Bool {
        text.next(from: range.lowerBound, limit: limit)?.end == range.upperBound
    }

    /// "had", "said", "insists", "later": words that follow a subject rather than a modifier.
    private func looksLikeVerb(_ token: Token) -> Bool {
        guard text.isLowercase(token) else { return false }
        return CueVerbs.isCue(token, in: text) || CueVerbs.isInterposed(token, in: text)
            || SpeakerWords.contains(CueVerbs.passiveAuxiliaries, token, in: text)
            || text.isWord(token, "must") || text.isWord(token, "should")
            || text.endsWith(token, "ed") || (text.endsWith(token, "s") && !text.endsWith(token, "ss"))
    }

    /// The subject of the clause that ends at the comma before a participle cue: "…, but he
    /// later receded from that timeline, stating" → he. Stretches between commas are tried
    /// backwards; one that opens with a conjunction, a pronoun, a name or a determiner is a
    /// clause, and the sentence start always is.
    func clauseSubject(endingAt end: Int, sentenceStart floor: Int) -> SpeakerPhrases.Phrase? {
        var segmentEnd = end
        for _ in 0..<Self.maximumClauses {
            var first: Token?
            var cursor = text.previous(before: segmentEnd, floor: floor)
            var comma: Token?
            while let t = cursor {
                if t.isPunctuation(",") || t.isPunctuation(";") { comma = t; break }
                first = t
                cursor = text.previous(before: t.start, floor: floor)
            }
            guard let comma else { return sentenceSubject(from: floor, limit: end) }
            if let first, let subject = subject(openingClauseAt: first, limit: end) { return subject }
            segmentEnd = comma.start
        }
        return nil
    }

    private func subject(openingClauseAt first: Token, limit: Int) -> SpeakerPhrases.Phrase? {
        guard first.isWord else { return nil }
        var t = first
        if SpeakerWords.contains(SpeakerWords.conjunctions, t, in: text) {
            guard let next = text.next(from: t.end, limit: limit) else { return nil }
            t = next
        } else if text.isLowercase(t) && !SpeakerWords.contains(SpeakerWords.pronouns, t, in: text)
                    && !SpeakerWords.contains(SpeakerWords.determiners, t, in: text) {
            return nil   // "speaking to reporters", "in a statement": no clause of its own
        }
        guard let (phrase, next) = phrases.phrase(startingWith: t, limit: limit),
              let follower = next, follower.isWord else { return nil }
        return phrase
    }

    /// The person a sentence reports, where it has a cue with a name beside it: "Incidents like
    /// this happen, said Mr Thiemann, because…", "…are wrong, Ms Diemont says."
    func reportedSpeaker(in sentence: ByteRange) -> SpeakerPhrases.Phrase? {
        var cursor = text.next(from: sentence.lowerBound, limit: sentence.upperBound)
        var previous: Token?
        var found: SpeakerPhrases.Phrase?
        var steps = 0
        let cues = CueVerbs.Matcher()
        while let t = cursor, steps < Self.maximumTokensForReport {
            if cues.isCue(t, in: text), !CueVerbs.isParticiple(t, in: text) {
                // Only a capitalised word or a document's ("the Pew report says") ends a name.
                if let last = previous.map({ skippingAuxiliary($0, floor: sentence.lowerBound) }),
                   text.isCapitalised(last) || SpeakerWords.contains(SpeakerWords.documents, last, in: text),
                   let phrase = phrases.phrase(endingWith: last, floor: sentence.lowerBound), phrase.kind == .name {
                    found = phrase   // "Ms Diemont says", "Michael Howard has said"
                } else if !CueVerbs.takesAddressee(t, in: text), let next = text.next(from: t.end, limit: sentence.upperBound),
                          let (phrase, after) = phrases.phrase(startingWith: next, limit: sentence.upperBound),
                          phrase.kind == .name, after.map({ !$0.isWord }) ?? true {
                    found = phrase   // "said Mr Thiemann," but not "said Iraq had become…"
                }
            }
            previous = t
            steps += 1
            cursor = text.next(from: t.end, limit: sentence.upperBound)
        }
        return found
    }

    /// The word before "has" or "had" in "Michael Howard has said", else `token` itself.
    private func skippingAuxiliary(_ token: Token, floor: Int) -> Token {
        guard text.isWord(token, "has") || text.isWord(token, "had"),
              let before = text.previous(before: token.start, floor: floor) else { return token }
        return before
    }

    /// The first person the sentence names with a title: "And that's when Mr Senanayake started
    /// to wonder…" → Mr Senanayake, for a "he says" in the next sentence whose subject is no
    /// name; "On that day's Today programme Mr Johnson was asked why Mr Smith…" → Mr Johnson,
    /// as the first named is usually the one the sentence is about.
    func firstTitledName(in sentence: ByteRange, _ accepts: (SpeakerPhrases.Phrase) -> Bool) -> SpeakerPhrases.Phrase? {
        var cursor = text.next(from: sentence.lowerBound, limit: sentence.upperBound)
        var steps = 0
        while let t = cursor, steps < Self.maximumTokensForReport {
            if t.isWord, text.isCapitalised(t), SpeakerWords.contains(SpeakerWords.personalTitles, t, in: text),
               let (phrase, _) = phrases.phrase(startingWith: t, limit: sentence.upperBound),
               phrase.kind == .name, phrase.range.count > t.range.count, accepts(phrase) {
                return phrase
            }
            steps += 1
            cursor = text.next(from: t.end, limit: sentence.upperBound)
        }
        return nil
    }

    /// Whether `phrase` opens with a title only a person bears: "Mr Straw", "Sir Digby Jones".
    func hasPersonalTitle(_ phrase: SpeakerPhrases.Phrase) -> Bool {
        guard let first = text.next(from: phrase.range.lowerBound, limit: phrase.range.upperBound) else { return false }
        return SpeakerWords.contains(SpeakerWords.personalTitles, first, in: text)
    }


    /// Whether `sentence` may hold a personal title ("Mr", "Dr", "Lady", any case) as a word of
    /// its own: a byte test, an order of magnitude cheaper than ``reportedSpeaker(in:)``, that
    /// rules out most sentences before they are read for a titled speaker. A title word starts
    /// the sentence or follows a byte that is no ASCII letter or digit (no token starts inside
    /// a run of them), and ends it or comes before one.
    func mayHoldPersonalTitle(_ sentence: ByteRange) -> Bool {
        let bytes = text.bytes
        var p = sentence.lowerBound
        while p < sentence.upperBound {
            defer { p += 1 }
            switch bytes[p] | 0x20 {
            case UInt8(ascii: "m"), UInt8(ascii: "d"), UInt8(ascii: "s"), UInt8(ascii: "l"), UInt8(ascii: "p"): break
            default: continue
            }
            guard p == sentence.lowerBound || !Self.isASCIILetterOrDigit(bytes[p - 1]) else { continue }
            var end = p + 1
            while end < sentence.upperBound, end - p <= 4, Self.isASCIILetterOrDigit(bytes[end]) { end += 1 }
            if end - p <= 4, SpeakerWords.personalTitles.contains(bytes, p..<end) { return true }
        }
        return false
    }

    private static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b)
    }

    /// Tokens read looking for "said Mr Thiemann" in a sentence.
    private static let maximumTokensForReport = 80

    private func tokenAfterComma(from start: Int, limit: Int, within count: Int) -> Token? {
        var cursor = text.next(from: start, limit: limit)
        var seen = 0
        while let t = cursor, seen < count {
            if t.isPunctuation(",") { return text.next(from: t.end, limit: limit) }
            guard t.isWord else { return nil }
            seen += 1
            cursor = text.next(from: t.end, limit: limit)
        }
        return nil
    }
}
