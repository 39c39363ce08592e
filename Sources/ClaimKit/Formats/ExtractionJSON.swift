/// The JSON shape of an extraction, shared by `claimkit extract --format json` and batch mode.
///
/// Spans are flat `start`/`end` code-point offsets beside their `text`, so a reader can check
/// any of them with `text[start:end]` in Python. Keys are emitted in a fixed order by a sorted
/// encoder; absent values are left out rather than written as null.
public struct ExtractionJSON: Encodable, Sendable {
    struct SentenceRecord: Encodable {
        let start: Int
        let end: Int
        let text: String
    }

    struct MentionRecord: Encodable {
        let mention: Mention

        private enum Key: String, CodingKey {
            case id, kind, start, end, text, value, type, upper, unit, currency, approximator, noun
            case speaker, speakerStart, speakerEnd, cue, contentStart, contentEnd
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(mention.id, forKey: .id)
            try c.encode(mention.kind, forKey: .kind)
            try c.encode(mention.span.start, forKey: .start)
            try c.encode(mention.span.end, forKey: .end)
            try c.encode(mention.text, forKey: .text)
            if let number = mention.number {
                try c.encode(number.value, forKey: .value)
                try c.encodeIfPresent(number.upperValue, forKey: .upper)
                try c.encodeIfPresent(number.unit, forKey: .unit)
                try c.encodeIfPresent(number.currency, forKey: .currency)
                try c.encodeIfPresent(number.approximator, forKey: .approximator)
                try c.encodeIfPresent(number.noun, forKey: .noun)
            }
            if let date = mention.date {
                try c.encode(date.value, forKey: .value)
                try c.encode(date.type, forKey: .type)
            }
            if let quote = mention.quote {
                try c.encodeIfPresent(quote.speaker, forKey: .speaker)
                try c.encodeIfPresent(quote.speakerSpan?.start, forKey: .speakerStart)
                try c.encodeIfPresent(quote.speakerSpan?.end, forKey: .speakerEnd)
                try c.encodeIfPresent(quote.cue, forKey: .cue)
                try c.encode(quote.contentSpan.start, forKey: .contentStart)
                try c.encode(quote.contentSpan.end, forKey: .contentEnd)
            }
        }
    }

    struct ClaimRecord: Encodable {
        let id: String
        let start: Int
        let end: Int
        let text: String
        let prefix: String
        let suffix: String
        let mentions: [String]
        let reasons: [String]
        let score: Double
        let status: Claim.Status
        let provenance: Provenance
        let citations: [Citation]
    }

    struct DocumentRecord: Encodable {
        let id: String?
        let mediaType: MediaType
        let title: String?
        let length: Int
    }

    let document: DocumentRecord
    let sentences: [SentenceRecord]
    let mentions: [MentionRecord]
    let claims: [ClaimRecord]

    public init(document: Document, extraction: Extraction, id: String? = nil) {
        self.document = DocumentRecord(id: id, mediaType: document.mediaType, title: document.title, length: document.length)
        sentences = extraction.sentences.map { SentenceRecord(start: $0.start, end: $0.end, text: document.text(of: $0)) }
        mentions = extraction.mentions.map(MentionRecord.init)
        claims = extraction.claims.map {
            ClaimRecord(id: $0.id, start: $0.span.start, end: $0.span.end, text: $0.text, prefix: $0.prefix, suffix: $0.suffix,
                        mentions: $0.mentionIDs, reasons: $0.reasons, score: $0.score, status: $0.status,
                        provenance: $0.provenance, citations: $0.citations)
        }
    }
}
