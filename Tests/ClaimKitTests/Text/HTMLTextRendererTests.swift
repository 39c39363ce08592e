import Testing
@testable import ClaimKit

@Suite struct HTMLTextRendererTests {
    private func render(_ html: String) throws -> RenderedText { try TextTestSupport.renderHTML(html) }

    @Test func blocksStartNewLines() throws {
        let rendered = try render("""
            <html><body><h1>Title here</h1><p>First paragraph.</p><div>A div</div>
            <ul><li>one</li><li>two</li></ul><ol><li>three</li></ol><blockquote>Quoted</blockquote>
            <section><article><header>Head</header><p>Body</p><footer>Foot</footer></article></section>
            </body></html>
            """)
        #expect(rendered.text == "Title here\nFirst paragraph.\nA div\none\ntwo\nthree\nQuoted\nHead\nBody\nFoot")
    }

    @Test func inlineWhitespaceCollapses() throws {
        let rendered = try render("<p>  Many \n\t  spaces   <b>and</b>  <i>tags</i>\n here. </p><p>un<b>believ</b>able</p>")
        #expect(rendered.text == "Many spaces and tags here.\nunbelievable")
    }

    @Test func lineBreaksAndRulesNeverMakeBlankLines() throws {
        let rendered = try render("<p>one<br>two<br><br><br>three</p><hr><p>&nbsp;</p><div> </div><p>four</p>")
        #expect(rendered.text == "one\ntwo\nthree\nfour")
    }

    @Test func preformattedTextKeepsLines() throws {
        let rendered = try render("<p>Before</p><pre>line  one\n   indented\n\n\nlast   </pre><p>After</p>")
        #expect(rendered.text == "Before\nline  one\nindented\nlast\nAfter")
    }

    @Test func tableCellsShareALineSeparatedByTabs() throws {
        let rendered = try render("""
            <table><tr><th>Year</th> <th>Deaths</th></tr>
            <tr><td>2024</td><td> 1,400 </td></tr></table>
            """)
        #expect(rendered.text == "Year\tDeaths\n2024\t1,400")
    }

    @Test func codeAndMediaAreDropped() throws {
        let rendered = try render("""
            <html><head><style>p { color: red }</style><script>var a = 1;</script></head><body>
            <p>Kept<script>alert("no")</script> text</p><noscript>Enable JS</noscript>
            <template><p>Hidden</p></template><svg><title>Icon</title><text>svg text</text></svg>
            <iframe src="x">frame</iframe><object>obj</object><p>See <img src="c.png" alt="a chart"> here</p>
            </body></html>
            """)
        #expect(rendered.text == "Kept text\nSee here")
    }

    @Test func titleComesFromTheHead() throws {
        let rendered = try render("<html><head><title>  The\n  Article   Title </title><meta name=x content=y></head><body><p>Body</p></body></html>")
        #expect(rendered.title == "The Article Title")
        #expect(rendered.text == "Body")
    }

    @Test func entitiesAreDecoded() throws {
        let rendered = try render("<p>AT&amp;T &eacute;t&eacute; &#x1F600; &lt;tag&gt; &quot;q&quot; a&nbsp;b</p>")
        #expect(rendered.text == "AT&T été 😀 <tag> \"q\" a b")
    }

    @Test func declaredCharsetIsIgnoredForUTF8Input() throws {
        let rendered = try render("<html><head><meta charset=\"iso-8859-1\"></head><body><p>café €5</p></body></html>")
        #expect(rendered.text == "café €5")
    }

    @Test func linkSpansAreCodePointsPastEmojiAccentsAndCJK() throws {
        // 👩‍👩‍👧 is 5 code points, 8 UTF-16 units, 1 grapheme; "e\u{301}" is 2 code points, 1 grapheme.
        let rendered = try render("<p>👩‍👩‍👧 Cafe\u{301} 東京 <a href=\"https://example.org/a?b=1&amp;c=2\">the  link</a> after <a href=\"#n\">två</a></p>")
        let document = Document(text: rendered.text, links: rendered.links)
        #expect(rendered.text == "👩‍👩‍👧 Cafe\u{301} 東京 the link after två")
        #expect(rendered.links.map(\.target) == ["https://example.org/a?b=1&c=2", "#n"])
        #expect(rendered.links[0].span == TextSpan(start: 15, end: 23))
        #expect(document.text(of: rendered.links[0].span) == "the link")
        #expect(document.text(of: rendered.links[1].span) == "två")
    }

