import Foundation

/// A native JSON annotation file, checked in the order SPEC §7 gives: JSON syntax, format
/// version, the strict model (the JSON Schema's rules), then meaning.
///
/// Meaning is checked only on a file that follows the schema: its rules work on the decoded
/// model, and on a file with the wrong shape they would mostly repeat what the schema check
/// already said.
enum JSONAnnotationValidation {
    static func read(_ data: Data, file: String) -> AnnotationReadOutcome {
        let root: JSONNode
        do {
            root = try JSONParser.parse(data)
        } catch {
            return .problems([ValidationIssue(code: .jsonSyntax, file: file, line: error.position.line, column: error.position.column,
                                              message: "not JSON: \(error.message)", fix: error.fix)])
        }
        if let version = root["formatVersion"], let number = version.number, number.integer != AnnotationFile.currentFormatVersion {
            return .problems([ValidationIssue(
                code: .unsupportedFormatVersion, file: file, line: version.position.line, column: version.position.column,
                pointer: "/formatVersion",
                message: "format version \(number.literal) is not one this claimkit reads (it reads \(AnnotationFile.currentFormatVersion))",
                fix: "upgrade claimkit to read it, or export the file again from the claimkit that wrote it")])
        }
        var checker = ShapeChecker(file: file)
        checker.check(root, .object(AnnotationFileShape.root), label: ShapeChecker.Label(object: "the annotation file"))
        if !checker.issues.isEmpty { return .problems(checker.issues) }

        let locator = JSONLocator(root: root)
        let reversed = SpanOrder.check(root).map { $0.issue(in: file, locator: locator) }
        if !reversed.isEmpty { return .problems(reversed) }
        do {
            return .decoded(try AnnotationFile(from: JSONTreeDecoder(root)), locator: locator)
        } catch {
            return .problems([decodingIssue(error, file: file, locator: locator)])
        }
    }

    /// A value the schema allows but the model cannot hold (a whole number beyond 64 bits).
    private static func decodingIssue(_ error: any Error, file: String, locator: JSONLocator) -> ValidationIssue {
        guard case .dataCorrupted(let context) = error as? DecodingError else {
            return ValidationIssue(code: .invalidValue, file: file, line: 1, column: 1, message: "cannot be read as an annotation file: \(error)")
        }
        let components = context.codingPath.map { key in key.intValue.map(ModelPath.Component.index) ?? .key(key.stringValue) }
        let finding = Finding(.invalidValue, at: ModelPath(components: components), context.debugDescription)
        return finding.issue(in: file, locator: locator)
    }
}

/// Spans whose start lies after their end (CK204), found in the tree because the model's
/// ``TextSpan`` cannot even hold one. (In XML the native reader refuses them: CK112.)
enum SpanOrder {
    static func check(_ root: JSONNode) -> [Finding] {
        var findings: [Finding] = []
        for (index, mention) in (root["mentions"]?.array ?? []).enumerated() {
            let path = ModelPath("mentions", .index(index))
            for (start, end) in [("start", "end"), ("speakerStart", "speakerEnd"), ("contentStart", "contentEnd")] {
                check(mention, start, end, path, "mention \(mention["id"]?.string ?? "")", &findings)
            }
        }
        for (index, claim) in (root["claims"]?.array ?? []).enumerated() {
            guard let selector = claim["selector"] else { continue }
            check(selector, "start", "end", ModelPath("claims", .index(index), "selector"), "claim \(claim["id"]?.string ?? "")", &findings)
        }
        return findings
    }

    private static func check(_ node: JSONNode, _ startKey: String, _ endKey: String, _ path: ModelPath, _ what: String,
                              _ findings: inout [Finding]) {
        guard let start = node[startKey]?.number?.double, let end = node[endKey]?.number?.double, start > end else { return }
        findings.append(Finding(.spanReversed, at: path.appending(.key(startKey)),
                                "\(what) has \(startKey) \(Int(start)) after \(endKey) \(Int(end)); a span needs \(startKey) <= \(endKey)",
                                fix: "offsets are [start, end) in code points; swap or correct them"))
    }
}
