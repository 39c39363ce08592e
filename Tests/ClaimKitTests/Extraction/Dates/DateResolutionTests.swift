import Testing
@testable import ClaimKit

/// Calendar arithmetic and the rules that resolve relative and partial dates against a
/// publication date (``DateAnchor``, ``HolidayCalendar``, ``TimexValue``).
@Suite struct DateResolutionTests {
    private func date(_ iso: String) -> CalendarDate { CalendarDate(iso8601: iso)! }

    @Test func isoWeeksAcrossYearBoundaries() {
        #expect(TimexValue.week(of: date("2025-11-28")) == "2025-W48")
        #expect(TimexValue.week(of: date("2021-01-01")) == "2020-W53")   // a Friday: week of 2020
        #expect(TimexValue.week(of: date("2024-12-30")) == "2025-W01")   // a Monday: week 1 of 2025
        #expect(TimexValue.weekend(of: date("2025-11-21")) == "2025-W47-WE")
    }

    @Test func valuesKeepTheirGranularity() {
        #expect(TimexValue.day(nil, 2, 28) == "XXXX-02-28")
        #expect(TimexValue.month(2022, 2) == "2022-02")
        #expect(TimexValue.decade(ofYear: 1994) == "199")
        #expect(TimexValue.century(ofYear: 1994) == "19")
        #expect(TimexValue.duration(4, .day) == "P4D")
        #expect(TimexValue.duration(1.5, .year) == "P1.5Y")
        #expect(TimexValue.duration(24, .hour) == "PT24H")
        #expect(TimexValue.duration(nil, .decade) == "PXDE")
        #expect(TimexValue.duration(2, .decade) == "P20Y")
        #expect(TimexValue.duration(1, .century) == "P100Y")
        #expect(TimexValue.duration(4, .quarter) == "P12M")
        #expect(TimexValue.duration(1, .fortnight) == "P2W")
        #expect(TimexValue.unknown(.week) == "XXXX-WXX")
    }

    @Test func holidaysInAGivenYear() {
        #expect(Holiday.thanksgiving.date(in: 2025) == date("2025-11-27"))
        #expect(Holiday.thanksgiving.date(in: 2023) == date("2023-11-23"))
        #expect(Holiday.easter.date(in: 2025) == date("2025-04-20"))
        #expect(Holiday.easter.date(in: 2024) == date("2024-03-31"))
        #expect(Holiday.goodFriday.date(in: 2005) == date("2005-03-25"))
        #expect(Holiday.memorialDay.date(in: 2025) == date("2025-05-26"))
        #expect(Holiday.christmas.underspecifiedValue == "XXXX-12-25")
        #expect(Holiday.thanksgiving.underspecifiedValue == "XXXX-11-XX")
        #expect(Holiday.easter.underspecifiedValue == "XXXX-XX-XX")
    }

    @Test func relativeUnitsShiftThePublicationPeriod() {
        let anchor = DateAnchor(publication: date("2025-01-15"))
        #expect(anchor.shifted(.month, by: -1) == "2024-12")
        #expect(anchor.shifted(.quarter, by: -1) == "2024-Q4")
        #expect(anchor.shifted(.week, by: -4) == "2024-W51")
        #expect(anchor.shifted(.decade, by: -1) == "201")
        #expect(anchor.shifted(.century, by: -1) == "19")
        #expect(DateAnchor(publication: nil).shifted(.month, by: -1) == "XXXX-XX")
    }

    @Test func weekdaysResolveByModifierAndTense() {
        let friday = DateAnchor(publication: date("2025-11-28"))
        #expect(friday.weekday(1, relative: nil, tense: .past) == "2025-11-24")
        #expect(friday.weekday(1, relative: nil, tense: .unknown) == "2025-11-24")
        #expect(friday.weekday(1, relative: nil, tense: .future) == "2025-12-01")
        #expect(friday.weekday(5, relative: nil, tense: .past) == "2025-11-28")   // "on Friday": that day
        #expect(friday.weekday(5, relative: .last, tense: .past) == "2025-11-21")
        #expect(friday.weekday(5, relative: .next, tense: .future) == "2025-12-05")
        #expect(friday.weekday(1, relative: .this, tense: .unknown) == "2025-11-24")
        #expect(DateAnchor(publication: nil).weekday(1, relative: nil, tense: .past) == "XXXX-WXX-1")
    }

    @Test func monthsWithoutAYear() {
        let anchor = DateAnchor(publication: date("2025-11-28"))
        #expect(anchor.year(forMonth: 11, relative: .last) == 2024)
        #expect(anchor.year(forMonth: 3, relative: .next) == 2026)
        #expect(anchor.year(forMonth: 12, day: nil, tense: .past) == 2024)
        #expect(anchor.year(forMonth: 12, day: nil, tense: .unknown) == 2025)
        #expect(anchor.year(forMonth: 2, day: 28, tense: .future) == 2026)
        #expect(DatesUnderTest.only(in: "Sales were weak last November.", published: "2025-11-28")
                == "last November | DATE | 2024-11")
        #expect(DatesUnderTest.only(in: "Rates rose in August last year.", published: "2025-11-28")
                == "August last year | DATE | 2024-08")
    }

    @Test func quartersSeasonsAndHalves() {
        #expect(DatesUnderTest.only(in: "Fourth quarter sales rose 2%.", published: "2005-02-15")
                == "Fourth quarter | DATE | 2004-Q4")
        #expect(DatesUnderTest.only(in: "Output fell in the first half of 2004.") == "the first half of 2004 | DATE | 2004-H1")
        #expect(DatesUnderTest.only(in: "The deal closed last summer.", published: "2025-11-28") == "last summer | DATE | 2025-SU")
        #expect(DatesUnderTest.only(in: "Building starts in the spring.") == "the spring | DATE | XXXX-SP")
        #expect(DatesUnderTest.only(in: "Historians revisit the 19th century.") == "the 19th century | DATE | 18")
    }

    @Test func sentenceTenseDecidesWhichWayAWeekdayLooks() {
        let published = "2025-11-28"
        #expect(DatesUnderTest.only(in: "The talks collapsed on Monday.", published: published) == "Monday | DATE | 2025-11-24")
        #expect(DatesUnderTest.only(in: "The talks will resume on Monday.", published: published) == "Monday | DATE | 2025-12-01")
        #expect(DatesUnderTest.only(in: "He said last Friday that it was over.", published: published)
                == "last Friday | DATE | 2025-11-21")
        #expect(DatesUnderTest.only(in: "Police arrived on Monday night.", published: published)
                == "Monday night | TIME | 2025-11-24TNI")
    }

    /// The tokenizer starts a little before a date's first token; a tense cue further back must
    /// still count (the sentence is matched again whole), as must the sentence's start.
    @Test func cuesFarBeforeTheDateStillCount() {
        let published = "2025-11-28"   // a Friday
        #expect(DatesUnderTest.only(in: "Talks will, according to the union and several people close to the negotiations, resume on Monday.",
                                    published: published)
                == "Monday | DATE | 2025-12-01")
        #expect(DatesUnderTest.only(in: "Talks, according to the union and several people close to the negotiations, resumed on Monday.",
                                    published: published)
                == "Monday | DATE | 2025-11-24")
    }
}
