#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The second pass: gives each paired quotation its speaker and cue verb.
///
/// - The quotation's own sentence is read first (``SpeakerAttribution``); a nested quotation
///   looks only inside the quotation around it, and its pronouns are left as written.
/// - A pronoun speaker of an outermost quotation is resolved (``PronounResolution``).
/// - Pieces of one quotation share a speaker: a paragraph that carries on a quotation left open
///   (the BBC's multi-paragraph quotes), or a quotation that follows another with only blanks
///   between ("“…” “…,” he said"), takes the speaker of the piece before it, or else of the
///   piece after it.
/// - A quotation of at least ``minimumSpeechWords`` words that is a sentence of its own, with no
///   cue, takes the speaker the sentences before it name (``PronounResolution/contextSpeaker``),
///   or that of a quotation one or two sentences before; its cue stays `nil`. This is how the
///   BBC goes on quoting someone paragraph after paragraph.
struct QuoteAttributor {
    /// Bytes read after a quotation for "…,” Peskov said".
    private static let afterWindow = 240
    /// Words a sentence-opening quotation needs before the sentences around it may name its speaker.
    private static let minimumSpeechWords = 5
    /// Sentences a speech quotation with no cue may stand after the previous quotation and
    /// still carry on its speaker: two, or up to this many when none between reports speech.
    private static let followOnSentences = 4

    private let bytes: UnsafeBufferPointer<UInt8>
    private let text: AttributionTokens
    private let attribution: SpeakerAttribution
    private let resolution: PronounResolution

    init(bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) {
        self.bytes = bytes
        text = AttributionTokens(bytes: bytes)
        attribution = SpeakerAttribution(text: text)
        resolution = PronounResolution(subjects: attribution.subjects, sentences: sentences)
    }

    /// `quotes` must be sorted by start.
    func attribute(_ quotes: [PairedQuote]) -> [QuoteMatch] {
        // Filled in order, one entry a quotation (cheaper than arrays of nil filled up front).
        var found: [Found] = []
        found.reserveCapacity(quotes.count)
        var known: [PronounResolution.KnownSpeaker] = []
        known.reserveCapacity(quotes.count)
        var previousOutermost: Int?
        let genders = SpeakerGender(bytes: bytes)
        let window = UnsafeMutableBufferPointer<Token>.allocate(capacity: SpeakerAttribution.maximumReportingDistance)
        defer { window.deallocate() }
        let roles = RoleNames(text: text, phrases: attribution.phrases)
        let persons = PersonNameEvidence(text: text)
        for (i, quote) in quotes.enumerated() {
            let floor = beforeFloor(quote)
            var result = attribution.before(quote, floor: floor)
                ?? attribution.after(quote, limit: afterLimit(quote))
            var link: Int?
            var unnamedRole = false
            var roleName: RoleName?
            if quote.depth == 0 {
                link = previousOutermost.flatMap { continues(quote, after: quotes[$0]) ? $0 : nil }
                if result == nil, let link {
                    result = found[link].attribution
                } else {
                    // Where a pronoun's antecedent is looked for back from: the quotation, or the
                    // start of its sentence when a closing clause reports the whole sentence
                    // ("Britain was “uniquely placed” …, he suggested": not Britain).
                    var reported = quote.range.lowerBound
                    result = result ?? attribution.reportingClause(of: quote, floor: floor, window: window)
                    if result == nil, let end = sentenceEnd(of: quote),
                       let closing = attribution.closingClause(after: quote, sentenceEnd: end) {
                        result = closing
                        reported = floor
                    }
                    if let current = result, let pronoun = pronounToResolve(in: current.speaker) {
                        let isPersonal = isPersonalPronoun(pronoun)
                        let antecedent = resolution.antecedent(ofPronounAt: pronoun, quoteStart: reported,
                                                                 needsPerson: isPersonal, known: known) { phrase in
                            !isPersonal || genders.fits(phrase.range, pronoun: pronoun)
                        }
                        if let antecedent { result = Attribution(speaker: antecedent, cue: current.cue) }
                    }
                    if let current = result, isDefiniteDescription(current.speaker) {
                        if let name = roles.name(for: current.speaker) {
                            roleName = RoleName(speaker: current.speaker, name: name)
                        } else {
                            unnamedRole = true
                            if let named = resolution.antecedent(ofPronounAt: current.speaker.range, quoteStart: reported, needsPerson: true,
                                                                 prefersReported: true, known: known, fits: persons.isPerson),
                               named.kind == .name {
                                result = Attribution(speaker: named, cue: current.cue)   // "said the Newport-based athlete"
                                unnamedRole = false
                            }
                        }
                    }
                }
                if let result, result.speaker.kind != .pronoun {
                    known.append(.init(quoteStart: quote.range.lowerBound, speaker: result.speaker))
                }
                previousOutermost = i
            }
            found.append(Found(attribution: result, link: link, isUnnamedRole: unnamedRole, roleName: roleName))
        }
        for i in stride(from: quotes.count - 1, through: 0, by: -1) {
            if let link = found[i].link, found[link].attribution == nil { found[link].attribution = found[i].attribution }
        }
        previousOutermost = nil
        for (i, quote) in quotes.enumerated() where quote.depth == 0 {
            defer { previousOutermost = i }
            guard found[i].attribution == nil else { continue }
            if let link = found[i].link, let inherited = found[link].attribution {
                found[i].attribution = inherited
            } else if opensSentenceAsSpeech(quote) {
                if let speaker = resolution.contextSpeaker(ofQuoteAt: quote.range.lowerBound, known: known,
                                                            fits: { genders.fits($0.range, pronoun: $1) }) {
                    found[i].attribution = Attribution(speaker: speaker, cue: nil)
                } else if let p = previousOutermost, let previous = found[p].attribution,
                          let apart = resolution.sentencesApart(quotes[p].range.upperBound - 1, quote.range.lowerBound),
                          apart <= 2 || (apart <= Self.followOnSentences && !hasCue(from: quotes[p].range.upperBound, to: quote.range.lowerBound)) {
                    found[i].attribution = Attribution(speaker: previous.speaker, cue: nil)   // "“…,” he said. “…”"
                }
            }
        }
        var matches: [QuoteMatch] = []
        matches.reserveCapacity(quotes.count)
        // Pieces of one quotation, and paragraphs that go on quoting, share a speaker phrase:
        // the name its role stands for is looked up once for the run.
        var named: RoleName?
        for (i, quote) in quotes.enumerated() {
            let attribution = found[i].attribution
            var speaker: ByteRange?
            if let attribution {
                if found[i].isUnnamedRole {
                    speaker = attribution.speaker.range
                } else if let named, Self.isSame(named.speaker, attribution.speaker) {
                    speaker = named.name.range
                } else if let known = found[i].roleName, Self.isSame(known.speaker, attribution.speaker) {
                    named = known   // named in the first pass, for a definite description
                    speaker = known.name.range
                } else {
                    let name = roles.name(for: attribution.speaker) ?? attribution.speaker
                    named = RoleName(speaker: attribution.speaker, name: name)
                    speaker = name.range
                }
            }
            matches.append(QuoteMatch(range: quote.range, content: quote.content, speaker: speaker,
                                      cue: attribution?.cue.map { text.text($0) }))
        }
        return matches
    }

