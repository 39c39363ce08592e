import Testing
@testable import ClaimKit

/// Ranges (lower value, upper value), scores, and pairs of numbers that are no range.
@Suite struct NumberRangeTests {
    @Test func hyphenRanges() {
        #expect(onlyNumber(in: "Some 10-15 people came.") == FoundNumber(text: "10-15", value: number(10, upper: 15, approximator: "some", noun: "people")))
        #expect(onlyNumber(in: "They expect 2,000-3,000 visitors.")?.value == number(2000, upper: 3000, noun: "visitors"))
    }

    @Test func unitOrMagnitudeWrittenOnceAppliesToBoth() {
        #expect(onlyNumber(in: "Growth of 5–7% is forecast.") == FoundNumber(text: "5–7%", value: number(5, upper: 7, unit: "percent")))
        #expect(onlyNumber(in: "It costs $5-7bn.")?.value == number(5e9, upper: 7e9, currency: "USD"))
    }

    @Test func wordRanges() {
        #expect(onlyNumber(in: "We hired 10 to 15 staff.")?.value == number(10, upper: 15, noun: "staff"))
        #expect(onlyNumber(in: "Between 5 and 7 officials resigned.") == FoundNumber(text: "5 and 7", value: number(5, upper: 7, noun: "officials")))
        #expect(onlyNumber(in: "It takes five to six years.")?.value == number(5, upper: 6, noun: "years"))
    }

    @Test func changesAreTwoNumbers() {
        #expect(numberTexts(in: "It went from 10 to 15 points.") == ["10", "15"])
        #expect(numberTexts(in: "Turnover was up 4.3% to £1.97bn.") == ["4.3%", "£1.97bn"])
        #expect(numberTexts(in: "Crude added $1.89 to $48.62.") == ["$1.89", "$48.62"])
    }

    @Test func scoresAreOneMention() {
        let found = numbers(in: "He won 6-4 6-3 and they drew 2-2.")
        #expect(found.map(\.text) == ["6-4", "6-3", "2-2"])
        #expect(found.allSatisfy { $0.value.unit == "score" })
        #expect(found.map(\.value.value) == [6, 6, 2])
    }

    @Test func setsLostInARunOfScoresAreScores() {
        // A lower first number is a set the winner lost, not a range.
        let found = numbers(in: "The Australian came back from two sets down to win 6-1 1-6 3-6 6-3 10-8.")
        #expect(found.map(\.text) == ["two", "6-1", "1-6", "3-6", "6-3", "10-8"])
        #expect(found.dropFirst().map(\.value) == [6, 1, 3, 6, 10].map { number($0, unit: "score") })
        #expect(numbers(in: "She won 6-4 4-6 7-5 in the final.").map(\.value) == [6, 4, 7].map { number($0, unit: "score") })
    }

    @Test func aScoreLaterInTheRunOrATieBreakMakesTheFirstSetAScore() {
        let found = numbers(in: "The qualifier beat the second seed 4-6 7-6 (7-3) 6-0 on Tuesday.")
        #expect(found.map(\.text) == ["4-6", "7-6", "7-3", "6-0"])
        #expect(found.allSatisfy { $0.value.unit == "score" && $0.value.upperValue == nil })
        let tieBreak = numbers(in: "He edged the opener 6-7 (4-7) 6-2 6-3.")
        #expect(tieBreak.map(\.value) == [6, 4, 6, 6].map { number($0, unit: "score") })
    }

    @Test func resultWordsAndGameScoresMakeAScore() {
        #expect(onlyNumber(in: "The Belgian lost 1-6 in the only set played.")?.value == number(1, unit: "score"))
        #expect(numbers(in: "Home fans watched as the champion was beaten by Nadal 3-6 4-6.").map(\.value.unit) == ["score", "score"])
        #expect(onlyNumber(in: "She came back from 0-40 down to hold serve.")?.value == number(0, unit: "score"))
    }

    @Test func rangesBesideScoreWordsOrInRunsStayRanges() {
        #expect(onlyNumber(in: "Children in the 1-6 age group were vaccinated.")?.value == number(1, upper: 6, noun: "age group"))
        #expect(numbers(in: "Most were aged 18-24, 25-34 or 35-44.").map(\.value) == [
            number(18, upper: 24), number(25, upper: 34), number(35, upper: 44),
        ])
        #expect(onlyNumber(in: "The party won 10-15 seats in the north.")?.value == number(10, upper: 15, noun: "seats"))
    }

    @Test func bettingOddsAreOneNumberWhereTheSentenceSpeaksOfBetting() {
        let found = numbers(in: "Bookmakers have given The Aviator 4/9 and 8/13 odds, with Ray at 9/4.")
        #expect(found.map(\.text) == ["4/9", "8/13", "9/4"])
        #expect(found.map(\.value.value) == [4, 8, 9] && found.allSatisfy { $0.value.unit == "odds" })
        #expect(numberTexts(in: "He has moved from 4/1 to 5/2 favourite to play the part.") == ["4/1", "5/2"])
        // No betting word: a service hours, a date, a ratio of that form.
        #expect(numberTexts(in: "The helpline runs 24/7 and opened on 9/11 with 3/4 of the staff.").isEmpty)
        #expect(numberTexts(in: "The odds were signed on 4/9/2004.").isEmpty)
        // A split of a hundred needs no betting word.
        #expect(onlyNumber(in: "He has a 50/50 chance of playing.")?.value.value == 50)
    }
}
