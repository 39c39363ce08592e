import Testing
@testable import ClaimKit

/// The hard cases the date extractor was specified with (SPEC §3 "Date"), each with a
/// publication date of Friday 2025-11-28 where it matters and without one.
@Suite struct DateHardCaseTests {
    private let published = "2025-11-28"

    @Test func weekdayBeforeAMonthDateIsOneExpression() {
        let text = "An agreement was not made until Monday, March 14, when a convoy left the city."
        #expect(DatesUnderTest.only(in: text) == "Monday, March 14 | DATE | XXXX-03-14")
        // Published on Tuesday 2022-03-15: 14 March 2022 was a Monday.
        #expect(DatesUnderTest.only(in: text, published: "2022-03-15") == "Monday, March 14 | DATE | 2022-03-14")
    }

    @Test func decadeKeepsItsArticleButNotThePreposition() {
        #expect(DatesUnderTest.only(in: "Prices rose sharply in the 1990s.") == "the 1990s | DATE | 199")
        #expect(DatesUnderTest.only(in: "It peaked in the late 1980s.") == "the late 1980s | DATE | 198")
        #expect(DatesUnderTest.only(in: "Music of the ’80s is back.") == "the ’80s | DATE | 198")
    }

    @Test func mayTheMonthAndMayTheVerb() {
        #expect(DatesUnderTest.mentions(in: "Prices may rise again.").isEmpty)
        #expect(DatesUnderTest.only(in: "Prices may rise in May.") == "May | DATE | XXXX-05")
        #expect(DatesUnderTest.only(in: "The election is on May 5.") == "May 5 | DATE | XXXX-05-05")
        #expect(DatesUnderTest.only(in: "Sales slowed in May 2005.") == "May 2005 | DATE | 2005-05")
        #expect(DatesUnderTest.only(in: "Labour is preparing for a May election.") == "May | DATE | XXXX-05")
        #expect(DatesUnderTest.mentions(in: "Theresa May said the plans were flawed.").isEmpty)
        #expect(DatesUnderTest.mentions(in: "Guitarist Brian May has said he expects to tour.").isEmpty)
    }

