import Testing
@testable import ClaimKit

@Suite struct MarkdownTextRendererTests {
    private func render(_ markdown: String) throws -> RenderedText {
        try MarkdownTextRenderer.render(markdown, file: "test.md")
    }

    @Test func headingsParagraphsAndListsAreLines() throws {
        let rendered = try render("""
            ## A Heading

            Some **bold** and *emphasised* text
            that wraps.

            - first item
            - second **item**

            1. numbered
            2. list

            > quoted
            """)
        #expect(rendered.text == "A Heading\nSome bold and emphasised text that wraps.\nfirst item\nsecond item\nnumbered\nlist\nquoted")
    }

    @Test func linkTargetsAreRecordedAsWritten() throws {
        let rendered = try render("See [the report](#) and [a source](https://example.org/a_b?x=1&y=2) 🙂 [東京](/t).")
        let document = Document(text: rendered.text)
        #expect(rendered.text == "See the report and a source 🙂 東京.")
        #expect(rendered.links.map(\.target) == ["#", "https://example.org/a_b?x=1&y=2", "/t"])
        #expect(rendered.links.map { document.text(of: $0.span) } == ["the report", "a source", "東京"])
    }

    @Test func rawSuperscriptFootnotesAreRecorded() throws {
        let rendered = try render("Over [12,600 lives](#)<sup>1</sup> since 2022, in 100 m<sup>2</sup>.")
        #expect(rendered.text == "Over 12,600 lives since 2022, in 100 m2.")
        #expect(rendered.footnoteReferences == [.init(offset: 17, label: "1")])
    }

    @Test func lineStartingWithInlineHTMLStaysOneParagraph() throws {
        // Ink alone splits this into "1" and "Smith, …" (see InkWorkarounds).
        let rendered = try render("Claim.<sup>1</sup>\n\n<sup>1</sup> Smith, *A Book*, 2022\n\n<em>Note</em>: more.")
        #expect(rendered.text == "Claim.\n1 Smith, A Book, 2022\nNote: more.")
        #expect(rendered.footnoteReferences == [.init(offset: 6, label: "1")])
    }

    @Test func underscoresAndSpacedStarsAreText() throws {
        let rendered = try render("Costs 5 * 3 * 2 in snake_case_name at http://x.org/a_b_c, `code_x` but _this_ is *emphasis*.")
        #expect(rendered.text == "Costs 5 * 3 * 2 in snake_case_name at http://x.org/a_b_c, code_x but this is emphasis.")
    }

    @Test func voidHTMLBlockDoesNotSwallowTheRest() throws {
        let rendered = try render("Intro\n\n<hr>\n\nAfter the **rule**\n\n<div>raw_html block</div>\n\nlast_word")
        #expect(rendered.text == "Intro\nAfter the rule\nraw_html block\nlast_word")
    }

    @Test func strayAngleBracketsAndInlineVoidTagsKeepTheMarkdown() throws {
        // Ink alone reads `<3 … >` and `<br>` as elements and leaves the rest of the paragraph raw.
        let rendered = try render("I <3 snake_case **bold** > 2<br>next line, x < y and **z**")
        #expect(rendered.text == "I <3 snake_case bold > 2\nnext line, x < y and z")
    }

    @Test func autolinksBecomeLinks() throws {
        let rendered = try render("Source: <https://example.org/a_b>.")
        let document = Document(text: rendered.text)
        #expect(rendered.text == "Source: https://example.org/a_b.")
        #expect(rendered.links.map(\.target) == ["https://example.org/a_b"])
        #expect(document.text(of: rendered.links[0].span) == "https://example.org/a_b")
    }

    @Test func codeIsLeftAsWritten() throws {
        let rendered = try render("```\nx_y * z * w \\_ <3\n```\n\nand `a_b * c * d` here")
        #expect(rendered.text == "x_y * z * w \\_ <3\nand a_b * c * d here")
    }

    @Test func metadataTitleIsTheTitle() throws {
        let rendered = try render("---\ntitle: Peace_Talks Now\nauthor: X\n---\n\nBody.")
        #expect(rendered.title == "Peace_Talks Now")
        #expect(rendered.text == "Body.")
    }

    @Test func seed004RendersAsMarkdown() throws {
        let markdown = try TextTestSupport.fixture("seeds/004_93d92414a5d97f2f.txt")
        let rendered = try render(markdown)
        let lines = rendered.text.split(separator: "\n").map(String.init)
        let document = Document(text: rendered.text, links: rendered.links)

        #expect(lines.first == "Negotiation Now: We Must Ramp Up Diplomacy to End the War in Ukraine")
        #expect(lines.contains("High-Level Diplomacy Can Help De-Escalate and End the War"))
        let sentence = "Over 12,600 Ukrainian civilians have lost their lives since Russia's full-scale invasion began three years ago, with the total casualty count surpassing 41,000."
        #expect(lines[1].hasPrefix(sentence))
        #expect(lines.contains { $0.hasPrefix("Publicly demand that Ukraine and its European allies be involved in diplomatic talks and agreements, particularly") })
        #expect(lines.contains { $0.hasPrefix("1 Ukraine three years on: Pain, loss, solidarity and hope for a better future, United Nations") })
        #expect(!rendered.text.contains("##") && !rendered.text.contains("**") && !rendered.text.contains("<sup>"))
        #expect(TextTestSupport.badLines(rendered.text).isEmpty)

        let afterLives = try #require(TextTestSupport.scalarOffset(of: "lives since Russia", in: rendered.text)) + 5
        #expect(rendered.footnoteReferences.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(rendered.footnoteReferences.first?.offset == afterLives)

        #expect(rendered.links.count == 8)
        #expect(rendered.links.allSatisfy { $0.target == "#" })
        #expect(document.text(of: rendered.links[0].span) == "12,600 Ukrainian civilians have lost their lives")
        #expect(rendered.links[0].span.end == afterLives)
        #expect(rendered.links.map { document.text(of: $0.span) }.suffix(3) == ["S.Res.61", "H.R.100", "H.Res.317"])
    }
}
