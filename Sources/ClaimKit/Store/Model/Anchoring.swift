/// How an annotation was placed on the current text after the article changed (SPEC §4).
public struct Anchoring: Sendable, Equatable, Codable {
    public enum Method: String, Sendable, Codable {
        /// The text at the old position is unchanged.
        case exact
        /// The exact text was found elsewhere.
        case moved
        /// A close match, scored with its prefix and suffix.
        case fuzzy
        /// No trustworthy match: the annotation is kept, detached.
        case orphaned
    }

    public var method: Method
    /// Similarity in [0, 1] for fuzzy matches.
    public var score: Double?
    /// SHA-256 of the text the annotation was made on, and of the text it now points into.
    public var fromSHA256: String
    public var toSHA256: String

    public init(method: Method, score: Double? = nil, fromSHA256: String, toSHA256: String) {
        self.method = method
        self.score = score
        self.fromSHA256 = fromSHA256
        self.toSHA256 = toSHA256
    }
}

/// Why and by whom a claim was dismissed; a dismissed claim stays on record (SPEC §3).
public struct Dismissal: Sendable, Equatable, Codable {
    public var reason: String
    public var by: String?
    /// ISO 8601 date.
    public var date: String

    public init(reason: String, by: String? = nil, date: String) {
        self.reason = reason
        self.by = by
        self.date = date
    }
}
