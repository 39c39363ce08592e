/// Turns byte-level findings into the ``Extraction`` a user sees: code-point spans, ids in text
/// order, and one claim per sentence that holds a checkable mention.
struct ExtractionBuilder {
    let document: Document
    let bytes: UnsafeBufferPointer<UInt8>
    /// The values the raw mentions point to.
    let matches: MentionMatches

    func build(sentences: [ByteRange], mentions raw: [RawMention], citations: CitationFinder.Result) -> Extraction {
        let sentenceSpans = document.scalars.spans(ofSortedByteRanges: sentences)
        var mentions: [Mention] = []
        mentions.reserveCapacity(raw.count)
        for (index, mention) in raw.enumerated() {
            mentions.append(makeMention(mention, idNumber: index + 1))
        }

        // Quoted words, sorted by start: opinion cues inside them are not the article's.
        var quoted: [ByteRange] = []
        quoted.reserveCapacity(matches.quotes.count)
        for mention in raw where mention.kind == .quote { quoted.append(matches.quotes[mention.index].content) }
        // Read in place: a slice of the array handed to the scorer would retain and release it
        // for every claim.
        let claims = quoted.withUnsafeBufferPointer { quoted in
            makeClaims(sentences: sentences, spans: sentenceSpans, mentions: raw, citations: citations, quoted: quoted)
        }
        return Extraction(sentences: sentenceSpans, mentions: mentions, claims: claims, sentenceBytes: sentences)
    }

    /// One claim for each sentence that holds a mention and is no reference entry; `quoted`
    /// holds the byte ranges of the quoted words, sorted by start.
    private func makeClaims(sentences: [ByteRange], spans sentenceSpans: [TextSpan], mentions raw: [RawMention],
                            citations: CitationFinder.Result, quoted: UnsafeBufferPointer<ByteRange>) -> [Claim] {
        var firstQuote = 0
        var claims: [Claim] = []
        claims.reserveCapacity(min(sentences.count, raw.count))   // a claim is a sentence with a mention
        var mentionIndex = 0
        for (index, sentence) in sentences.enumerated() {
            // Mentions belong to the sentence their first byte is in; in text order, they
            // are a run of `raw`.
            while mentionIndex < raw.count && raw[mentionIndex].range.lowerBound < sentence.lowerBound { mentionIndex += 1 }
            let firstInside = mentionIndex
            while mentionIndex < raw.count && raw[mentionIndex].range.lowerBound < sentence.upperBound { mentionIndex += 1 }
            let inside = firstInside..<mentionIndex
            guard !inside.isEmpty, !citations.isReferenceEntry(index) else { continue }
            var summary = ClaimScorer.MentionSummary()
            for i in inside { summarize(raw[i], into: &summary) }
            let cited = citations.citations(ofSentence: index)
            summary.citations = cited.count
            while firstQuote < quoted.count && quoted[firstQuote].upperBound <= sentence.lowerBound { firstQuote += 1 }
            var lastQuote = firstQuote
            while lastQuote < quoted.count && quoted[lastQuote].lowerBound < sentence.upperBound { lastQuote += 1 }
            let (score, reasons) = ClaimScorer.score(sentence: bytes, sentence, mentions: summary,
                                                     quoted: UnsafeBufferPointer(rebasing: quoted[firstQuote..<lastQuote]))
            claims.append(Claim(number: claims.count + 1, span: sentenceSpans[index], text: slice(sentence),
                                prefix: slice(prefixBytes(before: sentence.lowerBound)),
                                suffix: slice(suffixBytes(after: sentence.upperBound)),
                                firstMention: firstInside + 1, mentionCount: inside.count,
                                reasonBits: reasons, score: score, citations: cited))
        }
        return claims
    }

    /// The mention `raw` points to. Each kind builds its mention with its value in one
    /// expression, so the value is copied once, from the match into the mention, not into a
    /// local optional first and from there again.
    private func makeMention(_ raw: RawMention, idNumber id: Int) -> Mention {
        let whole = span(raw.range), exact = slice(raw.range)
        switch raw.kind {
        case .number:
            return Mention(idNumber: id, kind: .number, span: whole, text: exact, number: matches.numbers[raw.index].value)
        case .date:
            return Mention(idNumber: id, kind: .date, span: whole, text: exact, date: matches.dates[raw.index].value)
        case .quote:
            let speaker = matches.quotes[raw.index].speaker
            return Mention(idNumber: id, kind: .quote, span: whole, text: exact,
                           quote: QuoteValue(speaker: speaker.map(text), speakerSpan: speaker.map(span),
                                             cue: matches.quotes[raw.index].cue, contentSpan: span(matches.quotes[raw.index].content)))
        }
    }

    /// The code-point span of `range` (``ScalarIndex`` returns an ASCII text's offsets as they are).
    private func span(_ range: ByteRange) -> TextSpan {
        document.scalars.span(ofBytes: range)
    }

    /// Whether the document is all ASCII (seven in ten), where a code point is a byte.
    private var isASCII: Bool { document.length == bytes.count }

    /// The bytes of a claim's prefix (see ``Document/prefixBytes(beforeByte:length:)``); in an
    /// ASCII document, the bytes themselves, without testing them for ASCII again.
    private func prefixBytes(before end: Int) -> ByteRange {
        isASCII ? max(0, end - Claim.contextLength)..<end : document.prefixBytes(beforeByte: end)
    }

    /// The bytes of a claim's suffix (see ``Document/suffixBytes(afterByte:length:)``).
    private func suffixBytes(after start: Int) -> ByteRange {
        isASCII ? start..<min(bytes.count, start + Claim.contextLength) : document.suffixBytes(afterByte: start)
    }

    /// The text of `range`, read from the bytes already at hand.
    private func text(_ range: ByteRange) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The text of `range`, kept as the document's bytes until it is read.
    private func slice(_ range: ByteRange) -> TextSlice {
        TextSlice(utf8: document.utf8, range: range)
    }

    private func summarize(_ mention: RawMention, into summary: inout ClaimScorer.MentionSummary) {
        switch mention.kind {
        case .number:
            summary.numbers += 1
            if matches.numbers[mention.index].value.currency != nil { summary.money += 1 }
            if matches.numbers[mention.index].value.unit == "percent" { summary.percentages += 1 }
        case .date:
            summary.dates += 1
        case .quote:
            if matches.quotes[mention.index].speaker != nil { summary.attributedQuotes += 1 } else { summary.unattributedQuotes += 1 }
        }
    }
}
