/// Source operations: link what a fact-checker consulted to a claim.
extension AnnotationStore {
    /// What a user gives for a new source.
    public struct SourceRequest: Sendable {
        public var url: String
        public var title: String?
        public var publisher: String?
        public var published: String?
        public var accessed: String?
        public var archiveURL: String?
        public var note: String?
        public var relation: SourceRelation

        public init(url: String, title: String? = nil, publisher: String? = nil, published: String? = nil, accessed: String? = nil,
                    archiveURL: String? = nil, note: String? = nil, relation: SourceRelation = .context) {
            self.url = url
            self.title = title
            self.publisher = publisher
            self.published = published
            self.accessed = accessed
            self.archiveURL = archiveURL
            self.note = note
            self.relation = relation
        }
    }

    /// Adds a source to the claim's document (reusing one with the same URL) and links it to
    /// the claim. Returns the source.
    @discardableResult
    public func addSource(to reference: ClaimReference, _ request: SourceRequest) throws -> Source {
        try InputChecks.webURL(request.url, field: "--url")
        if let archive = request.archiveURL { try InputChecks.webURL(archive, field: "--archive-url") }
        if let published = request.published { try InputChecks.date(published, field: "--published") }
        if let accessed = request.accessed { try InputChecks.date(accessed, field: "--accessed") }
        return try update(reference.document) { file in
            let index = try file.claimIndex(reference)
            let source: Source
            if let existing = file.sources.first(where: { $0.url == request.url }) {
                source = existing
            } else {
                source = Source(id: file.nextSourceID, url: request.url, title: request.title, publisher: request.publisher,
                                published: request.published, accessed: request.accessed ?? InputChecks.today(),
                                archiveURL: request.archiveURL, note: request.note)
                file.sources.append(source)
            }
            file.claims[index].sourceLinks.removeAll { $0.source == source.id }
            file.claims[index].sourceLinks.append(SourceLink(source: source.id, relation: request.relation))
            return source
        }
    }
}
