import Foundation

/// The formats `claimkit export` writes (SPEC §5).
public enum ExportFormat: String, Sendable, CaseIterable {
    /// The native JSON annotation file, one per document.
    case json
    /// The native XML annotation file, one per document.
    case xml
    /// W3C Web Annotation JSON-LD: one annotation per mention, claim and verdict.
    case webannotation
    /// schema.org ClaimReview JSON-LD for every claim with a published verdict.
    case claimreview
    /// A self-contained HTML review page.
    case html
    /// One CSV row per claim, for spreadsheets.
    case csv
    /// brat standoff: `ID.txt` and `ID.ann` per document, with the collection's `annotation.conf`.
    case brat
}

/// One file an export produces: a name (no directories) and its bytes.
public struct ExportOutput: Sendable, Equatable {
    /// A plain file name such as `talks.ann` or `claims.csv`.
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The bytes as UTF-8 text (every export is UTF-8).
    public var text: String { String(decoding: data, as: UTF8.self) }
}

/// An annotation file with the canonical text it points into.
///
/// The text is optional because an export of annotations alone (``ExportOptions/includeText``
/// off) must still work where only the annotations may be shared.
public struct ExportDocument: Sendable {
    public var file: AnnotationFile
    public var text: Document?

    public init(file: AnnotationFile, text: Document?) {
        self.file = file
        self.text = text
    }
}

/// Choices that shape an export.
public struct ExportOptions: Sendable, Equatable {
    /// Whether the article text itself goes into the export (brat's `.txt`, the HTML page's
    /// article). Off for articles whose text cannot be redistributed: offsets, exact quotes
    /// and the text's SHA-256 are kept so the annotations can be checked against a copy.
    public var includeText: Bool
    /// The page that publishes the fact-checks; ClaimReview requires a `url` for each review,
    /// which becomes this URL with a `#DOC-cN` fragment.
    public var reviewURL: String?
    /// The fact-checking organisation; ClaimReview's `author` when given, else the reviewer.
    public var publisher: String?

    public init(includeText: Bool = true, reviewURL: String? = nil, publisher: String? = nil) {
        self.includeText = includeText
        self.reviewURL = reviewURL
        self.publisher = publisher
    }
}
