/// What the store knows about an article (SPEC §4, "Document metadata").
public struct DocumentMetadata: Sendable, Equatable, Codable {
    /// The document id: short, typable, unique in the store (`kyiv-talks`, `001`).
    public var id: String
    public var title: String?
    public var url: String?
    public var publisher: String?
    public var author: String?
    /// Publication date, ISO 8601 `YYYY-MM-DD`.
    public var published: String?
    /// BCP 47 language tag, `en` by default.
    public var language: String
    /// What the text was rendered from.
    public var mediaType: MediaType
    /// Lower-case hex SHA-256 of the canonical text's UTF-8 bytes.
    public var textSHA256: String
    /// Length of the canonical text in code points.
    public var length: Int

    public init(id: String, title: String? = nil, url: String? = nil, publisher: String? = nil, author: String? = nil,
                published: String? = nil, language: String = "en", mediaType: MediaType, textSHA256: String, length: Int) {
        self.id = id
        self.title = title
        self.url = url
        self.publisher = publisher
        self.author = author
        self.published = published
        self.language = language
        self.mediaType = mediaType
        self.textSHA256 = textSHA256
        self.length = length
    }
}
