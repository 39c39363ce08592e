import Testing
@testable import ClaimKit

/// Quotation marks against apostrophes, elisions, possessives and inch marks (SPEC §3: "not
/// apostrophes: Russia’s, it’s, Ukraine's").
@Suite struct QuotationMarkTests {
    @Test(arguments: [
        "Russia’s Firm Stance",
        "it’s a delicate situation, and the world will be watching.",
        "A just peace agreement will cover Ukraine's status vis-à-vis NATO.",
        "Donald Trump‘s special envoy, Steve Witkoff, will attend.",
        "Music from the ’90s is back, and so is rock ’n’ roll.",
        "Music from the '90s is back, and so is rock 'n' roll.",
        "The players’ union met the owners’ representatives on Monday.",
        "The players' union said the league's offer of the '05 season was poor.",
        "Credit won't work: Why Ukraine's state debt must be cancelled",
        "The new model has a 12\" screen and weighs 2lb.",
        "Kids were ’ere, the sign said, and ’em boys ran off.",
    ])
    func apostrophesAreNoQuotations(_ text: String) {
        #expect(QuoteTestSupport.quotes(in: text).isEmpty)
    }

    @Test func curlySingleQuotesMarkATitle() {
        let found = QuoteTestSupport.quotes(in: "Lifestyle2 months agoKelsea Ballerini Launches ‘Burn the Baggage’ Candle with Ranger Station")
        #expect(found.map(\.quote) == ["‘Burn the Baggage’"])
        #expect(found.first?.speaker == nil)
    }

    @Test func straightSingleQuotesMarkAHeadlineBesideApostrophes() {
        let found = QuoteTestSupport.quotes(in: "Chicago's Viral 'Rat Hole' Likely Created by Squirrel, Study Reveals")
        #expect(found.map(\.content) == ["Rat Hole"])
    }

    @Test func apostrophesInsideASingleQuotation() {
        let found = QuoteTestSupport.quotes(in: "The banner read 'It's our country's future' in large letters.")
        #expect(found.map(\.content) == ["It's our country's future"])
    }

    @Test func pluralPossessiveClosesOnlyWhenNothingElseDoes() {
        let closedLater = QuoteTestSupport.quotes(in: "‘The players’ union is strong,’ he said.")
        #expect(closedLater.map(\.content) == ["The players’ union is strong"])
        let closedThere = QuoteTestSupport.quotes(in: "Fans called them the ‘Busby Babes’ for years.")
        #expect(closedThere.map(\.content) == ["Busby Babes"])
    }

    @Test func guillemetsAndLowNineQuotesPair() {
        #expect(QuoteTestSupport.quotes(in: "Le ministre a parlé d’une « pause technique » lundi.").map(\.content) == ["pause technique"])
        #expect(QuoteTestSupport.quotes(in: "Er sagte „Wir schaffen das“ im Sommer.").map(\.content) == ["Wir schaffen das"])
    }

    @Test func doubledStraightSinglesActAsDoubleQuotes() {
        let found = QuoteTestSupport.quotes(in: "''This is a big issue,'' said Newry boss Roy McCreadie.")
        #expect(found.map(\.content) == ["This is a big issue"])
        #expect(found.first?.speaker == "Roy McCreadie")
    }

    @Test func straightQuotesWithLostSpaces() {
        let found = QuoteTestSupport.quotes(in: "He said:\"It is over,\"and walked out.")
        #expect(found.map(\.content) == ["It is over"])
    }
}
