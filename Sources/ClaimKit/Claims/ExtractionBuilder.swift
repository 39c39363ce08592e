/// Turns byte-level findings into the ``Extraction`` a user sees: code-point spans, ids in text
/// order, and one claim per sentence that holds a checkable mention.
struct ExtractionBuilder {
    let document: Document
    let bytes: UnsafeBufferPointer<UInt8>

    mutating func build(sentences: [ByteRange], mentions raw: [RawMention], citations: CitationFinder.Result) -> Extraction {
        let sentenceSpans = document.scalars.spans(ofSortedByteRanges: sentences)
        let mentions = raw.enumerated().map { index, mention in makeMention(mention, id: "m\(index + 1)") }

        // Quoted words, sorted by start: opinion cues inside them are not the article's.
        let quoted = raw.compactMap { $0.quote?.content }
        var firstQuote = 0
        var claims: [Claim] = []
        var mentionIndex = 0
        for (index, sentence) in sentences.enumerated() {
            // Mentions belong to the sentence their first byte is in.
            var inside: [Int] = []
            while mentionIndex < raw.count && raw[mentionIndex].range.lowerBound < sentence.upperBound {
                if raw[mentionIndex].range.lowerBound >= sentence.lowerBound { inside.append(mentionIndex) }
                mentionIndex += 1
            }
            guard !inside.isEmpty, !citations.isReferenceEntry[index] else { continue }
            var summary = ClaimScorer.MentionSummary()
            for i in inside { summarize(raw[i], into: &summary) }
            summary.citations = citations.citations[index].count
            while firstQuote < quoted.count && quoted[firstQuote].upperBound <= sentence.lowerBound { firstQuote += 1 }
            var lastQuote = firstQuote
            while lastQuote < quoted.count && quoted[lastQuote].lowerBound < sentence.upperBound { lastQuote += 1 }
            let (score, reasons) = ClaimScorer.score(sentence: bytes, sentence, mentions: summary,
                                                     quoted: quoted[firstQuote..<lastQuote])
            claims.append(Claim(id: "c\(claims.count + 1)", span: sentenceSpans[index], text: document.text(ofBytes: sentence),
                                prefix: document.prefix(beforeByte: sentence.lowerBound),
                                suffix: document.suffix(afterByte: sentence.upperBound),
                                mentionIDs: inside.map { mentions[$0].id }, reasons: reasons, score: score,
                                provenance: .extractor, citations: citations.citations[index]))
        }
        return Extraction(sentences: sentenceSpans, mentions: mentions, claims: claims)
    }

    private func makeMention(_ raw: RawMention, id: String) -> Mention {
        let span = document.scalars.span(ofBytes: raw.range)
        var mention = Mention(id: id, kind: raw.kind, span: span, text: document.text(ofBytes: raw.range),
                              number: raw.number, date: raw.date)
        if let quote = raw.quote {
            mention.quote = QuoteValue(speaker: quote.speaker.map { document.text(ofBytes: $0) },
                                       speakerSpan: quote.speaker.map { document.scalars.span(ofBytes: $0) },
                                       cue: quote.cue, contentSpan: document.scalars.span(ofBytes: quote.content))
        }
        return mention
    }

    private func summarize(_ mention: RawMention, into summary: inout ClaimScorer.MentionSummary) {
        switch mention.kind {
        case .number:
            summary.numbers += 1
            if mention.number?.currency != nil { summary.money += 1 }
            if mention.number?.unit == "percent" { summary.percentages += 1 }
        case .date:
            summary.dates += 1
        case .quote:
            if mention.quote?.speaker != nil { summary.attributedQuotes += 1 } else { summary.unattributedQuotes += 1 }
        }
    }
}
