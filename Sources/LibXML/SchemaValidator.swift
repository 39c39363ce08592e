import CLibXML2
import Foundation

/// Validates parsed documents against an XML Schema (XSD 1.0) with libxml2.
///
/// The schema is compiled once from memory and can then validate any number of documents.
/// Every problem libxml2 finds is collected as a ``SchemaIssue`` through a structured error
/// handler on a validation context of its own, so nothing is printed and issues from one
/// validation never leak into another.
///
/// `@unchecked Sendable`: the compiled `xmlSchema` is only read after compilation, and each
/// call to ``validate(_:)`` uses a fresh validation context, which is the way libxml2 allows
/// one schema to serve several threads.
public final class SchemaValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// libxml2 must be initialised once before it is used from several threads.
    private static let initialized: Void = xmlInitParser()

    /// Compiles the schema in `xsd`.
    ///
    /// The XSD is trusted input (claimkit's own `schemas/claimkit.xsd`): it is read with
    /// libxml2's schema parser, which would follow `xs:include`/`xs:import` locations.
    ///
    /// - Throws: ``LibXMLError`` naming the first problem, with its line in the XSD, when
    ///   the schema does not compile.
    public init(xsd: Data) throws(LibXMLError) {
        _ = Self.initialized
        let collector = IssueCollector()
        let compiled: xmlSchemaPtr? = xsd.withUnsafeBytes { raw in
            let chars = raw.bindMemory(to: CChar.self)
            guard let base = chars.baseAddress, let parser = xmlSchemaNewMemParserCtxt(base, Int32(chars.count)) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            return withExtendedLifetime(collector) {
                xmlSchemaSetParserStructuredErrors(parser, { userData, error in IssueCollector.record(userData, error) },
                                                   Unmanaged.passUnretained(collector).toOpaque())
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled else {
            let first = collector.issues.first
            throw LibXMLError(code: 0, line: first?.line ?? 0, column: first?.column ?? 0,
                              message: "the XML Schema does not compile: " + (first?.message ?? "libxml2 gave no reason"))
        }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Every way `document` breaks the schema, in the order libxml2 finds them; empty when
    /// the document is valid.
    public func validate(_ document: XMLDocument) -> [SchemaIssue] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [SchemaIssue(line: 0, column: 0, message: "libxml2 could not allocate a schema validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = IssueCollector()
        let result = withExtendedLifetime(collector) {
            xmlSchemaSetValidStructuredErrors(context, { userData, error in IssueCollector.record(userData, error) },
                                              Unmanaged.passUnretained(collector).toOpaque())
            return withExtendedLifetime(document) { xmlSchemaValidateDoc(context, document.document) }
        }
        if result != 0 && collector.issues.isEmpty {
            collector.issues.append(SchemaIssue(line: 0, column: 0, message: "libxml2 could not validate the document (internal error \(result))"))
        }
        return collector.issues
    }
}

/// Receives libxml2's structured errors for one compilation or validation.
private final class IssueCollector {
    var issues: [SchemaIssue] = []

    /// The C callback's body: copies the error into an issue on the collector behind `userData`.
    static func record(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
        guard let userData, let error else { return }
        let collector = Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue()
        let node = error.pointee.node?.assumingMemoryBound(to: xmlNode.self)
        var line = Int(error.pointee.line)
        if line == 0, let node { line = Int(xmlGetLineNo(node)) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        collector.issues.append(SchemaIssue(line: line, column: Int(error.pointee.int2),
                                            message: String(message.reversed().drop { $0.isNewline }.reversed()),
                                            path: node.map { XMLElement.path(of: $0) }))
    }
}
