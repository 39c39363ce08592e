import Foundation
import Testing
@testable import ClaimKit

@Suite struct HTMLReviewPageTests {
    private func page(_ options: ExportOptions = ExportOptions()) throws -> String {
        try HTMLReviewPage.render([ExportFixtures.exportDocument], scale: .standard, options: options)
    }

    /// The article's text as a reader sees it: claim tags removed, other tags stripped,
    /// entities decoded.
    private func visibleArticle(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<div class=\"article\">"))
        let end = try #require(html.range(of: "</div>", range: start.upperBound..<html.endIndex))
        var article = String(html[start.upperBound..<end.lowerBound])
        article = article.replacingOccurrences(of: "<a class=\"claim-tag[^>]*>[^<]*</a>", with: "", options: .regularExpression)
        article = article.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            article = article.replacingOccurrences(of: entity, with: character)
        }
        return article
    }

    @Test func markupInTheArticleIsShownAsTextNeverRun() throws {
        let html = try page()
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("<title>Strikes &lt;b&gt;report&lt;/b&gt;</title>"))
        #expect(html.contains("UN report &lt;2022&gt;"))
        #expect(!html.lowercased().contains("<script"))   // no scripts at all without a review URL
    }

    @Test func isOneFileWithNoAssetsFromTheNetwork() throws {
        let outputs = try Exporter.export([ExportFixtures.exportDocument], as: .html, scale: .standard)
        #expect(outputs.map(\.name) == ["kyiv.html"])
        let html = outputs[0].text.lowercased()
        for asset in ["src=", "<link", "@import", "url(", "<iframe", "<img", "<object", "<embed"] {
            #expect(!html.contains(asset), "found \(asset)")
        }
        #expect(html.hasPrefix("<!doctype html>") && html.contains("<style>") && html.contains("@media print"))
    }

    @Test func theArticleKeepsEveryCharacterAroundTheHighlights() throws {
        #expect(try visibleArticle(try page()) == ExportFixtures.text)
    }

    @Test func claimsAreColouredByCurrentVerdictAndMentionsMarked() throws {
        let html = try page()
        // Scale order: true is r0. c2 has only a draft, c3 is dismissed.
        #expect(html.contains("<a class=\"claim-tag r0\" id=\"kyiv-c1-text\" href=\"#kyiv-c1\""))
        #expect(html.contains("<a class=\"claim-tag r-none\" id=\"kyiv-c2-text\""))
        #expect(html.contains("<a class=\"claim-tag r-dismissed\" id=\"kyiv-c3-text\""))
        #expect(html.contains("<mark class=\"claim r0\" title=\"c1 · True · check-worthiness 0.91\">"))
        #expect(html.contains("title=\"m4 number: value=25600000; currency=USD\">$25.6M</span>"))
        #expect(html.contains("class=\"mention m-date\" title=\"m3 date: value=2022; type=DATE\">2022</span>"))
        #expect(html.contains("class=\"mention m-quote\" title=\"m1 quote: speaker=Yuri Ushakov; cue=said\">“</span>"))
        #expect(html.contains(".r0 { --hl: hsl(130 85% 85%)") && html.contains(".r5 { --hl: hsl(275"))   // misleading: off the red-green axis
    }

    @Test func claimCardsListScoresSourcesAndTheVerdictHistory() throws {
        let html = try page()
        for id in ["c1", "c2", "c3", "c4"] { #expect(html.contains("<article class=\"claim-card") && html.contains("id=\"kyiv-\(id)\">")) }
        #expect(html.contains("<a href=\"https://www.un.org/en/report?x=1&amp;y=2\">UN report &lt;2022&gt;</a>"))
        #expect(html.contains("<a href=\"https://web.archive.org/web/2025/https://www.un.org/en/report\">archived copy</a>"))
        #expect(html.contains("<span class=\"relation refutes\">refutes</span>"))
        #expect(html.contains("<td>published (current)</td><td>Ben</td><td>count confirmed by the UN &lt;b&gt;report&lt;/b&gt;</td>"))
        #expect(html.contains("<tr class=\"draft\"><td>2025-11-30</td>"))
        #expect(html.contains("Dismissed by Ana on 2025-11-29: not a factual claim"))
        #expect(html.contains("style=\"width: 91%\"></span></span> 0.91"))
        #expect(html.contains("[1] <a href=\"https://example.org/ref1\">Ministry report</a>"))
    }

    @Test func aReviewURLEmbedsTheClaimReviewMarkupSafely() throws {
        let html = try page(ExportOptions(reviewURL: "https://factcheck.example.org/kyiv"))
        #expect(html.contains("<script type=\"application/ld+json\">"))
        #expect(html.components(separatedBy: "</script>").count == 2)   // the one closing tag: data cannot end it early
        #expect(html.contains("\"url\" : \"https://factcheck.example.org/kyiv#kyiv-c1\""))
    }

    @Test func severalSeedsGiveOnePageWithASectionEach() throws {
        let store = try ExportFixtures.seededStore()
        let documents = try ExportFixtures.seedDocuments(store)
        let outputs = try Exporter.export(documents, as: .html, scale: store.configuration.verdictScale)
        #expect(outputs.map(\.name) == ["claims.html"])
        let html = outputs[0].text
        for document in documents { #expect(html.contains("<section class=\"document\" id=\"doc-\(document.file.document.id)\">")) }
        #expect(html.contains("<nav class=\"toc\">"))
        #expect(html.contains("Russia laid out four demands"))
    }
}
