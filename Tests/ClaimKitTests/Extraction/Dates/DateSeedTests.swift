import Testing
@testable import ClaimKit

/// Every date mention of the five seed articles, checked by eye, with a publication date that
/// fits each article (the seeds carry none) and without one. Vague references the articles hold
/// ("recently", "for decades", "for years", "the pressing issues of today", "in the past") are
/// deliberately absent: they name no time to check.
@Suite struct DateSeedTests {
    @Test func seed000UkrainePeacePlan() throws {
        let document = try Fixtures.seed("000_2d6beb6aebf89fa1.txt")
        #expect(DatesUnderTest.mentions(in: document, published: "2025-11-28") == [
            "November | DATE | 2025-11",          // "a previous draft leaked in November"
        ])
        #expect(DatesUnderTest.mentions(in: document).first == "November | DATE | XXXX-11")
    }

    @Test func seed001TalksAndNavigationDebris() throws {
        let document = try Fixtures.seed("001_245c95dc91bbb165.txt")
        let monthAgo = "1 month ago | DATE | 2025-10", twoMonthsAgo = "2 months ago | DATE | 2025-09"
        #expect(DatesUnderTest.mentions(in: document, published: "2025-11-28") == [
            "November 30, 2023 | DATE | 2023-11-30",
            "Thanksgiving Day | DATE | 2025-11-27",
            "the past week | DURATION | P1W",     // "within the past week alone"
            "the weekend | DATE | 2025-W47-WE",   // "Over the weekend, Ukrainian forces…"
            "4 weeks ago | DATE | 2025-W44",      // "Science4 weeks agoUniversity of Hawaiʻi…"
            monthAgo, monthAgo, monthAgo, monthAgo,
            "40 Years | DURATION | P40Y",         // "Legacy: 40 Years Later"
            monthAgo,
            twoMonthsAgo, twoMonthsAgo, twoMonthsAgo, twoMonthsAgo, twoMonthsAgo, twoMonthsAgo,
            "Q3 2025 | DATE | 2025-Q3",
            "October 22 | DATE | 2025-10-22",
        ])
        let unresolved = DatesUnderTest.mentions(in: document)
        #expect(unresolved.contains("Thanksgiving Day | DATE | XXXX-11-XX"))
        #expect(unresolved.contains("the weekend | DATE | XXXX-WXX-WE"))
        #expect(unresolved.contains("4 weeks ago | DATE | XXXX-WXX"))
        #expect(unresolved.contains("October 22 | DATE | XXXX-10-22"))
    }

    @Test func seed002TalksTimeline() throws {
        let document = try Fixtures.seed("002_71288f6fbee5ea84.txt")
        // Published on Tuesday 2022-03-15, the day after the talks it reports.
        #expect(DatesUnderTest.mentions(in: document, published: "2022-03-15") == [
            "Monday | DATE | 2022-03-14",         // "fell flat once again on Monday"
            "early this week | DATE | 2022-W11",
            "Tuesday | DATE | 2022-03-15",        // "announced plans to continue discussions on Tuesday"
            "Wednesday | DATE | 2022-03-16",      // "is now expected to make a direct plea … on Wednesday"
            "February 28 | DATE | 2022-02-28",
            "four days | DURATION | P4D",
            "March 3 | DATE | 2022-03-03",
            "March 7 | DATE | 2022-03-07",
            "2014 | DATE | 2014",
            "March 10 | DATE | 2022-03-10",
            "Monday, March 14 | DATE | 2022-03-14",
        ])
        #expect(DatesUnderTest.mentions(in: document) == [
            "Monday | DATE | XXXX-WXX-1", "early this week | DATE | XXXX-WXX", "Tuesday | DATE | XXXX-WXX-2",
            "Wednesday | DATE | XXXX-WXX-3", "February 28 | DATE | XXXX-02-28", "four days | DURATION | P4D",
            "March 3 | DATE | XXXX-03-03", "March 7 | DATE | XXXX-03-07", "2014 | DATE | 2014",
            "March 10 | DATE | XXXX-03-10", "Monday, March 14 | DATE | XXXX-03-14",
        ])
    }

    @Test func seed003AgreementsViolated() throws {
        let document = try Fixtures.seed("003_6e8a2ca9ae941b49.txt")
        let expected = [
            "1996 | DATE | 1996", "1999 | DATE | 1999",
            "2000 | DATE | 2000",                 // "his 2000 election"
            "February 2022 | DATE | 2022-02",
            "the last year | DURATION | P1Y",     // "acknowledged … in the last year"
            "2014 | DATE | 2014", "2022 | DATE | 2022",
            "1945 | DATE | 1945",                 // "1945 UN Charter." on a line of its own
            "1970 | DATE | 1970",                 // "1970 Declaration on Principles…"
            "1997 | DATE | 1997", "1997 | DATE | 1997",
            "1994 | DATE | 1994",                 // "1994 Budapest Memorandum."
            "1994 | DATE | 1994",                 // "the 1994 Budapest Memorandum"
            "2014 | DATE | 2014", "2017 | DATE | 2017",
        ]
        #expect(DatesUnderTest.mentions(in: document) == expected)
        #expect(DatesUnderTest.mentions(in: document, published: "2025-02-01") == expected)
    }

    @Test func seed004MarkdownWithFootnotes() throws {
        let document = try Fixtures.seed("004_93d92414a5d97f2f.txt")
        #expect(DatesUnderTest.mentions(in: document, published: "2025-03-01") == [
            "three years ago | DATE | 2022",      // "since Russia's full-scale invasion began three years ago"
            "2002 | DATE | 2002", "2019 | DATE | 2019", "2020 | DATE | 2020",
            "next year | DATE | 2026",            // New START "is set to expire next year"
            "three years | DURATION | P3Y",       // "Ukraine three years on"
            "February 23, 2025 | DATE | 2025-02-23",
            "March 14, 2023 | DATE | 2023-03-14",
            "June 23, 2022 | DATE | 2022-06-23",
            "April 28, 2022 | DATE | 2022-04-28",
            "November 2, 2021 | DATE | 2021-11-02",
        ])
        let unresolved = DatesUnderTest.mentions(in: document)
        #expect(unresolved.prefix(1) == ["three years ago | DATE | XXXX"])
        #expect(unresolved.contains("next year | DATE | XXXX"))
    }

    @Test(arguments: Fixtures.seedNames)
    func matchesAreSortedDisjointAndInsideSentences(_ name: String) throws {
        let document = try Fixtures.seed(name)
        let (sentences, matches) = document.utf8.withUnsafeBufferPointer { bytes in
            let sentences = SentenceSegmenter().byteRanges(in: bytes)
            return (sentences, DateExtractor(publicationDate: CalendarDate(year: 2025, month: 11, day: 28))
                .extract(bytes, sentences: sentences))
        }
        var previousEnd = 0
        for match in matches {
            #expect(match.range.lowerBound >= previousEnd && !match.range.isEmpty)
            #expect(sentences.contains { $0.contains(match.range.lowerBound) && match.range.upperBound <= $0.upperBound })
            previousEnd = match.range.upperBound
        }
    }
}
