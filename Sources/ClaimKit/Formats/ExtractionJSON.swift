/// The JSON shape of an extraction, shared by `claimkit extract --format json` and batch mode.
///
/// Sentences and mentions carry flat `start`/`end` code-point offsets beside their `text`, and
/// claims a `selector` (start, end, exact, prefix, suffix), as in the native format, so a reader
/// can check any span with `text[start:end]` in Python. Absent values are left out.
public struct ExtractionJSON: Encodable, Sendable {
    struct SentenceRecord: Encodable {
        let start: Int
        let end: Int
        let text: String
    }

    struct DocumentRecord: Encodable {
        let id: String?
        let mediaType: MediaType
        let title: String?
        let length: Int
    }

    let document: DocumentRecord
    let sentences: [SentenceRecord]
    let mentions: [Mention]
    let claims: [Claim]

    public init(document: Document, extraction: Extraction, id: String? = nil, title: String? = nil) {
        self.document = DocumentRecord(id: id, mediaType: document.mediaType, title: title ?? document.title, length: document.length)
        sentences = extraction.sentences.map { SentenceRecord(start: $0.start, end: $0.end, text: document.text(of: $0)) }
        mentions = extraction.mentions
        claims = extraction.claims
    }
}
