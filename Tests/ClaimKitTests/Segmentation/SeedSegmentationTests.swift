import Testing
@testable import ClaimKit

/// The seed articles segmented end to end, against expected segments written out one a line
/// in `Fixtures/segments/` (checked by eye: headlines, list items without markers, the lost
/// spaces of "de-escalation.Here’s", navigation lines, Markdown headings).
@Suite struct SeedSegmentationTests {
    @Test(arguments: Fixtures.seedNames)
    func seedMatchesExpectedSegments(_ name: String) throws {
        let document = try Fixtures.seed(name)
        let expected = try Fixtures.string("segments/\(name)").split(separator: "\n").map(String.init)
        let actual = SentenceSegmenter().segment(document).map { document.text(of: $0) }
        #expect(actual == expected)
    }

    @Test(arguments: Fixtures.seedNames)
    func seedSpansAreOrderedTrimmedAndInsideTheText(_ name: String) throws {
        let document = try Fixtures.seed(name)
        let spans = SentenceSegmenter().segment(document)
        let scalars = Array(document.text.unicodeScalars)
        var previousEnd = 0
        for span in spans {
            #expect(span.start >= previousEnd && span.end <= scalars.count && !span.isEmpty)
            #expect(!scalars[span.start].properties.isWhitespace && !scalars[span.end - 1].properties.isWhitespace)
            // The span's text, cut by code points independently of ScalarIndex.
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == document.text(of: span))
            previousEnd = span.end
        }
    }

    @Test func lostSpacesAfterSentenceEndsAreSplit() throws {
        let document = try Fixtures.seed("000_2d6beb6aebf89fa1.txt")
        let sentences = SentenceSegmenter().segment(document).map { document.text(of: $0) }
        #expect(sentences.contains { $0.hasSuffix("prospects for de-escalation.") })
        #expect(sentences.contains { $0.hasPrefix("Here’s a breakdown of the situation") })
        #expect(sentences.contains { $0.hasPrefix("Though, Moscow is already signaling") })
        #expect(sentences.contains { $0.contains("diplomatic headway made,but faces") })
    }

    @Test func multiSentenceQuotationStaysWithItsIntroduction() throws {
        let document = try Fixtures.seed("001_245c95dc91bbb165.txt")
        let sentences = SentenceSegmenter().segment(document).map { document.text(of: $0) }
        #expect(sentences.contains(
            "Yuri Ushakov, an aide to Putin, mentioned, “This isn’t an official one, but we do have the document. We haven’t discussed it with anyone yet because the points in it require truly serious analysis and discussion.”"))
        #expect(!sentences.contains("-"))
    }
}
