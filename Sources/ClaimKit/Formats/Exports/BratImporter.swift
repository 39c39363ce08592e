import Foundation

/// Something in a brat `.ann` file the importer could not use, and what it did instead.
public struct BratImportIssue: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line in the `.ann` file.
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// What ``BratImporter`` read: an annotation file, the ratings brat showed, and every problem.
public struct BratImport: Sendable {
    public var file: AnnotationFile
    /// `Rating` attributes by claim id. brat records no reviewer, date or rationale, so these
    /// are not verdicts; the caller decides whether to record them as such.
    public var ratings: [String: String]
    public var issues: [BratImportIssue]
}

/// Reads brat standoff (`.ann` beside `.txt`) back into mentions, claims and sources.
///
/// It reads what ``BratExporter`` writes (types, spans, `HasMention`/`SaidBy` relations,
/// `Rating`/`Dismissed` attributes, notes with ids, values, scores and sources) and, as far
/// as they go, files annotated by hand in brat or INCEpTION: `Number`, `Money`, `Percent`,
/// `Date`, `Quote`… become mentions, `Claim` becomes a claim made by `annotator`, and a
/// claim without `HasMention` relations gets the mentions inside its span. Offsets are code
/// points into the `.txt`, the same as brat's.
public enum BratImporter {
    /// Reads `ann` against `text`.
    public static func read(annotations ann: String, text: Document, documentID: String, annotator: String = "brat") -> BratImport {
        var parsed = BratAnnFile(parsing: ann)
        var builder = BratModelBuilder(parsed: parsed, text: text, annotator: annotator)
        let mentions = builder.mentions()
        let (claims, sources, ratings) = builder.claims(mentions: mentions)
        parsed.issues += builder.issues
        let metadata = DocumentMetadata(id: documentID, mediaType: .plainText,
                                        textSHA256: AnnotationStore.sha256(text.utf8), length: text.length)
        let file = AnnotationFile(document: metadata, mentions: mentions, claims: claims, sources: sources)
        return BratImport(file: file, ratings: ratings, issues: parsed.issues.sorted { $0.line < $1.line })
    }

    /// Reads the `.ann` file at `annotationsPath` and the `.txt` beside it (or at `textPath`);
    /// the document id defaults to the file name (`talks.ann` → `talks`).
    ///
    /// - Throws: ``ExportError`` `.invalidBrat` when a file cannot be read or the text has CR
    ///   line ends (brat counts them, claimkit's canonical text does not); `DocumentLoadError`
    ///   for text that is not UTF-8; `StoreError` for an unusable document id.
    public static func read(annotationsAt annotationsPath: String, textAt textPath: String? = nil,
                            documentID: String? = nil, annotator: String = "brat") throws -> BratImport {
        let textPath = textPath ?? (annotationsPath.hasSuffix(".ann") ? String(annotationsPath.dropLast(4)) : annotationsPath) + ".txt"
        guard let annData = FileManager.default.contents(atPath: annotationsPath) else {
            throw ExportError(.invalidBrat, "cannot read \(annotationsPath); give the path of a brat .ann file")
        }
        guard let textData = FileManager.default.contents(atPath: textPath) else {
            throw ExportError(.invalidBrat, "cannot read \(textPath), the text the .ann file annotates; put it beside the .ann file or name it")
        }
        if let offset = textData.firstIndex(of: 0x0D) {
            throw ExportError(.invalidBrat, "\(textPath): byte \(offset) is a carriage return; brat offsets count CR line ends but claimkit's canonical text has none, so the spans would shift. Convert the .txt and .ann together in brat, or re-export")
        }
        let text = try DocumentLoader.load(bytes: [UInt8](textData), name: textPath, as: .plainText)
        let id = documentID ?? DocumentID.fromFileName(annotationsPath)
        try DocumentID.validate(id)
        return read(annotations: String(decoding: annData, as: UTF8.self), text: text, documentID: id, annotator: annotator)
    }
}