    @Test func linkSpansSkipLeadingSeparators() throws {
        let rendered = try render("<p>Read</p><a href=\"/a\"> <p>the whole</p> story </a><p>end</p>")
        let document = Document(text: rendered.text)
        #expect(rendered.text == "Read\nthe whole\nstory\nend")
        #expect(document.text(of: rendered.links[0].span) == "the whole\nstory")
    }

    @Test func linksWithoutTextOrTargetAreNotRecorded() throws {
        let rendered = try render("<p><a name=\"top\">Anchor</a> and <a href=\"/img\"><img src=x></a> only</p>")
        #expect(rendered.text == "Anchor and only")
        #expect(rendered.links.isEmpty)
    }

    @Test func footnoteMarkersAreRemovedAndRecorded() throws {
        let rendered = try render("<p>🇺🇦 Over <a href=\"#\">12,600 lives</a><sup>1</sup> since 2022<sup>[2]</sup>, a total<sup>*</sup>.</p>")
        #expect(rendered.text == "🇺🇦 Over 12,600 lives since 2022, a total.")
        #expect(rendered.footnoteReferences == [
            .init(offset: 20, label: "1"), .init(offset: 31, label: "2"), .init(offset: 40, label: "*"),
        ])
        #expect(TextTestSupport.scalarOffset(of: " since", in: rendered.text) == 20)
        let document = Document(text: rendered.text)
        #expect(document.text(of: rendered.links[0].span) == "12,600 lives")
    }

    @Test func footnoteMarkersInsideOrAroundLinksLeaveNoLink() throws {
        let rendered = try render("""
            <p>Claim<a href="#fn1"><sup>1</sup></a> and claim<sup class="reference"><a href="#cite_note-2">[2]</a></sup> end.</p>
            """)
        #expect(rendered.text == "Claim and claim end.")
        #expect(rendered.footnoteReferences == [.init(offset: 5, label: "1"), .init(offset: 15, label: "2")])
        #expect(rendered.links.isEmpty)
    }

    @Test func otherSuperscriptsKeepTheirText() throws {
        let rendered = try render("<p>100 m<sup>2</sup>, 10<sup>6</sup> cells, x<sup>2</sup>, 1<sup>st</sup> place, 41,000<sup>3</sup> dead</p>")
        #expect(rendered.text == "100 m2, 106 cells, x2, 1st place, 41,000 dead")
        #expect(rendered.footnoteReferences == [.init(offset: 40, label: "3")])
    }

    @Test func markerAtLineStartIsAFootnoteLabelAndStays() throws {
        let rendered = try render("<p>Text<sup>1</sup>.</p><p><sup>1</sup> Smith, 2022</p>")
        #expect(rendered.text == "Text.\n1 Smith, 2022")
        #expect(rendered.footnoteReferences == [.init(offset: 4, label: "1")])
    }

    @Test func renderedTextHasNoBlankOrPaddedLines() throws {
        let rendered = try render("""
            <html><body>
              <nav> <a href="/">Home</a> | <a href="/news">News</a> </nav>
              <main><h2> Heading </h2>
                <p>Para <span> with </span> spans </p>
                <ul> <li> <p> nested </p> </li> <li></li> </ul>
                <table> <tr> <td> </td> <td> x </td> </tr> </table>
              </main>
              <footer> © 2025 </footer>
            </body></html>
            """)
        #expect(TextTestSupport.badLines(rendered.text).isEmpty)
        #expect(rendered.text == "Home | News\nHeading\nPara with spans\nnested\nx\n© 2025")
    }

    @Test func markupWithoutVisibleTextIsEmpty() throws {
        for html in ["<html><head><title>T</title></head><body> </body></html>", "<!-- only a comment -->", "<script>x()</script>"] {
            let error = #expect(throws: DocumentLoadError.self) { try render(html) }
            #expect(error?.code == .empty)
        }
    }

    @Test func moderatelyDeepNestingRenders() throws {
        let html = String(repeating: "<div>", count: 200) + "deep text" + String(repeating: "</div>", count: 200)
        #expect(try render(html).text == "deep text")
    }

    @Test func excessiveNestingIsAClearErrorNotACrash() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "deep" + String(repeating: "</div>", count: 100_000)
        let error = #expect(throws: DocumentLoadError.self) { try render(html) }
        #expect(error?.code == .malformedMarkup)
        #expect(error?.file == "test.html")
        #expect(error?.message.contains("256") == true)
    }

    @Test func brokenMarkupIsRecovered() throws {
        let rendered = try render("<p>unclosed <b>bold <i>both</p> after</div></span><p>next")
        #expect(rendered.text == "unclosed bold both\nafter\nnext")
    }
}
