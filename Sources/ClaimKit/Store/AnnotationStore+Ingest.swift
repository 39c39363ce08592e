import Crypto
import Foundation

/// What a user says about a document when adding it (SPEC §4 metadata).
public struct IngestRequest: Sendable {
    public var id: String
    public var title: String?
    public var url: String?
    public var publisher: String?
    public var author: String?
    public var published: String?
    public var language: String

    public init(id: String, title: String? = nil, url: String? = nil, publisher: String? = nil, author: String? = nil,
                published: String? = nil, language: String = "en") {
        self.id = id
        self.title = title
        self.url = url
        self.publisher = publisher
        self.author = author
        self.published = published
        self.language = language
    }
}

/// What `add` did.
public struct IngestResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// A new document.
        case added
        /// Same text as stored: only metadata given on this call was updated.
        case unchanged
        /// The text changed: annotations were re-anchored (see `reanchoring`).
        case reanchored
    }

    public var outcome: Outcome
    public var file: AnnotationFile
    public var reanchoring: [ReanchorEntry]
}

extension AnnotationStore {
    /// Adds `document` under `request.id`, or re-ingests it when the id is already stored.
    ///
    /// The text is stored with its SHA-256, the extractor runs, and the annotation file is
    /// written; text and annotations are written as a pair, so a failure leaves neither new
    /// file behind and never half of one.
    public func ingest(_ document: Document, _ request: IngestRequest) throws -> IngestResult {
        try validate(request)
        return try withLock {
            let sha = Self.sha256(document.utf8)
            let publication = request.published.flatMap(CalendarDate.init(iso8601:))
            var metadata = DocumentMetadata(id: request.id, title: request.title ?? document.title, url: request.url,
                                            publisher: request.publisher, author: request.author, published: request.published,
                                            language: request.language, mediaType: document.mediaType,
                                            textSHA256: sha, length: document.length)
            guard contains(request.id) else {
                let extraction = ClaimExtractor(publicationDate: publication).extract(document)
                let file = AnnotationFile(document: metadata, mentions: extraction.mentions, claims: extraction.claims)
                try writePair(id: request.id, text: document.utf8, file: file)
                return IngestResult(outcome: .added, file: file, reanchoring: [])
            }
            var file = try load(request.id)
            metadata.merge(keeping: file.document)
            if file.document.textSHA256 == sha {
                file.document = metadata
                try AtomicFile.write(try NativeJSON.encode(file), to: annotationURL(request.id))
                return IngestResult(outcome: .unchanged, file: file, reanchoring: [])
            }
            let oldText = try text(request.id)
            let publicationDate = publication ?? metadata.published.flatMap(CalendarDate.init(iso8601:))
            let fresh = ClaimExtractor(publicationDate: publicationDate).extract(document)
            var result = Reanchorer.reanchor(file, oldText: oldText, newText: document, newSHA256: sha, fresh: fresh)
            result.file.document = metadata
            try writePair(id: request.id, text: document.utf8, file: result.file)
            return IngestResult(outcome: .reanchored, file: result.file, reanchoring: result.entries)
        }
    }

    /// Lower-case hex SHA-256.
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    private func validate(_ request: IngestRequest) throws {
        try DocumentID.validate(request.id)
        if let url = request.url { try InputChecks.webURL(url, field: "--url") }
        if let published = request.published { try InputChecks.date(published, field: "--published") }
    }
}

extension DocumentMetadata {
    /// Keeps the stored values of fields this call did not give.
    mutating func merge(keeping stored: DocumentMetadata) {
        title = title ?? stored.title
        url = url ?? stored.url
        publisher = publisher ?? stored.publisher
        author = author ?? stored.author
        published = published ?? stored.published
    }
}
