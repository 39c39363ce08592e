import Testing
@testable import ClaimKit

/// How quotation marks pair: nesting, several sentences, paragraphs left open.
@Suite struct QuotePairingTests {
    @Test func nestedQuotationsOverlapAndComeOuterFirst() {
        let found = QuoteTestSupport.quotes(in: "“He said ‘no’ twice,” she said.")
        #expect(found.map(\.quote) == ["“He said ‘no’ twice,”", "‘no’"])
        #expect(found.first?.speaker == "she")
        #expect(found.first?.cue == "said")
    }

    @Test func straightNestingAsTheBBCWritesIt() {
        let found = QuoteTestSupport.quotes(in: "\"They told me 'the deal is off' on Friday,\" Mr Hughes said.")
        #expect(found.map(\.content) == ["They told me 'the deal is off' on Friday", "the deal is off"])
        #expect(found.first?.speaker == "Mr Hughes")
        #expect(found.last?.speaker == nil)
    }

    @Test func quotationSpanningSentencesIsOneMatch() {
        let text = "Yuri Ushakov, an aide to Putin, mentioned, “This isn’t an official one, but we do have the document. We haven’t discussed it with anyone yet.”"
        let found = QuoteTestSupport.quotes(in: text)
        #expect(found.map(\.content) == ["This isn’t an official one, but we do have the document. We haven’t discussed it with anyone yet."])
    }

    @Test func contentDropsTheCommaBeforeTheAttribution() {
        #expect(QuoteTestSupport.only(in: "“We will rebuild,” Peskov said.")?.content == "We will rebuild")
    }

    @Test func quotationLeftOpenEndsWithItsParagraph() {
        let text = "Mr Smith said: \"We are pleased with the result.   \n\n\"We will do more next year,\" he added.\n"
        let found = QuoteTestSupport.quotes(in: text)
        #expect(found.map(\.quote) == ["\"We are pleased with the result.", "\"We will do more next year,\""])
        #expect(found.map(\.speaker) == ["Mr Smith", "Mr Smith"])
    }

    @Test func multiParagraphQuotationSharesItsSpeaker() {
        let text = """
        Kremlin spokesman Dmitry Peskov said: "The talks were useful.

        "But there is a long way to go.

        "We will meet again in March."

        The next round is planned for Geneva.
        """
        let found = QuoteTestSupport.quotes(in: text)
        #expect(found.map(\.content) == ["The talks were useful.", "But there is a long way to go.", "We will meet again in March."])
        #expect(found.allSatisfy { $0.speaker == "Dmitry Peskov" })
    }

    /// The BBC opens every paragraph of a long quotation and closes only the last; with the
    /// paragraph breaks lost, the marks that open the later paragraphs follow a sentence end.
    /// A reader sees one quotation, from the first mark to the only closing one.
    @Test func paragraphsRunTogetherAreOneQuotation() {
        let text = "Morrison said: \"The injunction is ludicrous. \"I signed a new deal with a new record company. \"I was with that label for a year.\""
        let found = QuoteTestSupport.quotes(in: text)
        #expect(found.map(\.content) == ["The injunction is ludicrous. \"I signed a new deal with a new record company. \"I was with that label for a year."])
        #expect(found.first?.speaker == "Morrison")
    }

    @Test func curlyParagraphsRunTogetherAreOneQuotation() {
        let text = "“He’s got a long future ahead of him. “Being left-handed, he was quick around the court,” said Ginepri."
        let found = QuoteTestSupport.quotes(in: text)
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Ginepri")
    }

    @Test func openingMarkAfterAWordStillStartsTheNextQuotation() {
        // The first quotation was never closed; the second mark follows "said", not a sentence end.
        let text = "Ms Ross said \"we will go ahead. Then Mr Lee said \"no way\" and left."
        let found = QuoteTestSupport.quotes(in: text)
        #expect(found.map(\.content) == ["we will go ahead. Then Mr Lee said", "no way"])
    }

    @Test func quotationNeverSpansABlankLine() {
        let found = QuoteTestSupport.quotes(in: "She said: “Yes.\n\nNo one knew what she meant.")
        #expect(found.map(\.quote) == ["“Yes."])
    }

    @Test func strayClosingMarkIsIgnored() {
        #expect(QuoteTestSupport.quotes(in: "The total was 40” and rising.").isEmpty)
    }

    @Test func matchesAreSortedAndInsideTheText() {
        let document = Document(text: "“A ‘bee’ c,” he said. “D,” she said.\n“E.")
        let matches = QuoteTestSupport.matches(in: document)
        #expect(matches.map(\.range.lowerBound) == matches.map(\.range.lowerBound).sorted())
        for match in matches {
            #expect(match.range.upperBound <= document.utf8.count)
            #expect(match.range.contains(match.content.lowerBound) && match.content.upperBound <= match.range.upperBound)
        }
        #expect(matches.count == 4)
    }
}
