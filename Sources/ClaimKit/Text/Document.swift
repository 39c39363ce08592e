/// An article as claimkit sees it: its canonical text and what is known about that text.
///
/// The document owns the text; sentences and mentions are spans into it (SPEC §1). It is held
/// as UTF-8 bytes, with a ``ScalarIndex`` beside them, because every scanner works on bytes and
/// every span is reported in code points.
public struct Document: Sendable {
    /// The canonical text: line endings are `\n`, markup already rendered away.
    ///
    /// Made from ``utf8`` each time it is asked for: the extractor and the batch writer read
    /// only the bytes, so a `String` copy of every article, validated once more by the
    /// standard library, was made for nothing.
    public var text: String { String(decoding: utf8, as: UTF8.self) }
    /// The text as UTF-8 bytes, the form the scanners read.
    public let utf8: [UInt8]
    /// Byte ↔ code-point conversion for `text`.
    public let scalars: ScalarIndex
    /// What the document was made from.
    public let mediaType: MediaType
    /// The title the markup gave, if any.
    public let title: String?
    /// Links found in the markup, in text order.
    public let links: [RenderedText.Link]
    /// Footnote markers found in the markup, in text order.
    public let footnoteReferences: [RenderedText.FootnoteReference]

    /// Makes a document from canonical text.
    public init(text: String, mediaType: MediaType = .plainText, title: String? = nil,
                links: [RenderedText.Link] = [], footnoteReferences: [RenderedText.FootnoteReference] = []) {
        self.utf8 = Array(text.utf8)
        self.scalars = ScalarIndex(utf8: utf8)
        self.mediaType = mediaType
        self.title = title
        self.links = links
        self.footnoteReferences = footnoteReferences
    }

    /// Makes a plain document from bytes already checked to be UTF-8, keeping the array itself
    /// as ``utf8``; `isASCII` says they are known to be ASCII, which spares counting scalars.
    init(validUTF8 bytes: [UInt8], isASCII: Bool, mediaType: MediaType) {
        utf8 = bytes
        scalars = isASCII ? ScalarIndex(ascii: bytes) : ScalarIndex(utf8: bytes)
        self.mediaType = mediaType
        title = nil
        links = []
        footnoteReferences = []
    }

    /// Length of the text in code points.
    public var length: Int { scalars.scalarCount }

    /// The text of `span`.
    ///
    /// - Complexity: O(span length + ``ScalarIndex/blockSize``), no per-character indexing.
    public func text(of span: TextSpan) -> String {
        let range = scalars.byteRange(of: span)
        return String(decoding: utf8[range], as: UTF8.self)
    }

    /// The text of a byte range of ``utf8``.
    public func text(ofBytes range: ByteRange) -> String {
        String(decoding: utf8[range], as: UTF8.self)
    }
}
