import CLibXML2
import Foundation

/// Writes an XML document through libxml2's `xmlTextWriter`, so markup, escaping and
/// encoding are libxml2's job and no XML is ever built by concatenating strings (SPEC §5).
///
/// The writer owns libxml2's writer and its memory buffer and frees both in `deinit`. Output
/// is UTF-8 with an XML declaration, indented by two spaces. Text and attribute values are
/// escaped by libxml2 (`<`, `&`, `>` and, so that they survive parsing unchanged, carriage
/// returns and, in attributes, tabs and line feeds as character references).
///
/// XML 1.0 cannot carry every Unicode scalar: C0 controls other than tab, line feed and
/// carriage return, and U+FFFE/U+FFFF, are refused with a ``LibXMLError`` naming the element,
/// rather than written as a document no parser would accept.
///
/// ```swift
/// let writer = try XMLWriter()
/// try writer.startElement("greeting", namespace: "https://example.org/ns")
/// try writer.attribute("lang", "en")
/// try writer.text("Hello")
/// try writer.endElement()
/// let data = try writer.finish()
/// ```
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    /// Names of the open elements, innermost last: for error messages and balance checks.
    private var openElements: [String] = []
    private var finished = false

    /// Starts a document: the XML declaration is written at once.
    ///
    /// - Throws: ``LibXMLError`` when libxml2 cannot allocate the writer.
    public init() throws(LibXMLError) {
        guard let buffer = xmlBufferCreate() else { throw Self.failure("libxml2 could not allocate an output buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw Self.failure("libxml2 could not allocate an XML writer")
        }
        self.buffer = buffer
        self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        try check(Self.withXMLChar("  ") { xmlTextWriterSetIndentString(writer, $0) }, "set the indentation")
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    deinit {
        xmlFreeTextWriter(writer)   // does not free a memory writer's buffer
        xmlBufferFree(buffer)
    }

    /// Opens element `name`; with `namespace`, it declares that namespace as the default one
    /// (`xmlns="…"`), which the element's descendants then share.
    public func startElement(_ name: String, namespace: String? = nil) throws(LibXMLError) {
        try checkCharacters(name, what: "the element name '\(name)'")
        let result: Int32
        if let namespace {
            try checkCharacters(namespace, what: "the namespace of <\(name)>")
            result = Self.withXMLChar(name) { name in
                Self.withXMLChar(namespace) { xmlTextWriterStartElementNS(writer, nil, name, $0) }
            }
        } else {
            result = Self.withXMLChar(name) { xmlTextWriterStartElement(writer, $0) }
        }
        try check(result, "open <\(name)>")
        openElements.append(name)
    }

    /// Adds attribute `name` with `value` to the element just opened (before any content).
    public func attribute(_ name: String, _ value: String) throws(LibXMLError) {
        try checkCharacters(value, what: "attribute '\(name)'")
        let result = Self.withXMLChar(name) { name in
            Self.withXMLChar(value) { xmlTextWriterWriteAttribute(writer, name, $0) }
        }
        try check(result, "write attribute '\(name)'")
    }

    /// Writes character data inside the open element, escaped by libxml2.
    public func text(_ content: String) throws(LibXMLError) {
        try checkCharacters(content, what: "the text")
        try check(Self.withXMLChar(content) { xmlTextWriterWriteString(writer, $0) }, "write text")
    }

    /// Writes `<name>content</name>`: the common case of an element holding only text.
    public func element(_ name: String, text content: String) throws(LibXMLError) {
        try startElement(name)
        try text(content)
        try endElement()
    }

    /// Closes the innermost open element (`<x/>` when it has no content).
    public func endElement() throws(LibXMLError) {
        guard let name = openElements.popLast() else { throw Self.failure("endElement() with no element open") }
        try check(xmlTextWriterEndElement(writer), "close <\(name)>")
    }

    /// Ends the document and returns its bytes; the writer cannot be used afterwards.
    ///
    /// - Throws: ``LibXMLError`` when elements are still open or libxml2 fails to flush.
    public func finish() throws(LibXMLError) -> Data {
        guard !finished else { throw Self.failure("finish() was already called") }
        guard openElements.isEmpty else {
            throw Self.failure("the document was finished with <\(openElements.joined(separator: "> <"))> still open")
        }
        finished = true
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush the output")
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    // MARK: - Helpers

    /// Refuses scalars XML 1.0 has no way to represent, even as character references.
    private func checkCharacters(_ string: String, what: String) throws(LibXMLError) {
        guard let bad = string.unicodeScalars.first(where: { !Self.isXMLCharacter($0) }) else { return }
        let code = String(format: "U+%04X", bad.value)
        let place = openElements.last.map { " in <\($0)>" } ?? ""
        throw Self.failure("\(what)\(place) contains \(code), a character XML 1.0 cannot carry")
    }

    /// XML 1.0's `Char` production (Swift strings never hold surrogates).
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private func check(_ result: Int32, _ action: String) throws(LibXMLError) {
        if result < 0 {
            finished = true
            throw Self.failure("libxml2 could not \(action)")
        }
    }

    private static func failure(_ message: String) -> LibXMLError {
        LibXMLError(code: 0, line: 0, column: 0, message: message)
    }

    /// Calls `body` with `string` as the NUL-terminated `xmlChar` (UTF-8) pointer libxml2 takes.
    static func withXMLChar<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        string.withCString { chars in
            chars.withMemoryRebound(to: xmlChar.self, capacity: strlen(chars) + 1) { body($0) }
        }
    }
}