    /// What the first pass over the quotations finds for one of them, filled in by the passes after.
    private struct Found {
        var attribution: Attribution?
        /// The earlier piece of the same quotation (``continues(_:after:)``).
        let link: Int?
        /// Whether the speaker is a role phrase ``RoleNames`` gives no name to, as read for a
        /// definite description, so that naming the speakers does not read it again.
        let isUnnamedRole: Bool
        /// The name ``RoleNames`` gave the speaker, when the first pass asked it (for a definite
        /// description: "the Ealing North MP"), so that naming the speakers does not search for
        /// it again.
        let roleName: RoleName?
    }

    /// A speaker phrase and the name ``RoleNames/name(for:)`` gives it (the phrase itself when none).
    private struct RoleName {
        let speaker: SpeakerPhrases.Phrase
        let name: SpeakerPhrases.Phrase
    }

    /// Whether two phrases are the same for ``RoleNames/name(for:)``, which reads only these.
    private static func isSame(_ a: SpeakerPhrases.Phrase, _ b: SpeakerPhrases.Phrase) -> Bool {
        a.range == b.range && a.kind == b.kind && a.isPerson == b.isPerson
    }

    /// Whether a cue verb stands in `start..<end`: sentences between two quotations that
    /// report someone's words ("Her lawyer said she would sue") may be introducing a new speaker.
    private func hasCue(from start: Int, to end: Int) -> Bool {
        var cursor = text.next(from: start, limit: end)
        while let t = cursor {
            if CueVerbs.isCue(t, in: text) { return true }
            cursor = text.next(from: t.end, limit: end)
        }
        return false
    }

    /// The pronoun a speaker phrase stands on: "he", "it", or the owner of a document ("says its
    /// report": the body "its" stands for wrote it).
    private func pronounToResolve(in speaker: SpeakerPhrases.Phrase) -> ByteRange? {
        switch speaker.kind {
        case .pronoun:
            return SpeakerWords.resolvablePronouns.contains(bytes, speaker.range) ? speaker.range : nil
        case .rolePhrase:
            guard let owner = text.next(from: speaker.range.lowerBound, limit: speaker.range.upperBound),
                  text.isWord(owner, "its") || text.isWord(owner, "their"),
                  let document = text.next(from: owner.end, limit: speaker.range.upperBound),
                  document.end == speaker.range.upperBound,
                  SpeakerWords.contains(SpeakerWords.documents, document, in: text) else { return nil }
            return owner.range
        case .name:
            return nil
        }
    }

    /// "the source told the paper": people a story leaves unnamed on purpose.
    private static let unnamedSources = WordSet(["source", "insider", "official"])

