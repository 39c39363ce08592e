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
            mentions.append(makeMention(mention, id: ExtractionIDs.mention(index + 1)))
        }

        // Quoted words, sorted by start: opinion cues inside them are not the article's.
        var quoted: [ByteRange] = []
        quoted.reserveCapacity(matches.quotes.count)
        for mention in raw where mention.kind == .quote { quoted.append(matches.quotes[mention.index].content) }
        var firstQuote = 0
        let reasonLists = ClaimScorer.reasonLists
        let provenance = Provenance.extractor
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
                                                     quoted: quoted[firstQuote..<lastQuote])
            claims.append(Claim(id: ExtractionIDs.claim(claims.count + 1), span: sentenceSpans[index], text: slice(sentence),
                                prefix: slice(prefixBytes(before: sentence.lowerBound)),
                                suffix: slice(suffixBytes(after: sentence.upperBound)),
                                mentionIDs: ExtractionIDs.mentions(from: firstInside + 1, count: inside.count),
                                reasons: reasonLists[reasons], score: score,
                                provenance: provenance, citations: cited))
        }
        return Extraction(sentences: sentenceSpans, mentions: mentions, claims: claims)
    }

    private func makeMention(_ raw: RawMention, id: String) -> Mention {
        var number: NumberValue?, date: DateValue?, quote: QuoteValue?
        switch raw.kind {
        case .number:
            number = matches.numbers[raw.index].value
        case .date:
            date = matches.dates[raw.index].value
        case .quote:
            let match = matches.quotes[raw.index]
            quote = QuoteValue(speaker: match.speaker.map(text), speakerSpan: match.speaker.map(span), cue: match.cue,
                               contentSpan: span(match.content))
        }
        return Mention(id: id, kind: raw.kind, span: span(raw.range), text: slice(raw.range), number: number, date: date, quote: quote)
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
