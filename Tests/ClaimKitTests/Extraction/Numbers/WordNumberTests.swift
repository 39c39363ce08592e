import Testing
@testable import ClaimKit

/// Numbers spelt in words, fractions and ratios.
@Suite struct WordNumberTests {
    @Test func cardinalsInWords() {
        #expect(onlyNumber(in: "Russia laid out four demands.") == FoundNumber(text: "four", value: number(4, noun: "demands")))
        #expect(onlyNumber(in: "Twelve thousand troops arrived.") == FoundNumber(text: "Twelve thousand", value: number(12_000, noun: "troops")))
        #expect(onlyNumber(in: "About two hundred and fifty were hurt.")?.value == number(250, approximator: "about"))
        #expect(onlyNumber(in: "There were twenty-five members.")?.value == number(25, noun: "members"))
        #expect(onlyNumber(in: "It sold a million copies.") == FoundNumber(text: "a million", value: number(1_000_000, noun: "copies")))
        #expect(onlyNumber(in: "He has had two-and-a-half years.")?.value.value == 2.5)
    }

    @Test func fractions() {
        #expect(onlyNumber(in: "Nearly half of all voters stayed home.")
                == FoundNumber(text: "half", value: number(0.5, approximator: "nearly")))
        #expect(onlyNumber(in: "A third of voters agreed.")?.value.value == 1.0 / 3)
        #expect(onlyNumber(in: "Three-quarters of members said yes.")?.value.value == 0.75)
        #expect(onlyNumber(in: "It cost half a million.")?.value.value == 500_000)
    }

    @Test func halfAfterByOrInIsTheSizeOfAChange() {
        #expect(onlyNumber(in: "Ministers say they could cut unemployment by half, if the plan works.")
                == FoundNumber(text: "half", value: number(0.5)))
        #expect(numberTexts(in: "The sale cut the bank's stake in half to 10%.") == ["half", "10%"])
        #expect(numbers(in: "By half time the visitors were ahead.").isEmpty)
    }

    @Test func twiceIsTwo() {
        #expect(onlyNumber(in: "The striker scored twice before the break.") == FoundNumber(text: "twice", value: number(2)))
        #expect(onlyNumber(in: "Rents are almost twice the national average.")?.value == number(2, approximator: "almost"))
        #expect(onlyNumber(in: "He double-faulted twice in the tie-break.")?.value.value == 2)
        #expect(numbers(in: "Voters will think twice, and the twice-weekly paper agrees.").isEmpty)
    }

    @Test func oneInACompoundBeforeANounCounts() {
        #expect(onlyNumber(in: "There is also a one-disc version of the film.") == FoundNumber(text: "one", value: number(1)))
        #expect(onlyNumber(in: "Unions called a one-day strike.")?.value.value == 1)
        #expect(numbers(in: "It was a one-off payment on a one-way ticket, a one-sided game.").isEmpty)
    }

    @Test func halfAsAPartOfAMatchOrAWordIsNoNumber() {
        #expect(numbers(in: "He scored in the first half, before half-time, after a half-hearted fly-half kick.").isEmpty)
    }

    @Test func aThirdWithoutOfIsAnOrdinal() {
        #expect(numbers(in: "He seeks a third term.").isEmpty)
    }

    @Test func ratioHasValueFirstOverSecond() {
        #expect(onlyNumber(in: "One in five adults agreed.")
                == FoundNumber(text: "One in five", value: number(0.2, unit: "ratio", noun: "adults")))
        #expect(onlyNumber(in: "Three out of four firms agreed.")?.value.value == 0.75)
    }

    @Test func oneAsAPronounIsNoNumber() {
        let text = "No one came. One of the men left. This one stayed. They helped one another. One day it rained. It stands for some thing and not some one."
        #expect(numbers(in: text).isEmpty)
    }

    @Test func oneCountingANounIsANumber() {
        #expect(onlyNumber(in: "Only one person died.")?.value == number(1, noun: "person"))
        #expect(onlyNumber(in: "He had more than one.")?.value == number(1, approximator: "more than"))
    }

    @Test func capitalisedNumberWordsInsideASentenceAreNames() {
        #expect(numbers(in: "England play in the Six Nations, on BBC Two, near the Three Gorges Dam.").isEmpty)
        #expect(numberTexts(in: "Six nations signed.") == ["Six"])
    }

    @Test func vaguePluralsAreNoNumbers() {
        #expect(numbers(in: "Thousands of children and millions of people, dozens of towns.").isEmpty)
    }
}