    /// "the 30-year-old", "the Newport-based athlete", "the Tory leader": a definite description
    /// of one person that, like "he", stands for a person the text has just named. Not a
    /// spokesman or a source, nor anyone described as someone's ("the rapper's spokesman", "the BBC's
    /// correspondent"): they speak for the one named, or are named elsewhere.
    private func isDefiniteDescription(_ speaker: SpeakerPhrases.Phrase) -> Bool {
        guard speaker.kind == .rolePhrase, !speaker.isPlural,
              let the = text.next(from: speaker.range.lowerBound, limit: speaker.range.upperBound),
              text.isWord(the, "the"), let last = text.previous(before: speaker.range.upperBound, floor: the.end),
              !text.startsWith(last, "spokes"), !SpeakerWords.contains(Self.unnamedSources, last, in: text) else { return false }
        var cursor = text.next(from: the.end, limit: speaker.range.upperBound)
        var previous: Token?
        while let t = cursor {
            // "the shadow chancellor" is the opposite number of the one just named, not him.
            if text.isPossessive(t) || text.isWord(t, "shadow") { return false }
            if t.start == last.start, let previous, text.isCapitalised(previous), text.isCapitalised(t),
               SpeakerWords.contains(Self.bodyHeads, t, in: text) {
                return false   // "the Scottish Executive", "the Hollywood Reporter": a body's name
            }
            previous = t
            cursor = text.next(from: t.end, limit: speaker.range.upperBound)
        }
        return speaker.isPerson || text.endsWith(last, "-year-old")
    }

    /// Role words that, capitalised after a capitalised word, end the name of a body or a
    /// paper: "the Scottish Executive", "the Hollywood Reporter".
    private static let bodyHeads = WordSet(["executive", "reporter", "council", "office"])

    /// "he", "she": pronouns that stand for a person, not for "the company".
    private func isPersonalPronoun(_ range: ByteRange) -> Bool {
        range.count <= 3 && (bytes[range.lowerBound] | 0x20 == UInt8(ascii: "h") || bytes[range.lowerBound] | 0x20 == UInt8(ascii: "s"))
    }

    /// A double quotation of a few words at least that opens its sentence: speech whose speaker
    /// the sentences before may name, not a title or a scare quote.
    private func opensSentenceAsSpeech(_ quote: PairedQuote) -> Bool {
        guard quote.family != .single, beforeFloor(quote) == quote.range.lowerBound,
              !quote.isClosed || endsSentence(quote) else { return false }
        var spaces = 0
        for i in quote.content where bytes[i] == 0x20 {
            spaces += 1
            if spaces >= Self.minimumSpeechWords - 1 { return true }
        }
        return false
    }

    /// "“… future.” The", "“… future.”⏎": a closed quotation that is a whole sentence, not one
    /// that the sentence goes on from ("“…,” which violates the Charter").
    private func endsSentence(_ quote: PairedQuote) -> Bool {
        guard quote.content.count > 0 else { return false }
        let last = bytes[quote.content.upperBound - 1]
        var end = quote.range.upperBound
        if !(last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!") || last == 0xA6 /* … */) {
            // "“… from there”. But": the full stop written after the closing mark.
            guard end < bytes.count, bytes[end] == UInt8(ascii: ".") else { return false }
            end += 1
        }
        guard let next = text.next(from: end, limit: afterLimit(quote)) else { return true }
        // A sentence may open with a figure: "“… other things.” 3 is looking to music…"
        return !next.isWord || text.isCapitalised(next) || UTF8Bytes.isDigit(bytes[next.start])
    }

    /// Whether `quote` is the next piece of `previous`: a paragraph carrying it on, or a
    /// quotation right after it on the same line.
    private func continues(_ quote: PairedQuote, after previous: PairedQuote) -> Bool {
        if quote.continuesPrevious { return true }
        guard quote.family != .single, previous.family != .single,
              previous.range.upperBound <= quote.range.lowerBound else { return false }
        for i in previous.range.upperBound..<quote.range.lowerBound {
            let b = bytes[i]
            guard b == 0x20 || b == 0x09 else { return false }
        }
        return true
    }

    /// Where the words that may introduce `quote` start: its sentence, or the quotation around it.
    private func beforeFloor(_ quote: PairedQuote) -> Int {
        let start = quote.range.lowerBound
        var floor = start
        if let k = resolution.sentenceIndex(containing: start) { floor = resolution.sentences[k].lowerBound }
        if let enclosing = quote.enclosingContentStart { floor = max(floor, enclosing) }
        return floor
    }

    /// Where the sentence holding `quote`'s start ends.
    private func sentenceEnd(of quote: PairedQuote) -> Int? {
        resolution.sentenceIndex(containing: quote.range.lowerBound).map { resolution.sentences[$0].upperBound }
    }

    /// How far after `quote` its attribution may be: the rest of the line, within a window.
    private func afterLimit(_ quote: PairedQuote) -> Int {
        let start = quote.range.upperBound
        let end = min(bytes.count, start + Self.afterWindow)
        guard start < end, let base = bytes.baseAddress,
              let newline = memchr(base + start, 0x0A, end - start) else { return end }
        return start + (UnsafeRawPointer(newline) - UnsafeRawPointer(base + start))
    }
}
