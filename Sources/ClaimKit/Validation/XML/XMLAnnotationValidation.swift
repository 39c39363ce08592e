import Foundation
import LibXML

/// A native XML annotation file, checked in the order SPEC §7 gives: well-formedness (with
/// entity declarations and external DTDs refused), `schemas/claimkit.xsd` through libxml2's
/// schema validator, the native reader's few checks beyond the XSD, then meaning.
enum XMLAnnotationValidation {
    /// The compiled XSD, shared by every thread (libxml2 allows one compiled schema to serve
    /// several validation contexts).
    private static let schema: Result<SchemaValidator, LibXMLError> = Result { () throws(LibXMLError) in
        try SchemaValidator(xsd: Schemas.xsd)
    }

    static func read(_ data: Data, file: String) -> AnnotationReadOutcome {
        let document: LibXML.XMLDocument
        do {
            document = try LibXML.XMLDocument(data: data)
        } catch {
            return .problems([ValidationIssue(code: .xmlSyntax, file: file, line: error.line, column: error.column,
                                              message: "not well-formed XML: \(error.message)")])
        }
        if let root = document.root, root.name == "annotations", let version = root.attribute("formatVersion"),
           version != String(AnnotationFile.currentFormatVersion) {
            return .problems([ValidationIssue(
                code: .unsupportedFormatVersion, file: file, line: root.line, pointer: root.path + "/@formatVersion",
                message: "format version \(version) is not one this claimkit reads (it reads \(AnnotationFile.currentFormatVersion))",
                fix: "upgrade claimkit to read it, or export the file again from the claimkit that wrote it")])
        }
        switch schema {
        case .failure(let error):
            return .problems([ValidationIssue(code: .xmlSchema, file: file, message: "claimkit's XSD does not compile (\(error)); reinstall claimkit")])
        case .success(let validator):
            let issues = validator.validate(document).map { issue in
                ValidationIssue(code: .xmlSchema, file: file, line: issue.line, column: issue.column, pointer: issue.path,
                                message: readable(issue.message))
            }
            if !issues.isEmpty { return .problems(issues) }
        }
        guard let root = document.root else {
            return .problems([ValidationIssue(code: .xmlSyntax, file: file, message: "the document has no root element")])
        }
        do {
            let model = try NativeXMLReader(file: file).read(document)
            return .decoded(model, locator: XMLLocator(root: root))
        } catch let error as NativeXMLError {
            return .problems([ValidationIssue(code: .xmlVocabulary, file: file, line: error.line, column: error.column,
                                              pointer: error.path, message: error.message)])
        } catch {
            return .problems([ValidationIssue(code: .xmlVocabulary, file: file, message: "\(error)")])
        }
    }

    /// libxml2's message without the namespace in every element name:
    /// `Element 'claim': The attribute 'score' is required but missing.`
    private static func readable(_ message: String) -> String {
        message.replacingOccurrences(of: "{\(NativeXML.namespace)}", with: "")
    }
}
