/// Per-document counts for `claimkit status` (SPEC §6).
public struct DocumentStatus: Sendable, Equatable, Codable {
    public var id: String
    public var title: String?
    public var flagged: Int
    public var dismissed: Int
    public var withSources: Int
    public var withCurrentVerdict: Int
    public var orphaned: Int

    public init(_ file: AnnotationFile) {
        id = file.document.id
        title = file.document.title
        flagged = file.claims.filter { $0.status == .flagged }.count
        dismissed = file.claims.filter { $0.status == .dismissed }.count
        withSources = file.claims.filter { !$0.sourceLinks.isEmpty }.count
        withCurrentVerdict = file.claims.filter { file.currentVerdict(on: $0.id) != nil }.count
        orphaned = file.claims.filter { $0.anchoring?.method == .orphaned }.count
    }
}

extension AnnotationStore {
    public func status() throws -> [DocumentStatus] {
        try documentIDs().map { DocumentStatus(try load($0)) }
    }
}
