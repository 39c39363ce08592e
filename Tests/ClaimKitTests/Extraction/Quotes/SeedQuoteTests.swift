import Testing
@testable import ClaimKit

/// Every quotation of the five seed articles, with its speaker and cue, checked by eye.
@Suite struct SeedQuoteTests {
    private func found(_ name: String) throws -> [FoundQuote] {
        QuoteTestSupport.quotes(in: try Fixtures.seed(name))
    }

    /// Seed 000 has apostrophes only ("Russia’s", "I’ve", "What’s", "it’s"), no quotation.
    @Test func seed000HasNoQuotations() throws {
        #expect(try found("000_2d6beb6aebf89fa1.txt").isEmpty)
    }

    @Test func seed001() throws {
        let quotes = try found("001_245c95dc91bbb165.txt")
        #expect(quotes == [
            FoundQuote(quote: "“This isn’t an official one, but we do have the document. We haven’t discussed it with anyone yet because the points in it require truly serious analysis and discussion.”",
                       content: "This isn’t an official one, but we do have the document. We haven’t discussed it with anyone yet because the points in it require truly serious analysis and discussion.",
                       speaker: "Yuri Ushakov", cue: "mentioned"),
            FoundQuote(quote: "“You know what the deadline is for me? When it’s over.”",
                       content: "You know what the deadline is for me? When it’s over.", speaker: "Trump", cue: "stating"),
            FoundQuote(quote: "‘Burn the Baggage’", content: "Burn the Baggage", speaker: nil, cue: nil),
            FoundQuote(quote: "‘Rat Hole’", content: "Rat Hole", speaker: nil, cue: nil),
        ])
    }

    /// "Donald Trump‘s special envoy" uses a left quote mark as an apostrophe.
    @Test func seed001ApostropheWrittenAsALeftQuoteIsNoQuotation() throws {
        #expect(try found("001_245c95dc91bbb165.txt").allSatisfy { !$0.quote.contains("special envoy") })
    }

    @Test func seed002() throws {
        #expect(try found("002_71288f6fbee5ea84.txt") == [
            FoundQuote(quote: "“technical pause,”", content: "technical pause", speaker: "An aide to the Ukrainian president", cue: "described"),
        ])
    }

    @Test func seed003() throws {
        let quotes = try found("003_6e8a2ca9ae941b49.txt")
        #expect(quotes.map(\.content) == [
            "obstructing negotiations",
            "Russia has used its right to veto many times despite becoming a party to the Syrian conflict",
            "independence",
            "territorial integrity.",
            "Every State has the duty to refrain from organizing, instigating, assisting or participating in acts of civil strife or terrorist acts in another State or acquiescing in organized activities within its territory directed towards the commission of such acts.",
            "Founding Act on Mutual Relations, Cooperation, and Security between NATO and the Russian Federation",
            "respect for sovereignty, independence and territorial integrity of all states and their inherent right to choose the means to ensure their own security.",
            "without Russian leadership, troops, financing and weapons, there would be no war.",
            "peace",
        ])
        #expect(quotes.map(\.speaker) == [nil, nil, nil, nil, "The agreement", nil, "Russia", "researchers", nil])
        #expect(quotes.map(\.cue) == [nil, nil, nil, nil, "says", nil, "promised", "noted", nil])
    }

    /// Seed 004 (Markdown) has "won't" and "Ukraine's" but no quotation.
    @Test func seed004HasNoQuotations() throws {
        #expect(try found("004_93d92414a5d97f2f.txt").isEmpty)
    }
}
