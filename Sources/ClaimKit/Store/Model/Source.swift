/// Something a fact-checker consulted (SPEC §4, "Sources").
public struct Source: Sendable, Equatable, Codable {
    /// Id within the document's annotation file: `s1`, `s2`…
    public var id: String
    /// Absolute http(s) URL.
    public var url: String
    public var title: String?
    public var publisher: String?
    /// ISO 8601 date the source was published.
    public var published: String?
    /// ISO 8601 date the fact-checker consulted it.
    public var accessed: String?
    /// A copy in a web archive, in case the original changes.
    public var archiveURL: String?
    public var note: String?

    public init(id: String, url: String, title: String? = nil, publisher: String? = nil, published: String? = nil,
                accessed: String? = nil, archiveURL: String? = nil, note: String? = nil) {
        self.id = id
        self.url = url
        self.title = title
        self.publisher = publisher
        self.published = published
        self.accessed = accessed
        self.archiveURL = archiveURL
        self.note = note
    }
}

/// How a source bears on a claim.
public enum SourceRelation: String, Sendable, Codable, CaseIterable {
    case supports, refutes, context
}

/// A claim's link to a source.
public struct SourceLink: Sendable, Equatable, Codable {
    /// The source's id (`s1`).
    public var source: String
    public var relation: SourceRelation

    public init(source: String, relation: SourceRelation) {
        self.source = source
        self.relation = relation
    }
}
