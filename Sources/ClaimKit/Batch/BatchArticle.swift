import Foundation

/// One article of a JSON Lines batch: `{"id", "text", optional "title", "url", "published"}`.
public struct BatchArticle: Sendable, Equatable, Decodable {
    public var id: String
    public var text: String
    public var title: String?
    public var url: String?
    public var published: String?

    public init(id: String, text: String, title: String? = nil, url: String? = nil, published: String? = nil) {
        self.id = id
        self.text = text
        self.title = title
        self.url = url
        self.published = published
    }

    /// Parses one JSON Lines record.
    ///
    /// - Throws: ``BatchLineError`` saying what is wrong with the line.
    public static func parse(_ line: some Collection<UInt8>) throws -> BatchArticle {
        let article: BatchArticle
        do {
            article = try JSONDecoder().decode(BatchArticle.self, from: Data(line))
        } catch DecodingError.keyNotFound(let key, _) {
            throw BatchLineError("missing \"\(key.stringValue)\"; each line needs {\"id\": …, \"text\": …}")
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw BatchLineError("not a JSON object; each line needs {\"id\": …, \"text\": …}")
        } catch DecodingError.typeMismatch(_, let context) {
            throw BatchLineError("wrong type at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch {
            throw BatchLineError("not a JSON object (\(Self.describe(error)))")
        }
        if let published = article.published, CalendarDate(iso8601: published) == nil {
            throw BatchLineError("\"published\" must be YYYY-MM-DD, got \"\(published)\"")
        }
        return article
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return (context.underlyingError.map { "\($0)" } ?? context.debugDescription)
        }
        return "\(error)"
    }
}

/// Why one line of a batch was skipped.
public struct BatchLineError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