    @Test func marchTheMonthAndMarchTheVerb() {
        #expect(DatesUnderTest.mentions(in: "Thousands march on the capital.").isEmpty)
        #expect(DatesUnderTest.mentions(in: "Veterans March on Washington").isEmpty)
        #expect(DatesUnderTest.only(in: "They were picked up on March 3, when both sides agreed.")
                == "March 3 | DATE | XXXX-03-03")
        #expect(DatesUnderTest.only(in: "The rest will know their fate in March.") == "March | DATE | XXXX-03")
    }

    @Test func fullDate() {
        #expect(DatesUnderTest.only(in: "Officials will convene on November 30, 2023, to renew talks.")
                == "November 30, 2023 | DATE | 2023-11-30")
        #expect(DatesUnderTest.only(in: "It opened on 30 November 2023.") == "30 November 2023 | DATE | 2023-11-30")
        #expect(DatesUnderTest.only(in: "It opened on the 30th of November.") == "30th of November | DATE | XXXX-11-30")
    }

    @Test func monthDayWithoutYearTakesThePublicationYearByTense() {
        let text = "The first round of talks took place on February 28, four days after the invasion."
        #expect(DatesUnderTest.mentions(in: text) == ["February 28 | DATE | XXXX-02-28", "four days | DURATION | P4D"])
        #expect(DatesUnderTest.mentions(in: text, published: published).first == "February 28 | DATE | 2025-02-28")
        // After the publication date: last year's in the past tense, this year's in the future.
        #expect(DatesUnderTest.only(in: "The deal was signed on December 5.", published: published)
                == "December 5 | DATE | 2024-12-05")
        #expect(DatesUnderTest.only(in: "The leaders will meet on December 5.", published: published)
                == "December 5 | DATE | 2025-12-05")
    }

    @Test func relativeYearsWithAndWithoutPublicationDate() {
        #expect(DatesUnderTest.only(in: "Sales fell last year.", published: published) == "last year | DATE | 2024")
        #expect(DatesUnderTest.only(in: "Sales fell last year.") == "last year | DATE | XXXX")
        #expect(DatesUnderTest.only(in: "The treaty expires next year.", published: published) == "next year | DATE | 2026")
        #expect(DatesUnderTest.only(in: "The treaty expires next year.") == "next year | DATE | XXXX")
        let invasion = "The invasion began three years ago."
        #expect(DatesUnderTest.only(in: invasion, published: published) == "three years ago | DATE | 2022")
        #expect(DatesUnderTest.only(in: invasion) == "three years ago | DATE | XXXX")
    }

    @Test func withinThePastWeekIsADuration() {
        let text = "Russia conducted 66 missile assaults within the past week alone."
        #expect(DatesUnderTest.only(in: text) == "the past week | DURATION | P1W")
        #expect(DatesUnderTest.only(in: text, published: published) == "the past week | DURATION | P1W")
    }

    @Test func overTheWeekendIsTheLastWeekend() {
        let text = "Over the weekend, Ukrainian forces struck two tankers."
        #expect(DatesUnderTest.only(in: text, published: published) == "the weekend | DATE | 2025-W47-WE")
        #expect(DatesUnderTest.only(in: text) == "the weekend | DATE | XXXX-WXX-WE")
        #expect(DatesUnderTest.only(in: "The talks will resume over the weekend.", published: published)
                == "the weekend | DATE | 2025-W48-WE")
    }

    @Test func earlyThisWeekIsThePublicationWeek() {
        let text = "Bombs continued to rain down on Kyiv early this week."
        #expect(DatesUnderTest.only(in: text, published: published) == "early this week | DATE | 2025-W48")
        #expect(DatesUnderTest.only(in: text) == "early this week | DATE | XXXX-WXX")
    }

    @Test func thanksgivingDayIsTheFourthThursdayOfNovember() {
        let text = "Trump had suggested a Thanksgiving Day deadline for a peace agreement."
        #expect(DatesUnderTest.only(in: text, published: published) == "Thanksgiving Day | DATE | 2025-11-27")
        #expect(DatesUnderTest.only(in: text) == "Thanksgiving Day | DATE | XXXX-11-XX")
    }

    @Test func monthAndYear() {
        #expect(DatesUnderTest.only(in: "as if nothing existed before February 2022.") == "February 2022 | DATE | 2022-02")
    }

    @Test func yearsUsedAsTime() {
        #expect(DatesUnderTest.only(in: "1945 UN Charter.") == "1945 | DATE | 1945")
        #expect(DatesUnderTest.only(in: "Russia violated the 1945 UN Charter.") == "1945 | DATE | 1945")
        #expect(DatesUnderTest.only(in: "Ukraine received inadequate support in 2014.") == "2014 | DATE | 2014")
        #expect(DatesUnderTest.only(in: "It boosted his 2000 election campaign.") == "2000 | DATE | 2000")
        #expect(DatesUnderTest.mentions(in: "from George W. Bush's withdrawal in 2002 to the treaty in 2019")
                == ["2002 | DATE | 2002", "2019 | DATE | 2019"])
        #expect(DatesUnderTest.mentions(in: "Output grew from 2002 to 2019.") == ["2002 | DATE | 2002", "2019 | DATE | 2019"])
        #expect(DatesUnderTest.mentions(in: "The firm had to restate 2000 and 2003 results.")
                == ["2000 | DATE | 2000", "2003 | DATE | 2003"])
    }

    @Test func yearsAsSubjectsAndObjects() {
        #expect(DatesUnderTest.only(in: "A run of storms has made 2004 the costliest year for insurers.") == "2004 | DATE | 2004")
        #expect(DatesUnderTest.only(in: "\"2004 reinforces the trend,\" the insurer said.") == "2004 | DATE | 2004")
        #expect(DatesUnderTest.only(in: "The charity said 2005 offers the chance of a break with the past.") == "2005 | DATE | 2005")
        #expect(DatesUnderTest.only(in: "The chief executive called 2004 an outstanding success.") == "2004 | DATE | 2004")
        #expect(DatesUnderTest.only(in: "Analysts believe 2006 is when growth returns.") == "2006 | DATE | 2006")
        #expect(DatesUnderTest.only(in: "Clearly 2004 was a hard year for the group.") == "2004 | DATE | 2004")
    }

    @Test func fourDigitCountsBeforeAVerbOrARateStayCounts() {
        #expect(DatesUnderTest.mentions(in: "Some 2000 workers walked out.").isEmpty)
        #expect(DatesUnderTest.only(in: "Each family earns 2000 a year.") == "a year | SET | P1Y")
        #expect(DatesUnderTest.mentions(in: "The bank now has 1500 branches.").isEmpty)
        #expect(DatesUnderTest.mentions(in: "Its football game Pro Soccer 2005 is top of the charts.").isEmpty)
        #expect(DatesUnderTest.mentions(in: "Soccer 2005 is back at the top of the charts.").isEmpty)
    }

    @Test func fourDigitNumbersThatAreNotYears() {
        #expect(DatesUnderTest.mentions(in: "Some 2000 people marched in the city.").isEmpty)
        #expect(DatesUnderTest.mentions(in: "She won the 1500m in record time.").isEmpty)
        #expect(DatesUnderTest.mentions(in: "The fund has 2,000 members.").isEmpty)
        #expect(DatesUnderTest.mentions(in: "The ticket cost £2000 in the end.").isEmpty)
        #expect(DatesUnderTest.mentions(in: "Computers running Windows 2000 are vulnerable.").isEmpty)
        #expect(DatesUnderTest.only(in: "Shares rose 4% by 1200 GMT.") == "1200 GMT | TIME | XXXX-XX-XXT12:00")
    }

    @Test func weeksAgoInNavigationDebris() {
        let text = "Science4 weeks agoUniversity of Hawaiʻi Joins $25.6M AI Project to Monitor Disasters"
        #expect(DatesUnderTest.only(in: text, published: published) == "4 weeks ago | DATE | 2025-W44")
        #expect(DatesUnderTest.only(in: "Business1 month agoForeign Inflows into Japan Stocks Surge", published: published)
                == "1 month ago | DATE | 2025-10")
        #expect(DatesUnderTest.only(in: "Sports2 months agoSteve Kerr Supports Jonathan Kuminga") == "2 months ago | DATE | XXXX-XX")
    }

    @Test func lengthsAndRecurrences() {
        #expect(DatesUnderTest.only(in: "He was sentenced to 18 years in prison.") == "18 years | DURATION | P18Y")
        #expect(DatesUnderTest.only(in: "It signed a two-year deal.") == "two-year | DURATION | P2Y")
        #expect(DatesUnderTest.only(in: "The festival is held every year.") == "every year | SET | P1Y")
        #expect(DatesUnderTest.only(in: "The report is published annually.") == "annually | SET | P1Y")
        #expect(DatesUnderTest.only(in: "Debt is rising at 15% a year.") == "a year | SET | P1Y")
        #expect(DatesUnderTest.only(in: "Profit rose from £610m a year earlier.") == "a year | DURATION | P1Y")
    }

    /// Sports reports' times: abbreviated units glued to the count, seconds with a fraction,
    /// minutes and seconds together, and "m:ss.xx", which a clock (no hundredths) never writes.
    @Test func raceTimesAreDurations() {
        #expect(DatesUnderTest.only(in: "Scott won the 60m in 6.46secs, his best indoors.") == "6.46secs | DURATION | PT6.46S")
        #expect(DatesUnderTest.only(in: "She was third in 21.72 secs.") == "21.72 secs | DURATION | PT21.72S")
        #expect(DatesUnderTest.only(in: "His time of three minutes 49.89secs was a record.") == "three minutes 49.89secs | DURATION | PT3M49.89S")
        #expect(DatesUnderTest.only(in: "Nolan (3:46.04) took second behind Speaight.") == "3:46.04 | DURATION | PT3M46.04S")
        #expect(DatesUnderTest.mentions(in: "The final took 45 mins and the replay 2 hrs.") == ["45 mins | DURATION | PT45M", "2 hrs | DURATION | PT2H"])
        #expect(DatesUnderTest.only(in: "Kronberg clocked 7.62secs.") == "7.62secs | DURATION | PT7.62S", "no binary rounding error in the value")
        // A time of day stays one: "at 10:30" has no hundredths.
        #expect(DatesUnderTest.only(in: "The race started at 10:30 in the rain.") == "10:30 | TIME | XXXX-XX-XXT10:30")
    }

    @Test func lengthsInTwoUnitsAreOneDuration() {
        #expect(DatesUnderTest.only(in: "He won in four hours and five minutes.") == "four hours and five minutes | DURATION | PT4H5M")
        #expect(DatesUnderTest.only(in: "She served two years and three months in jail.") == "two years and three months | DURATION | P2Y3M")
        #expect(DatesUnderTest.only(in: "The marathon took her two hours 23 minutes.") == "two hours 23 minutes | DURATION | PT2H23M")
        #expect(DatesUnderTest.only(in: "The strike lasted for a week and two days.") == "a week and two days | DURATION | P9D")
        // Not a compound: the larger unit second, or "ago" after the second part.
        #expect(DatesUnderTest.mentions(in: "It took 40 minutes and two hours.") == ["40 minutes | DURATION | PT40M", "two hours | DURATION | PT2H"])
        #expect(DatesUnderTest.mentions(in: "The war began three years and two months ago.")
                == ["three years | DURATION | P3Y", "two months ago | DATE | XXXX-XX"])
    }

    @Test func theFirstWeekOfSomethingIsAWeekLong() {
        #expect(DatesUnderTest.only(in: "The single sold 500,000 copies in its first week.") == "its first week | DURATION | P1W")
        #expect(DatesUnderTest.only(in: "Losses are expected during the first year.") == "the first year | DURATION | P1Y")
        #expect(DatesUnderTest.only(in: "It opens in the first week of March.") == "March | DATE | XXXX-03")
        #expect(DatesUnderTest.mentions(in: "He scored on the first day.").isEmpty)
    }

    @Test func perSecondInASpeedIsNoRecurrence() {
        #expect(DatesUnderTest.mentions(in: "It offers two megabits per second, or one gigabit a second at peak.").isEmpty)
    }

    /// "seconds" is a unit in the plural only: "second" is mostly the ordinal.
    @Test func secondsAreALengthOfTime() {
        #expect(DatesUnderTest.only(in: "The code stays active for 60 seconds.") == "60 seconds | DURATION | PT60S")
        #expect(DatesUnderTest.only(in: "It can change in as little as thirty seconds.") == "thirty seconds | DURATION | PT30S")
        #expect(DatesUnderTest.mentions(in: "He scored in the second half, a second goal.").isEmpty)
    }

    /// Vague references name no time to check; the concrete expressions beside them are kept.
    @Test func vagueReferencesAreNotReported() {
        let text = "Zelenskyy recently outlined the revisions. The region has been plagued for decades, and in recent years "
            + "many months passed. These days, in the near future or in the past, prices rose for years. "
            + "A few years ago sales fell, and the next few weeks matter."
        #expect(DatesUnderTest.mentions(in: text).isEmpty)
        #expect(DatesUnderTest.mentions(in: "Prices fell three years ago and have risen for the past 18 months.")
                == ["three years ago | DATE | XXXX", "the past 18 months | DURATION | P18M"])
    }

    @Test func deicticDays() {
        #expect(DatesUnderTest.mentions(in: "Talks resume today; they stalled yesterday and end tomorrow.", published: published)
                == ["today | DATE | 2025-11-28", "yesterday | DATE | 2025-11-27", "tomorrow | DATE | 2025-11-29"])
        #expect(DatesUnderTest.only(in: "Sales rose this year.", published: published) == "this year | DATE | 2025")
        #expect(DatesUnderTest.only(in: "Prices rise next month.", published: published) == "next month | DATE | 2025-12")
        #expect(DatesUnderTest.only(in: "Tyler Technologies Set to Reveal Q3 2025 Earnings") == "Q3 2025 | DATE | 2025-Q3")
    }

    /// "a month-long diet" is one month; "three-months", written with the plural, is three.
    @Test func hyphenatedLengthsOfTime() {
        #expect(DatesUnderTest.only(in: "He went on a month-long diet.") == "month-long | DURATION | P1M")
        #expect(DatesUnderTest.only(in: "It was a decade-long fight.") == "decade-long | DURATION | P10Y")
        // "fall" the noun: a drop, not the autumn.
        #expect(DatesUnderTest.mentions(in: "While it predicts this fall from the current level, prices rose.").isEmpty)
        #expect(DatesUnderTest.only(in: "The band tours this fall.") == "this fall | DATE | XXXX-FA")
        #expect(DatesUnderTest.only(in: "He served three-months for assault.") == "three-months | DURATION | P3M")
        #expect(DatesUnderTest.mentions(in: "Profits at year-end rose on a day-to-day basis.").isEmpty)
    }

    /// The year being reported on, the fiscal year, a length ending on a date, and a period the
    /// text has just given.
    @Test func periodsNamedByPointing() {
        #expect(DatesUnderTest.only(in: "Nickel prices rose 43% during the year.") == "the year | DATE | XXXX")
        #expect(DatesUnderTest.only(in: "Nickel prices rose 43% during the year.", published: "2005-01-10")
            == "the year | DATE | 2005")
        #expect(DatesUnderTest.only(in: "It marks a downturn from earlier in the year.") == "the year | DATE | XXXX")
        #expect(DatesUnderTest.only(in: "By year end it had sold more than a million.") == "year end | DATE | XXXX")
        #expect(DatesUnderTest.only(in: "Exports for the year rose sharply.") == "the year | DATE | XXXX")
        #expect(DatesUnderTest.mentions(in: "Profits for the year to 31 December rose.")
            == ["the year | DURATION | P1Y", "31 December | DATE | XXXX-12-31"])
        #expect(DatesUnderTest.only(in: "Growth will slow in the next fiscal year.", published: "2004-11-20")
            == "the next fiscal year | DATE | 2005")
        #expect(DatesUnderTest.only(in: "Earnings will grow in its current financial year.") == "its current financial year | DATE | XXXX")
        #expect(DatesUnderTest.only(in: "On that day's programme he was asked why.") == "that day | DATE | XXXX-XX-XX")
        #expect(DatesUnderTest.only(in: "Their album, released in the same year, did well.") == "the same year | DATE | XXXX")
        // Generic, and a hyphenated compound.
        #expect(DatesUnderTest.mentions(in: "It was the song of the year, a matter of that day-to-day work.").isEmpty)
    }
}
