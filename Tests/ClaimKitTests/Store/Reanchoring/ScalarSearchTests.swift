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
        #expect(ScalarSearch.wordOccurrences(of: ScalarText("four").scalars, in: text) == [36])
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
}
