#if canImport(Glibc)
import Glibc
#endif

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
    /// The sentences' spans; their text is taken from `source` as each is written, so the batch
    /// writer copies it from the document's bytes without making a `String` of every sentence.
    let sentenceSpans: [TextSpan]
    /// The sentences' byte ranges, when the extraction kept them (see ``Extraction/sentenceBytes``).
    private let sentenceBytes: [ByteRange]?
    /// Variables only so that ``jsonLine()`` can take them out of a record it consumes.
    private(set) var mentions: [Mention]
    private(set) var claims: [Claim]
    private let source: Document

    /// Takes `extraction` (`consuming`), so that a record made from an extraction that is not
    /// kept holds the only reference to its mentions and claims (see ``jsonLine()``).
    public init(document: Document, extraction: consuming Extraction, id: String? = nil, title: String? = nil) {
        self.document = DocumentRecord(id: id, mediaType: document.mediaType, title: title ?? document.title, length: document.length)
        sentenceSpans = extraction.sentences
        sentenceBytes = extraction.sentenceBytes
        mentions = extraction.mentions
        claims = extraction.claims
        source = document
    }

    private enum CodingKeys: String, CodingKey {
        case document, sentences, mentions, claims
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(sentenceSpans.map { SentenceRecord(start: $0.start, end: $0.end, text: source.text(of: $0)) }, forKey: .sentences)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(claims, forKey: .claims)
    }
}

extension ExtractionJSON: JSONWritable {
    /// The record as compact JSON bytes, what ``writeJSON(to:)`` writes.
    ///
    /// - Throws: ``JSONWriter/NonFiniteNumber`` for a number JSON cannot hold.
    public consuming func jsonBytes() throws -> [UInt8] {
        try writtenTaking(endingLine: false)
    }

    /// The record as one JSON Lines line: ``jsonBytes()`` and a newline.
    public consuming func jsonLine() throws -> [UInt8] {
        try writtenTaking(endingLine: true)
    }

    /// What ``writeJSON(to:)`` writes, with the mentions and claims read where they lie in
    /// their arrays instead of copied out (see ``JSONWriter/field(_:inPlace:)``): the record is
    /// consumed, so its arrays are the only references to their storage.
    private consuming func writtenTaking(endingLine: Bool) throws -> [UInt8] {
        var mentions: [Mention] = [], claims: [Claim] = []
        swap(&mentions, &self.mentions)
        swap(&claims, &self.claims)
        return try JSONWriter.bytes(reservingCapacity: estimatedCount) { writer in
            let sentences = writeDocumentAndSentences(to: &writer)
            try writer.field("mentions", inPlace: &mentions)
            var next = 0   // claims are in text order, as sentences are
            try writer.field("claims", inPlace: &claims) { claim, writer in
                var exactWritten: Range<Int>?
                if let sentence = self.sentence(at: claim.span, from: &next, in: sentences),
                   claim.storedText.withUTF8({ isText($0, of: sentence) }) {
                    exactWritten = sentence.written
                }
                try claim.writeJSON(to: &writer, exactWrittenAt: exactWritten)
            }
            writer.endObject()
            if endingLine { writer.endLine() }
        }
    }

    /// Records run to about four times the text (sentences, then claims with their context),
    /// more than seven times for one in two hundred of the corpus's articles: reserving seven
    /// spares most records a growth and a copy (with five, a fifth of them outgrew it).
    private var estimatedCount: Int { 1024 + document.length * 7 }

    /// Writes what the `Encodable` conformance writes, without going through an `Encoder`.
    public func writeJSON(to writer: inout JSONWriter) throws {
        writeDocumentAndSentences(to: &writer)
        try writer.field("mentions", mentions)
        try writer.field("claims", claims)
        writer.endObject()
    }

    /// A sentence as the record holds it: its span, its bytes in the document, and where the
    /// record has its text, quoted and escaped.
    private struct WrittenSentence {
        let span: TextSpan
        let bytes: ByteRange
        let written: Range<Int>
    }

    /// Opens the record and writes its document and sentences: all but the mentions and claims.
    /// Returns where each sentence's text was written.
    @discardableResult
    private func writeDocumentAndSentences(to writer: inout JSONWriter) -> [WrittenSentence] {
        writer.beginObject()
        document.writeFields(to: &writer, key: "document")
        writer.key("sentences")
        writer.beginArray()
        var written: [WrittenSentence] = []
        written.reserveCapacity(sentenceSpans.count)
        let knownBytes = sentenceBytes.flatMap { $0.count == sentenceSpans.count ? $0 : nil }
        source.utf8.withUnsafeBufferPointer { utf8 in
            var block = 0   // sentences are in text order: each is looked for after the last
            for (index, span) in sentenceSpans.enumerated() {
                let bytes = knownBytes?[index] ?? bytes(of: span, searchingForwardFrom: &block)
                precondition(bytes.upperBound <= utf8.count, "a sentence outside the document")
                writer.beginObject()
                writer.fields("start", span.start, "end", span.end)
                let textStart = writer.keyAndString("text", utf8: UnsafeBufferPointer(rebasing: utf8[bytes]))
                written.append(WrittenSentence(span: span, bytes: bytes, written: textStart..<writer.position))
                writer.endObject()
            }
        }
        writer.endArray()
        return written
    }

    /// The bytes of `span` in the document, for sentences in text order (see
    /// ``ScalarIndex/byteOffset(ofScalar:searchingForwardFrom:)``).
    private func bytes(of span: TextSpan, searchingForwardFrom block: inout Int) -> ByteRange {
        let start = source.scalars.byteOffset(ofScalar: span.start, searchingForwardFrom: &block)
        return start..<source.scalars.byteOffset(ofScalar: span.end, searchingForwardFrom: &block)
    }

    /// The sentence at `span`, looked for from `next` on, if there is one: every claim the
    /// extractor makes is a whole sentence, whose text the record has already written, so the
    /// claim's is copied from there instead of escaped again (claims are in text order, as
    /// sentences are). The caller compares the texts all the same (``isText(_:of:)``), so that
    /// a claim with other text is written as it is.
    private func sentence(at span: TextSpan, from next: inout Int, in sentences: [WrittenSentence]) -> WrittenSentence? {
        while next < sentences.count && sentences[next].span.start < span.start { next += 1 }
        guard next < sentences.count, sentences[next].span == span else { return nil }
        return sentences[next]
    }

    /// Whether `text` is the bytes of `sentence` in the document.
    private func isText(_ text: UnsafeBufferPointer<UInt8>, of sentence: WrittenSentence) -> Bool {
        source.utf8.withUnsafeBufferPointer { utf8 in
            text.count == sentence.bytes.count
                && (text.isEmpty || memcmp(text.baseAddress!, utf8.baseAddress! + sentence.bytes.lowerBound, text.count) == 0)
        }
    }
}

extension ExtractionJSON.DocumentRecord {
    /// Writes the document at `key`; it has no number that could fail, so this does not throw.
    func writeFields(to writer: inout JSONWriter, key: StaticString) {
        writer.key(key)
        writer.beginObject()
        writer.field("id", id)
        writer.field("mediaType", mediaType.rawValue)
        writer.field("title", title)
        writer.field("length", length)
        writer.endObject()
    }
}
