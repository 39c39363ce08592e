import Foundation
import LibXML
import Testing

/// The writer escapes through libxml2 and what it writes parses back to the same values.
@Suite struct XMLWriterTests {
    @Test func writtenTextAndAttributesParseBackUnchanged() throws {
        let values = ["", "  a  ", "line\nbreak", "cr\r\nlf\rtab\t", "<&>\"'", "]]>", "😀 漢字", "\u{85}\u{2028}"]
        let writer = try XMLWriter()
        try writer.startElement("root", namespace: "urn:test")
        for value in values {
            try writer.startElement("item")
            try writer.attribute("value", value)
            try writer.text(value)
            try writer.endElement()
        }
        try writer.endElement()
        let data = try writer.finish()

        let root = try #require(try XMLDocument(data: data).root)
        #expect(root.namespaceURI == "urn:test")
        #expect(root.children.map(\.namespaceURI) == Array(repeating: "urn:test", count: values.count))
        #expect(root.children.map { $0.attribute("value") } == values)
        #expect(root.children.map(\.text) == values)
        #expect(root.children[2].line == 5)   // after the declaration, <root>, and one line per item
        #expect(root.children[2].path == "/root/item[3]")
    }

    @Test func charactersXMLCannotCarryAreRefused() throws {
        let writer = try XMLWriter()
        try writer.startElement("root")
        let error = try #require(throws: LibXMLError.self) { try writer.text("nul\u{0}") }
        #expect(error.message == "the text in <root> contains U+0000, a character XML 1.0 cannot carry")
        #expect(throws: LibXMLError.self) { try writer.attribute("a", "\u{FFFE}") }
    }

    @Test func unbalancedDocumentsAreRefused() throws {
        let writer = try XMLWriter()
        try writer.startElement("root")
        #expect(throws: LibXMLError.self) { try writer.finish() }
        #expect(throws: LibXMLError.self) { try XMLWriter().endElement() }
    }
}
