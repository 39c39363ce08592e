import Foundation
import Testing
@testable import ClaimKit

/// `--no-text`: annotations only, for articles whose text cannot be redistributed.
@Suite struct NoTextExportTests {
    /// Sentences of the seeds that no annotation quotes (nor touches with its 32 code points of
    /// context): none of them may leave the store in an annotations-only export.
    private func unquotedSentences(_ documents: [ExportDocument]) -> [String] {
        documents.flatMap { document -> [String] in
            guard let text = document.text else { return [] }
            let spans = document.file.mentions.map(\.span) + document.file.claims.map(\.span)
            return SentenceSegmenter().segment(text).filter { sentence in
                let widened = TextSpan(start: max(0, sentence.start - 40), end: sentence.end + 40)
                return sentence.length >= 40 && !spans.contains { $0.overlaps(widened) }
            }.map { text.text(of: $0) }
        }
    }

    @Test func noFormatCarriesTheArticleTextButTheyKeepOffsetsQuotesAndHashes() throws {
        let store = try ExportFixtures.seededStore()
        let documents = try ExportFixtures.seedDocuments(store)
        let sentences = unquotedSentences(documents)
        #expect(sentences.count >= 3)   // not vacuous: the seeds have sentences no annotation touches
        for format in ExportFormat.allCases {
            let outputs = try Exporter.export(documents, as: format, scale: .standard,
                                              options: ExportOptions(includeText: false, reviewURL: "https://factcheck.example.org/x"))
            let all = outputs.map(\.text).joined(separator: "\n")
            let searchable = NSString(string: all)   // converted once: many searches stay fast in debug builds
            for sentence in sentences {
                #expect(searchable.range(of: sentence).location == NSNotFound, "\(format) leaks “\(sentence.prefix(60))…”")
            }
            if [.json, .xml, .webannotation, .html, .brat].contains(format) {
                // Web Annotation names the text in each annotation's target: none, no hash.
                for document in documents where format != .webannotation || !document.file.mentions.isEmpty || !document.file.claims.isEmpty {
                    #expect(all.contains(document.file.document.textSHA256), "\(format) lacks the hash of \(document.file.document.id)")
                }
            }
            if format != .claimreview {
                #expect(all.contains("Russia laid out four demands"), "\(format) lacks the claim's exact quote")
            }
        }
    }

    @Test func bratWritesTheHashInsteadOfTheText() throws {
        let outputs = try BratExporter.export([ExportFixtures.exportDocument], scale: .standard, options: ExportOptions(includeText: false))
        #expect(outputs.map(\.name) == ["kyiv.sha256", "kyiv.ann", "annotation.conf", "visual.conf"])
        #expect(outputs[0].text == "\(ExportFixtures.file.document.textSHA256)  kyiv.txt\n")
    }

    @Test func theHTMLPageKeepsTheClaimsAndSaysWhyTheArticleIsMissing() throws {
        let html = try HTMLReviewPage.render([ExportFixtures.exportDocument], scale: .standard, options: ExportOptions(includeText: false))
        #expect(!html.contains("<div class=\"article\">"))
        #expect(html.contains("The article text is not included") && html.contains(ExportFixtures.file.document.textSHA256))
        #expect(html.contains("<q>Officials said “over 1,400 drone strikes hit Kyiv in 2022,” according to Yuri Ushakov.</q>"))
        #expect(html.contains("<span class=\"claim-id\">c1</span>"))   // nothing to link to in the article
    }
}
