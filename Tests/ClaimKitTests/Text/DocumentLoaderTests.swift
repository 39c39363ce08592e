import Foundation
import Testing
@testable import ClaimKit

@Suite struct DocumentLoaderTests {
    private func load(_ bytes: [UInt8], as mediaType: MediaType? = nil) throws -> Document {
        try DocumentLoader.load(bytes: bytes, name: "input.txt", as: mediaType)
    }

    private func loadError(_ bytes: [UInt8], as mediaType: MediaType? = nil) -> DocumentLoadError? {
        #expect(throws: DocumentLoadError.self) { try load(bytes, as: mediaType) }
    }

    @Test func emptyInputIsAnError() {
        let error = loadError([])
        #expect(error?.code == .empty)
        #expect(error?.file == "input.txt")
    }

    @Test func whitespaceOnlyInputIsAnError() {
        #expect(loadError(Array(" \n\t\r\n  ".utf8))?.code == .empty)
    }

    @Test func nulByteIsBinaryWithItsOffset() {
        let error = loadError(Array("Hello".utf8) + [0] + Array("world".utf8))
        #expect(error?.code == .binary)
        #expect(error?.byteOffset == 5)
        #expect(error?.description.hasPrefix("input.txt: byte 5:") == true)
    }

    @Test func latin1IsInvalidUTF8WithItsOffset() {
        let error = loadError(Array("Price: ".utf8) + [0xA3] + Array("5".utf8))
        #expect(error?.code == .invalidUTF8)
        #expect(error?.byteOffset == 7)
    }

    /// ASCII is skipped in chunks: a bad byte is found wherever it falls in or after them.
    @Test func invalidUTF8IsFoundAtEveryOffsetInLongASCII() throws {
        for offset in 0..<70 {
            let bytes = Array(String(repeating: "abcdefghij", count: 8).utf8.prefix(offset)) + [0xA3] + Array("é and more ASCII text".utf8)
            #expect(loadError(bytes)?.byteOffset == offset, "at \(offset)")
            #expect(try load(Array(String(repeating: "é", count: offset).utf8) + Array("x".utf8)).utf8.count == 2 * offset + 1)
        }
    }

    @Test func lineEndingsAreNormalised() throws {
        #expect(try load(Array("a\r\nb\rc\n".utf8)).text == "a\nb\nc\n")
    }

    @Test func byteOrderMarkIsDropped() throws {
        let document = try load([0xEF, 0xBB, 0xBF] + Array("Hi there".utf8))
        #expect(document.text == "Hi there")
        #expect(document.length == 8)
    }

    @Test func unreadablePathIsAnError() throws {
        let directory = try TextTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for path in [directory.appendingPathComponent("missing.txt").path, directory.path] {
            let error = #expect(throws: DocumentLoadError.self) { try DocumentLoader.load(contentsOf: path) }
            #expect(error?.code == .unreadable)
            #expect(error?.file == path)
        }
    }

    @Test func mediaTypeComesFromTheExtension() throws {
        let directory = try TextTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let content = "## Head\n\n<p>Para</p>\n"
        var texts: [MediaType: String] = [:]
        for (name, type) in [("a.md", MediaType.markdown), ("a.html", .html), ("a.txt", .plainText)] {
            let url = directory.appendingPathComponent(name)
            try Data(content.utf8).write(to: url)
            let document = try DocumentLoader.load(contentsOf: url.path)
            #expect(document.mediaType == type)
            texts[type] = document.text
        }
        #expect(texts[.markdown] == "Head\nPara")
        #expect(texts[.html] == "## Head\nPara")
        #expect(texts[.plainText] == content)
    }

    @Test func htmlIsSniffedWhenTheTypeIsUnknown() throws {
        let html = try load(Array("\u{FEFF}\n <!DOCTYPE html><html><head><title>T</title></head><body><p>A <a href=\"/x\">link</a></p></body></html>".utf8))
        #expect(html.mediaType == .html)
        #expect(html.title == "T")
        #expect(html.text == "A link")
        #expect(html.text(of: html.links[0].span) == "link")
        #expect(try load(Array("Plain <b>text</b> stays".utf8)).mediaType == .plainText)
    }

    @Test func seedLoadsAsMarkdownFromAFile() throws {
        let path = TextTestSupport.fixtures.appendingPathComponent("seeds/004_93d92414a5d97f2f.txt").path
        let document = try DocumentLoader.load(contentsOf: path, as: .markdown)
        #expect(document.mediaType == .markdown)
        #expect(document.text.hasPrefix("Negotiation Now: We Must Ramp Up Diplomacy to End the War in Ukraine\nOver 12,600"))
        #expect(document.footnoteReferences.count == 5)
    }

    @Test func deeplyNestedHTMLDoesNotCrash() {
        let html = "<!DOCTYPE html><html><body>" + String(repeating: "<div>", count: 100_000) + "x"
        let error = loadError(Array(html.utf8))
        #expect(error?.code == .malformedMarkup)
    }
}
