import Foundation

/// What `import` did.
public struct ImportResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The document was not in the store.
        case added
        /// The store's annotations for the document were replaced (with `replace: true`).
        case replaced
        /// The store already held exactly these annotations; nothing was written.
        case unchanged
    }

    public var outcome: Outcome
    /// The imported annotations, as now stored.
    public var file: AnnotationFile
}

extension AnnotationStore {
    /// Brings a native JSON or XML annotation file (from another store, or a colleague) into
    /// the store (SPEC §5, `claimkit import`).
    ///
    /// Annotations are only meaningful on the exact text they were made on, so the file's
    /// `textSHA256` must match: either `text` is given (the canonical text, e.g. `ID.txt` from
    /// the other store), hashes to it and is stored too, or the store already holds the
    /// document with that very text. The file is decoded (JSON or XML, told apart by its first
    /// byte), its id and format version checked, its length and spans checked against the
    /// text; then text and annotations are written atomically under the store's lock, in the
    /// store's own native JSON form.
    ///
    /// - Parameters:
    ///   - data: the file's bytes; `name` names it in messages.
    ///   - text: the canonical text to store with it, or `nil` to use the stored text.
    ///   - replace: whether annotations already stored for the document, if different, may be
    ///     overwritten (they are replaced whole, not merged).
    /// - Throws: ``StoreError`` (`.invalidArgument`) naming the file and the fix when it cannot
    ///   be decoded, a hash or length does not match (the message gives both hashes), a span
    ///   falls outside the text, or the document exists and `replace` is false; `.notFound`
    ///   when no text is given and the store lacks the document. Nothing is written then.
    @discardableResult
    public func importFile(_ data: Data, name: String, text: Document? = nil, replace: Bool = false) throws -> ImportResult {
        try importAnnotations(Self.decodeNative(data, name: name), name: name, text: text, replace: replace)
    }

    /// Brings annotations already decoded (e.g. read from brat by ``BratImporter``) into the
    /// store, with the same checks and guarantees as ``importFile(_:name:text:replace:)``.
    @discardableResult
    public func importAnnotations(_ file: AnnotationFile, name: String, text: Document? = nil, replace: Bool = false) throws -> ImportResult {
        let id = file.document.id
        do { try DocumentID.validate(id) } catch let error as StoreError { throw StoreError(.invalidArgument, "\(name): \(error.message)") }
        guard file.formatVersion == AnnotationFile.currentFormatVersion else {
            throw StoreError(.invalidArgument, "\(name): format version \(file.formatVersion) is not one this claimkit reads (it reads \(AnnotationFile.currentFormatVersion)); upgrade claimkit")
        }
        return try withLock {
            let existing = contains(id) ? try load(id) : nil
            let canonical: Document
            if let text {
                canonical = text
                try Self.checkHash(of: text, matches: file, name: name, textDescription: "the text given with it")
            } else {
                guard existing != nil else {
                    throw StoreError(.notFound, "\(name): the store has no document '\(id)', so no text for these annotations; give the text with --text FILE (documents/\(id).txt in the store it came from)")
                }
                canonical = try self.text(id)
                try Self.checkHash(of: canonical, matches: file, name: name, textDescription: "the stored text of '\(id)'")
            }
            try Self.checkFits(file, canonical, name: name)
            if let existing {
                if existing == file {   // the same annotations, hence the same text hash
                    return ImportResult(outcome: .unchanged, file: existing)
                }
                guard replace else {
                    throw StoreError(.invalidArgument, "\(name): the store already holds different annotations for '\(id)'; pass --replace to overwrite them whole (nothing is merged), or import into another store")
                }
            }
            try writeImported(file, text: text)
            return ImportResult(outcome: existing == nil ? .added : .replaced, file: file)
        }
    }

    // MARK: - Decoding

    /// Decodes native JSON (first non-space byte `{`) or native XML (`<`).
    static func decodeNative(_ data: Data, name: String) throws -> AnnotationFile {
        let body = UTF8Bytes.startsWithByteOrderMark(data) ? data.dropFirst(3) : data[...]
        switch body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
        case UInt8(ascii: "{"):
            do {
                return try NativeJSON.decode(Data(body))
            } catch let error as DecodingError {
                throw StoreError(.invalidArgument, "\(name): not a claimkit JSON annotation file: \(describe(error)); check it with `claimkit validate \(name)`")
            }
        case UInt8(ascii: "<"):
            do {
                return try NativeXML.decode(data, name: name)
            } catch let error as NativeXMLError {
                throw StoreError(.invalidArgument, "\(error.description); check it with `claimkit validate \(name)`")
            }
        default:
            throw StoreError(.invalidArgument, "\(name): not a claimkit annotation file: native JSON starts with '{' and native XML with '<'")
        }
    }

    /// A `DecodingError` as a sentence with a JSON pointer: `missing "score" at /claims/2`.
    private static func describe(_ error: DecodingError) -> String {
        func pointer(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "/" : path.map { "/" + ($0.intValue.map(String.init) ?? $0.stringValue) }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing \"\(key.stringValue)\" at \(pointer(context.codingPath))"
        case .typeMismatch(let type, let context): return "\(pointer(context.codingPath)) is not a \(type) (\(context.debugDescription))"
        case .valueNotFound(let type, let context): return "\(pointer(context.codingPath)) is null, where a \(type) is needed"
        case .dataCorrupted(let context): return "\(context.debugDescription) at \(pointer(context.codingPath))"
        @unknown default: return String(describing: error)
        }
    }

    // MARK: - Checks against the text

    private static func checkHash(of text: Document, matches file: AnnotationFile, name: String, textDescription: String) throws {
        let actual = sha256(text.utf8)
        guard actual == file.document.textSHA256 else {
            throw StoreError(.invalidArgument, "\(name): its textSHA256 is \(file.document.textSHA256), but \(textDescription) has SHA-256 \(actual); annotations only fit the exact text they were made on (give that text with --text)")
        }
    }

    /// The length must agree, and every span (but an orphaned claim's, which keeps its old
    /// place by design) must lie inside the text, so no later command reads past its end.
    private static func checkFits(_ file: AnnotationFile, _ text: Document, name: String) throws {
        guard file.document.length == text.length else {
            throw StoreError(.invalidArgument, "\(name): its length is \(file.document.length) code points, but its text has \(text.length)")
        }
        var spans: [(String, TextSpan)] = []
        for mention in file.mentions {
            spans.append(("mention \(mention.id)", mention.span))
            if let quote = mention.quote {
                spans.append(("the content of mention \(mention.id)", quote.contentSpan))
                if let speaker = quote.speakerSpan { spans.append(("the speaker of mention \(mention.id)", speaker)) }
            }
        }
        for claim in file.claims where claim.anchoring?.method != .orphaned { spans.append(("claim \(claim.id)", claim.span)) }
        if let (what, span) = spans.first(where: { $0.1.end > text.length }) {
            throw StoreError(.invalidArgument, "\(name): \(what) at \(span) ends past the text's \(text.length) code points")
        }
    }

    // MARK: - Writing

    /// Writes the text (if given) and the annotations, both or neither (``writePair(id:text:file:)``).
    private func writeImported(_ file: AnnotationFile, text: Document?) throws {
        try writePair(id: file.document.id, text: text?.utf8, file: file)
    }
}
