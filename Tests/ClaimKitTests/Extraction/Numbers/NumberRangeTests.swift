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
}
