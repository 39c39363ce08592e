import Foundation

/// What reading a file up to its model gave: the problems that stop it there, or the model
/// and a way to place meaning problems in the file.
enum AnnotationReadOutcome {
    case problems([ValidationIssue])
    case decoded(AnnotationFile, locator: any IssueLocator)
}

/// Validates one annotation file, JSON or XML, alone or in its store.
enum AnnotationFileValidation {
    static func validate(_ target: ValidationTarget) -> [ValidationIssue] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: target.path))
        } catch {
            return [ValidationIssue(code: .unreadablePath, file: target.path, message: "cannot read the file: \(error.localizedDescription)")]
        }
        let outcome = switch target.format {
        case .json: JSONAnnotationValidation.read(data, file: target.path)
        case .xml: XMLAnnotationValidation.read(data, file: target.path)
        }
        guard case .decoded(let model, let locator) = outcome else {
            if case .problems(let issues) = outcome { return issues }
            return []
        }
        var findings: [Finding] = []
        let text = loadText(for: target, committedSHA256: model.document.textSHA256, into: &findings)
        let context = RuleContext(file: model, text: text, scale: target.store == nil ? .standard : target.store?.scale,
                                  scaleOrigin: target.store == nil ? "the default verdict scale (the file is in no store)" : "the store's verdict scale",
                                  expectedDocumentID: target.store == nil ? nil : target.fileStem)
        findings += MeaningRules.check(context)
        return findings.map { $0.issue(in: target.path, locator: locator) }
    }

    /// The canonical text beside the file, or a finding that says why it is not there.
    private static func loadText(for target: ValidationTarget, committedSHA256: String,
                                 into findings: inout [Finding]) -> CanonicalText? {
        var path = target.textPath
        // A crash between the two steps of a store's text swap leaves the new text pending
        // beside the annotation file that already names it; the store moves it into place the
        // next time it is opened, so that text is the committed one.
        if target.store != nil {
            let pending = ((path as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent(AnnotationStore.pendingTextName(target.fileStem))
            if let data = FileManager.default.contents(atPath: pending), AnnotationStore.sha256([UInt8](data)) == committedSHA256 {
                path = pending
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            if target.store != nil {
                findings.append(Finding(.missingText, at: ModelPath("document"), "the store has no text for this document (\(path))",
                                        fix: "restore the text, or re-ingest the article with `claimkit add`"))
            } else {
                findings.append(Finding(.textNotFound, at: ModelPath("document"),
                                        "text not found (\(path)): the text hash and spans were not checked",
                                        fix: "validate the file inside its store, or put its text beside it as \((path as NSString).lastPathComponent)"))
            }
            return nil
        }
        let bytes = [UInt8](data)
        if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) {
            findings.append(Finding(.unreadableText, at: ModelPath("document"), "the text \(path) is not UTF-8 (byte offset \(bad))",
                                    fix: "restore the text as claimkit stored it (UTF-8)"))
            return nil
        }
        return CanonicalText(path: path, document: Document(text: String(decoding: bytes, as: UTF8.self)),
                             sha256: AnnotationStore.sha256(bytes))
    }
}
