import Testing
@testable import ClaimKit

/// How the extractors' overlapping finds become mentions: a number that is part of a calendar
/// date is the date's, a count of units of time is a number as well as part of its date.
@Suite struct MentionOverlapTests {
    private func mentions(_ text: String) -> [String] {
        ClaimExtractor().extract(Document(text: text)).mentions.map { "\($0.kind.rawValue) \($0.text)" }
    }

    @Test func aCountOfUnitsOfTimeIsANumberToo() {
        #expect(mentions("He resigned three months ago.") == ["date three months ago", "number three"])
        #expect(mentions("Unemployment fell in the three months to March.")
            == ["date three months", "number three", "date March"])
    }

    @Test func theDayAndYearOfACalendarDateAreTheDates() {
        #expect(mentions("It was signed on February 28, 2004 by 12 states.") == ["date February 28, 2004", "number 12"])
    }
}
