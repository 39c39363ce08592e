import Testing
@testable import ClaimKit

/// What looks like a number but is a date, a time, an ordinal, a reference, a marker or part of
/// an address, and so is left to other extractors or out.
@Suite struct NotANumberTests {
    @Test func yearsAreDates() {
        let text = "In 2014 he won his 2000 election, citing the 1945 UN Charter, Q3 2025 results and 2004-05 figures since 1996."
        #expect(numbers(in: text).isEmpty)
    }

    @Test func fourDigitCountsAndMeasuresStayNumbers() {
        #expect(numberTexts(in: "About 2000 people ran the 1500m race, paying $2000 for 2,014 seats.") == ["2000", "1500m", "$2000", "2,014"])
    }

    @Test func daysOfTheMonthAreDates() {
        #expect(numbers(in: "Talks were held on February 28, on November 30, 2023, on Monday, March 14 and on 3 March.").isEmpty)
    }

    @Test func ordinalsAreNoCounts() {
        #expect(numbers(in: "The 5th round, the third round, a fourth-round match, the 1st and 22nd.").isEmpty)
    }

    @Test func identifiersAndReferences() {
        let text = "Under NATO's Article 5, H.R.100 and S.Res.61, Minsk 1 and Minsk 2, the G7, PS2, COVID-19, F-16 jets, No. 10 and Radio 4."
        #expect(numbers(in: text).isEmpty)
    }

    /// A figure after a name, then a singular noun, is part of the name; a plural after it is
    /// what the figure counts.
    @Test func productNamesWithFiguresAreNoCounts() {
        let names = "Sony showed the new PlayStation 3 console, to rival the Xbox 2 console, while the A380 replaces the Boeing 747 jumbo."
        #expect(numbers(in: names).isEmpty)
        #expect(numberTexts(in: "On Friday 15 protesters gathered in London 13 years after the march.") == ["15", "13"])
    }

    /// A figure before a capitalised singular word is a name when it opens a sentence (news
    /// spells out a count there) or comes twice before that word, and so is every other use of
    /// that name, possessives included; a plural after the figure is still counted.
    @Test func figuresThatNameAreNoCounts() {
        let text = "US rap star 50 Cent has said he threw out his protege. 50 Cent appeared on the album. "
            + "\"50's beef is 50's beef,\" he said of 50 Cent\u{2019}s 2 rivals."
        #expect(numberTexts(in: text) == ["2"])
        let label = "He signed to his 2 Wikid Records label, was given all he asked for by 2 Wikid and left 2 Wikid."
        #expect(numbers(in: label).isEmpty)
        #expect(numberTexts(in: "He signed 2 Wikid acts and 2 Premiership strikers.") == ["2", "2"])
        #expect(numberTexts(in: "He sent 50 cents. 12 Britons were hurt. 20 Labour MPs signed, and 50 Cent stayed.") == ["50 cents", "12", "20", "50"])
    }

    @Test func zeroToleranceIsAPolicy() {
        #expect(numberTexts(in: "He backs a \"zero tolerance\" approach and zero tolerance of crime, with zero points.") == ["zero"])
    }

    /// "One" opening a sentence, or before an unnamed source, means "a certain"; "only one"
    /// still counts.
    @Test func aCertainOneIsNoCount() {
        let text = "One analyst suggested a bidding battle. One result was deflation, said one trader."
        #expect(numbers(in: text).isEmpty)
        #expect(numberTexts(in: "Only one insider agreed.") == ["one"])
    }

    /// "number three" in a chart is a position, like "No. 3"; counted things keep their number.
    @Test func positionsAfterNumberAreNoCounts() {
        #expect(numbers(in: "In at number three was Iron Maiden, and the band's single reached number one.").isEmpty)
        #expect(numbers(in: "Three people were hurt and a number of shops closed.").map(\.text) == ["Three"])
        #expect(numbers(in: "I predict series two will be better than the hit TV series 24.").isEmpty)
        #expect(numberTexts(in: "Mirza, ranked 134 in the world, beat the world number 14 after 95 minutes.") == ["95"])
        #expect(numberTexts(in: "She is ranked two places above Dulko.") == ["two"])
    }

    /// "entered the chart at four", "slipped to six": places in a chart are ranks. Outside a
    /// chart, or with a noun, "to 10" and "at four" still count.
    @Test func chartPlacesAreNoCounts() {
        let chart = "The band entered the chart at four, while last week's hit slipped to six after seven weeks in the chart."
        #expect(numberTexts(in: chart) == ["seven"])
        #expect(numberTexts(in: "The new entries were a debut single at 12 and a reissue down three places to 10.") == ["three"])
        #expect(numberTexts(in: "Unemployment rose to 10 and prices fell at four stores.") == ["10", "four"])
        #expect(numberTexts(in: "Sales were up to 10 copies a day, rising from 60 to 65 places.").count == 3)
    }

    @Test func footnoteAndListMarkers() {
        #expect(numbers(in: "Lives were lost.<sup>1</sup> More died [3].").isEmpty)
        #expect(numbers(in: "1.) The first item 2.) The second item").isEmpty)
    }

    @Test func addressesAreSteppedOver() {
        let text = "See www.example.com/2021/05/page12 or https://x.org/a?id=150 and mail bob99@example.com."
        #expect(numbers(in: text).isEmpty)
    }

    @Test func timesAndPhoneNumbers() {
        #expect(numbers(in: "Call 020 7946 0000 at 10:30, at 3pm, at 10.30am, at 3 p.m. or at 1830 GMT.").isEmpty)
    }

    /// The count of a length of time counted back is a number too, as in "four days after".
    @Test func lengthsOfTimeCountedBackAreCounted() {
        #expect(numbers(in: "The invasion began three years ago and ended two days later.").map(\.value)
            == [number(3, noun: "years"), number(2, noun: "days")])
        #expect(onlyNumber(in: "Talks began four days after the invasion.")?.value == number(4, noun: "days"))
    }

    @Test func versionsAndDottedDates() {
        #expect(numbers(in: "Version 2.0.1 shipped on 12.03.2005.").isEmpty)
    }
}
