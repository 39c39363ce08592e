import Testing
@testable import ClaimKit

/// Exact search over code points, and the helpers that place fuzzy windows.
@Suite struct ScalarSearchTests {
    @Test func findsEveryOccurrenceIncludingOverlappingOnes() {
        let text = ScalarText("aaaaa").scalars
        #expect(ScalarSearch.occurrences(of: ScalarText("aaa").scalars, in: text) == [0, 1, 2])
        #expect(ScalarSearch.occurrences(of: ScalarText("aaa").scalars, in: text, limit: 2) == [0, 1])
        #expect(ScalarSearch.occurrences(of: [], in: text).isEmpty)
    }

    @Test func offsetsAreCodePointsAfterEmojiAndCombiningMarks() {
        let text = ScalarText("🕊️ e\u{301}té 和平 four days")
        #expect(ScalarSearch.occurrences(of: ScalarText("four").scalars, in: text.scalars) == [11])
    }

    @Test func wordOccurrencesSkipWordsInsideLongerWords() {
        let text = ScalarText("Peace talks entered a fourth round; four demands, fourfold.")
        #expect(WordIndex(text).occurrences(of: ScalarText("four").scalars) == [36])
        #expect(WordIndex(text).occurrences(of: ScalarText("fourt").scalars).isEmpty)
    }

    @Test func firstAndLastWordsSkipQuotesAndPunctuation() throws {
        let scalars = ScalarText("“technical pause,”").scalars
        let first = try #require(FuzzyCandidates.firstWord(of: scalars))
        #expect(first.word == ScalarText("technical").scalars && first.offset == 1)
        let last = try #require(FuzzyCandidates.lastWord(of: scalars))
        #expect(last.word == ScalarText("pause").scalars && last.offset == 11)
    }

    @Test func windowEdgesSnapToWhiteSpace() {
        let text = ScalarText("a convoy of 160 vehicles left")
        #expect(text.tokenStart(near: 4, slack: 4) == 2)
        #expect(text.tokenEnd(near: 13, slack: 4) == 11)
        #expect(text.tokenEnd(near: 29, slack: 4) == 29)
    }

    @Test func gramIndexFindsWhatALinearScanFinds() throws {
        let document = try Fixtures.seed("002_71288f6fbee5ea84.txt")
        let text = ScalarText(document.text + "\n🕊️ Peace talks entered a fourth-round on March 10. Peace talks")
        let index = GramIndex(text)
        for needle in ["Peace talks", "Peace", "on March 1", "Peace talks entered a fourth-round on March 10", "Peace talks", "🕊️ Peace", "zzzzzzzzzz"] {
            let scalars = ScalarText(needle).scalars
            #expect(index.occurrences(of: scalars, limit: 100) == ScalarSearch.occurrences(of: scalars, in: text.scalars), "\(needle)")
        }
        #expect(index.occurrences(of: ScalarText("Peace talks").scalars, limit: 1).count == 1)
    }

    @Test func gramIndexFallsBackToAScanOnRunsOfOneCharacter() {
        let text = ScalarText(String(repeating: "—", count: 5_000) + " end")
        let needle = ScalarText(String(repeating: "—", count: 9) + " end").scalars
        #expect(GramIndex(text).occurrences(of: needle, limit: 10) == [4_991])
    }

    @Test func expectedPositionFollowsTheNearestPrecedingClaimFound() {
        let expected = ExpectedPosition(anchors: [(old: 100, new: 150), (old: 500, new: 480)], oldLength: 1_000, newLength: 1_000)
        #expect(expected.newStart(forOldStart: 300) == 350)
        #expect(expected.newStart(forOldStart: 700) == 680)
        #expect(expected.newStart(forOldStart: 40) == 90)
        #expect(ExpectedPosition(anchors: [], oldLength: 1_000, newLength: 2_000).newStart(forOldStart: 300) == 600)
    }
}
