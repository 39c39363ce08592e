/// One article of a JSON Lines batch: `{"id", "text", optional "title", "url", "published"}`.
public struct BatchArticle: Sendable, Equatable {
    public var id: String
    /// The article's text as UTF-8 bytes, the form ``DocumentLoader/load(bytes:name:as:)``
    /// reads: decoded from the line straight into this array, never held as a `String`.
    public var textUTF8: [UInt8]
    public var title: String?
    public var url: String?
    /// `YYYY-MM-DD`, checked by ``parse(_:)``.
    public var published: String?

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

    /// Parses one JSON Lines record (see ``BatchLineParser`` for what it accepts).
    ///
    /// - Throws: ``BatchLineError`` saying what is wrong with the line and at which column.
    public static func parse(_ line: [UInt8]) throws(BatchLineError) -> BatchArticle {
        try line.withUnsafeBufferPointer { bytes throws(BatchLineError) in try BatchLineParser.parse(bytes) }
    }
}

/// Why one line of a batch was skipped.
public struct BatchLineError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
