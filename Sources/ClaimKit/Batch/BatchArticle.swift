/// One article of a JSON Lines batch: `{"id", "text", optional "title", "url", "published"}`.
public struct BatchArticle: Sendable, Equatable {
    public var id: String
    /// The article's text as UTF-8 bytes, the form ``DocumentLoader/load(bytes:name:as:)``
    /// reads: decoded from the line straight into this array, never held as a `String`.
    public var textUTF8: [UInt8] {
        didSet { textFacts = [] }
    }
    public var title: String?
    public var url: String?
    /// `YYYY-MM-DD`, checked by ``parse(_:)``.
    public var published: String?
    /// What is known of ``textUTF8`` when ``parse(_:)`` made it from a line it checked (that it
    /// is UTF-8, whether it is ASCII, whether it holds no NUL nor carriage return), so that
    /// ``document()`` need not go over the text again to find out. Not part of the article's
    /// value (``==`` ignores it).
    private var textFacts: KnownTextFacts = []

    public init(id: String, text: String, title: String? = nil, url: String? = nil, published: String? = nil) {
        self.init(id: id, textUTF8: Array(text.utf8), title: title, url: url, published: published)
    }

    public init(id: String, textUTF8: [UInt8], title: String? = nil, url: String? = nil, published: String? = nil) {
        self.id = id
        self.textUTF8 = textUTF8
        self.title = title
        self.url = url
        self.published = published
    }

    /// The text as a `String`.
    public var text: String { String(decoding: textUTF8, as: UTF8.self) }

    /// The text as a plain-text document: what ``DocumentLoader/load(bytes:name:as:)`` makes
    /// of ``textUTF8`` named by ``id``, with the same errors.
    ///
    /// - Throws: ``DocumentLoadError``.
    public func document() throws -> Document {
        try DocumentLoader.load(bytes: textUTF8, name: id, as: .plainText, known: textFacts)
    }

    public static func == (a: BatchArticle, b: BatchArticle) -> Bool {
        a.id == b.id && a.textUTF8 == b.textUTF8 && a.title == b.title && a.url == b.url && a.published == b.published
    }

    /// Parses one JSON Lines record (see ``BatchLineParser`` for what it accepts).
    ///
    /// - Throws: ``BatchLineError`` saying what is wrong with the line and at which column.
    public static func parse(_ line: [UInt8]) throws(BatchLineError) -> BatchArticle {
        let parsed = try line.withUnsafeBufferPointer { bytes throws(BatchLineError) in try BatchLineParser.parse(bytes) }
        // The parser checked that the whole line is UTF-8, and decoding its escapes writes
        // only well-formed sequences (a lone surrogate is an error).
        var article = parsed.article
        article.textFacts = parsed.textFacts
        return article
    }
}

/// Why one line of a batch was skipped.
public struct BatchLineError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
