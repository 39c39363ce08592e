import Testing
@testable import ClaimKit

/// Words that look like dates and are not: names, titles, counts, ages, football.
@Suite struct DatePrecisionTests {
    @Test(arguments: [
        "The Sunday Times reported that hedge funds were buying.",
        "Meersseman told the Mail on Sunday he had no regrets.",
        "He told BBC Radio 4's Today programme that more lawyers may go.",
        "Are You Lonesome Tonight is at number 20.",
        "The 35-year-old was arrested at the scene.",
        "A 45-year-old man from outside the area was held.",
        "Her son is now five years old.",
        "England reached the quarter-final again.",
        "Jagran publishes India's top-selling daily newspaper.",
        "The monthly decline was the biggest on record.",
        "Father Christmas arrived by sleigh.",
        "They sold a Christmas tree to every household.",
        "The flight to Easter Island was cancelled.",
        "It was the fall of Saigon that changed him.",
        "Most of them are in their 20s.",
        "Former Happy Mondays star Bez will appear.",
        "Prices may fall further, analysts say.",
        "Some 2000 people marched and 1500 more waited.",
        "A survey of 1,998 adults found little change.",
        "The group's yearly sales are $14.4bn.",
        "One day he would return.",
    ])
    func noDateIn(_ text: String) {
        #expect(DatesUnderTest.mentions(in: text).isEmpty)
    }

    @Test func titlesAreNotDatesButDatesBesideThemAre() {
        #expect(DatesUnderTest.mentions(in: "On Tuesday Sir Alan said the application failed.") == ["Tuesday | DATE | XXXX-WXX-2"])
        #expect(DatesUnderTest.mentions(in: "He said: \"Today the Tories are making promises.\"") == ["Today | DATE | XXXX-XX-XX"])
        #expect(DatesUnderTest.mentions(in: "Italy face Scotland on Saturday.") == ["Saturday | DATE | XXXX-WXX-6"])
    }

    @Test func agesAndAnchoredLengths() {
        #expect(DatesUnderTest.mentions(in: "He died 11 days after his wife.") == ["11 days | DURATION | P11D"])
        #expect(DatesUnderTest.mentions(in: "The bill will take a decade to take effect.") == ["a decade | DURATION | P10Y"])
        #expect(DatesUnderTest.mentions(in: "He arrived a day after the summit.") == ["a day | DURATION | P1D"])
    }

    @Test func spansFollowTimeML() {
        let text = "Prices rose in 2014, within the past week and over the weekend, then early this week."
        let document = Document(text: text)
        let spans = DatesUnderTest.matches(in: text).map { document.text(ofBytes: $0.range) }
        #expect(spans == ["2014", "the past week", "the weekend", "early this week"])
    }

    @Test func byteRangesSurviveMultiByteText() {
        let text = "Zaporizhzhia’s “référendum” took place on 30 November 2023 — Hawaiʻi’s too."
        let document = Document(text: text)
        let matches = DatesUnderTest.matches(in: text)
        #expect(matches.map { document.text(ofBytes: $0.range) } == ["30 November 2023"])
        let span = document.scalars.spans(ofSortedByteRanges: matches.map(\.range))[0]
        #expect(Array(text.unicodeScalars)[span.start..<span.end].map(String.init).joined() == "30 November 2023")
    }
}
