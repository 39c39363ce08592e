/// The JSON shape of an extraction, shared by `claimkit extract --format json` and batch mode.
///
/// Sentences and mentions carry flat `start`/`end` code-point offsets beside their `text`, and
/// claims a `selector` (start, end, exact, prefix, suffix), as in the native format, so a reader
/// can check any span with `text[start:end]` in Python. Absent values are left out.
///
/// Two encodings write this shape: the `Encodable` conformance (`claimkit extract`) and
/// ``writeJSON(to:)``, a direct ``JSONWriter`` for `claimkit batch`, several times faster; see
/// ``JSONWriter`` for why both exist. They write the same keys in the same order.
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

extension ExtractionJSON: JSONWritable {
    /// The record as compact JSON bytes, written by ``writeJSON(to:)``.
    ///
    /// - Throws: ``JSONWriter/NonFiniteNumber`` for a number JSON cannot hold.
    public func jsonBytes() throws -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: estimatedCount)
        try writeJSON(to: &writer)
        return writer.bytes
    }

    /// The record as one JSON Lines line: ``jsonBytes()`` and a newline.
    public func jsonLine() throws -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: estimatedCount)
        try writeJSON(to: &writer)
        writer.endLine()
        return writer.bytes
    }

    /// Records run to about five times the text (sentences, then claims with their context).
    private var estimatedCount: Int { 1024 + document.length * 5 }

    /// Writes what the `Encodable` conformance writes, without going through an `Encoder`.
    public func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        try writer.field("document", document)
        try writer.field("sentences", sentences)
        try writer.field("mentions", mentions)
        try writer.field("claims", claims)
        writer.endObject()
    }
}

extension ExtractionJSON.DocumentRecord: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.field("id", id)
        writer.field("mediaType", mediaType.rawValue)
        writer.field("title", title)
        writer.field("length", length)
        writer.endObject()
    }
}

extension ExtractionJSON.SentenceRecord: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.field("start", start)
        writer.field("end", end)
        writer.field("text", text)
        writer.endObject()
    }
}
