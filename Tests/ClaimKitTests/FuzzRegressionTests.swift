import Foundation
import Testing
@testable import ClaimKit

/// Every input the fuzzers (Fuzz/, scripts/fuzz.sh) found a crash with, kept under
/// `Fixtures/fuzz/<Target>/` and replayed through the same code as that target: each must now
/// load, or fail with an error, and never crash. To keep a new one, copy it from
/// `Fuzz/crashes/<Target>/` into `Fixtures/fuzz/<Target>/`.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        let directory = Fixtures.url("fuzz/\(target)").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixtures.url("fuzz/\(target)/\(name)")))
    }

    /// As Fuzz/FuzzLoad.swift: the first byte picks the media type.
    @Test(arguments: inputs("FuzzLoad"))
    func loadInputs(_ name: String) throws {
        let input = try Self.bytes("FuzzLoad", name)
        let type: MediaType? = [.plainText, .markdown, .html, nil][Int(input.first ?? 3) % 4]
        if let document = try? DocumentLoader.load(bytes: Array(input.dropFirst()), name: name, as: type) {
            _ = SentenceSegmenter().segment(document)
            _ = ClaimExtractor().extract(document)
        }
    }

    /// The Ink crash found by FuzzLoad, directly: a list item, then a last line of blanks.
    @Test func markdownEndingInABlankLineAfterAListItem() throws {
        for markdown in ["- \n ", "* \n\t", "1. \n  ", "text\n\n- \n   ", "- x\n  "] {
            // Loads, or is refused for holding no text; no crash either way.
            _ = try? MarkdownTextRenderer.render(markdown, file: "t.md")
        }
        #expect(try MarkdownTextRenderer.render("- a\n ", file: "t.md").text == "a")
    }

    /// The hang found by FuzzLoad: Ink tried every "[" as a link and rewound, for minutes on
    /// 1.6 KB of JSON-like text; brackets that open no link are now escaped before Ink.
    @Test func bracketsThatOpenNoLinkStayTextAndLinksStillWork() throws {
        let linked = try MarkdownTextRenderer.render("See [BBC](https://www.bbc.co.uk/) and [1], [a [b](https://e.org/) c].", file: "t.md")
        #expect(linked.text == "See BBC and [1], [a b c].")
        #expect(linked.links.map(\.target) == ["https://www.bbc.co.uk/", "https://e.org/"])
        let brackets = String(repeating: "\"claims\": [ {\n  \"ids\": [ [\n", count: 60)
        #expect(try MarkdownTextRenderer.render(brackets, file: "t.md").text.contains("\"claims\": [ {"))
        // The second hang: a "<word" with no ">" was taken for an HTML block, so the lines after
        // it went to Ink unescaped.
        let notATag = "<Russian arsenals.\nText " + String(repeating: "[", count: 40) + " more."
        // The third: an unclosed "`" or "](" left the rest of the line unescaped.
        for line in ["a `code " + String(repeating: "[", count: 40), "[l](https://e.org/ " + String(repeating: "[", count: 40)] {
            #expect(try MarkdownTextRenderer.render(line, file: "t.md").text.hasSuffix(String(repeating: "[", count: 40)))
        }
        // The fourth: Ink loops forever on "<p" with no ">", escaped or not.
        for text in ["<p", "\\<p\"", "x <pre", "<provenance agent=\"x\" \"s\": {"] {
            #expect(try MarkdownTextRenderer.render(text, file: "t.md").text == text.replacingOccurrences(of: "\\<", with: "<"))
        }
        let rendered = try MarkdownTextRenderer.render(notATag, file: "t.md").text
        #expect(rendered.hasPrefix("<Russian arsenals.") && rendered.hasSuffix("Text " + String(repeating: "[", count: 40) + " more."), "\(rendered)")
    }

    @Test(arguments: inputs("FuzzSegment") + inputs("FuzzExtract"))
    func textInputs(_ name: String) throws {
        let target = Self.inputs("FuzzSegment").contains(name) ? "FuzzSegment" : "FuzzExtract"
        var input = try Self.bytes(target, name)
        if target == "FuzzExtract" { input = Array(input.dropFirst()) }
        guard let text = String(validating: input, as: UTF8.self) else { return }
        let document = Document(text: text)
        for span in SentenceSegmenter().segment(document) { #expect(span.end <= document.length) }
        for claim in ClaimExtractor().extract(document).claims { #expect(claim.text == document.text(of: claim.span)) }
    }
}
