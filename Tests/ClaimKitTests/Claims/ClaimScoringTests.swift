import Testing
@testable import ClaimKit

/// Check-worthiness (SPEC §3): statistics and attributed factual quotations rank above
/// opinion and navigation debris, and every score says why.
@Suite struct ClaimScoringTests {
    /// The claim whose text contains `phrase`, in an extraction of `text`.
    private func claim(_ phrase: String, in text: String) throws -> Claim {
        try #require(ClaimExtractor().extract(Document(text: text)).claims.first { $0.text.contains(phrase) })
    }

    private let article = """
        Unemployment rose by 2.3% to 1.2 million in the three months to March, official figures show.
        I think we should all hope for better news in 2025.
        “We must respond to this within 48 hours,” Defence Minister Ana Silva said on Monday.
        I’ve read 3 reports on it and they seem likely to be wrong.
        Science4 weeks agoUniversity rankings 2024
        """

    @Test func statisticsOutrankOpinionAndNavigation() throws {
        let statistic = try claim("Unemployment rose", in: article)
        let opinion = try claim("I think we should", in: article)
        let navigation = try claim("Science4 weeks ago", in: article)
        #expect(statistic.score > opinion.score)
        #expect(statistic.score > navigation.score)
        #expect(statistic.reasons.contains("percentage") && statistic.reasons.contains("factual-verb"))
        #expect(opinion.reasons.contains("opinion"))
        #expect(navigation.reasons.contains("headline-or-navigation"))
        for claim in ClaimExtractor().extract(Document(text: article)).claims {
            #expect((0...1).contains(claim.score), "\(claim.text): \(claim.score)")
        }
    }

    /// Weights that cancel (date 0.1, quotation 0.05, cited source 0.1, opinion -0.2, question
    /// -0.15, on the base 0.1) sum to a hair below zero in floating point: the score is 0, not
    /// -0, which JSON would write as "-0".
    @Test func weightsThatCancelScoreZeroNotMinusZero() {
        let sentence = Array("Do I think it was wrong?".utf8)
        let mentions = ClaimScorer.MentionSummary(dates: 1, unattributedQuotes: 1, citations: 1)
        let (score, reasons) = sentence.withUnsafeBufferPointer { bytes in
            ClaimScorer.score(sentence: bytes, 0..<bytes.count, mentions: mentions, quoted: UnsafeBufferPointer(start: nil, count: 0))
        }
        #expect(ClaimScorer.reasonLists[reasons] == ["date", "quote", "cites-source", "opinion", "question"])
        #expect(score == 0 && score.sign == .plus, "\(score)")
    }

    @Test func hedgesInsideAQuotationAreTheSpeakersNotTheArticles() throws {
        let quoted = try claim("We must respond", in: article)
        #expect(quoted.reasons.contains("attributed-quote"))
        #expect(!quoted.reasons.contains("opinion"), "\(quoted.reasons)")
        #expect(quoted.score > (try claim("I think we should", in: article)).score)
    }

    @Test func lettersOutsideASCIIDoNotMakeCueWords() throws {
        // Seed 001's navigation: the "i" of "Hawaiʻi" is not the pronoun "I".
        let text = "The University of Hawaiʻi joins a $25.6M AI project. Le café a fermé."
        #expect(!(try claim("Hawaiʻi", in: text)).reasons.contains("opinion"))
        #expect((try claim("“I think it rose 5%,” he said.", in: "“I think it rose 5%,” he said.")).reasons.contains("factual-verb"))
    }

    @Test func contractionsOfFirstPersonAreOpinionCues() throws {
        let hedged = try claim("I’ve read 3 reports", in: article)
        #expect(hedged.reasons.contains("opinion"))
        let plain = try claim("read 3 reports", in: "The committee read 3 reports on it last week.")
        #expect(hedged.score < plain.score)
    }
}
