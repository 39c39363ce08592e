import Testing
@testable import ClaimKit

/// The approximator before a number and the counted noun after it: fields, outside the span.
@Suite struct ApproximatorAndNounTests {
    @Test func approximatorsAreFieldsOutsideTheSpan() {
        #expect(onlyNumber(in: "Russia launched over 1,400 drone strikes.")
                == FoundNumber(text: "1,400", value: number(1400, approximator: "over", noun: "drone strikes")))
        #expect(onlyNumber(in: "It used cluster munitions at least 125 times.")
                == FoundNumber(text: "125", value: number(125, approximator: "at least", noun: "times")))
        #expect(onlyNumber(in: "The casualty count is surpassing 41,000.")
                == FoundNumber(text: "41,000", value: number(41_000, approximator: "surpassing")))
        #expect(onlyNumber(in: "There are potentially well over 500,000 stolen Ukrainian children.")
                == FoundNumber(text: "500,000", value: number(500_000, approximator: "well over", noun: "stolen Ukrainian children")))
    }

    @Test func approximatorIsLowerCasedAsWritten() {
        #expect(onlyNumber(in: "More than 153,000 people travelled.")?.value.approximator == "more than")
        #expect(onlyNumber(in: "Over [12,600 civilians have died](#).")?.value.approximator == "over")
        #expect(onlyNumber(in: "It has no more than 12 members.")?.value.approximator == "no more than")
        #expect(onlyNumber(in: "Up to 300 jobs could go.")?.value.approximator == "up to")
    }

    @Test func nounStopsAtPrepositionsVerbsAndAdverbs() {
        #expect(onlyNumber(in: "See over 6,000 misleading stories about Ukraine.")?.value.noun == "misleading stories")
        #expect(onlyNumber(in: "It conducted 66 missile assaults within the week.")?.value.noun == "missile assaults")
        #expect(onlyNumber(in: "A convoy of 160 vehicles successfully left.")?.value.noun == "vehicles")
        #expect(onlyNumber(in: "Over 12,600 Ukrainian civilians have lost their lives.")?.value.noun == "Ukrainian civilians")
    }

    @Test func noNounWhereItIsUnclear() {
        #expect(onlyNumber(in: "Sales fell 5% compared with last year.")?.value.noun == nil)
        #expect(onlyNumber(in: "The firm will pay $76 for each share.")?.value.noun == nil)
        #expect(onlyNumber(in: "Shares were 9% smaller than expected.")?.value.noun == nil)
        #expect(onlyNumber(in: "It was a 28-point plan.")?.value == number(28))
        // A verb in "-s" is no plural noun (BBC corpus: "The top five includes Led Zeppelin").
        #expect(onlyNumber(in: "The top five includes Led Zeppelin and Queen.")?.value.noun == nil)
        #expect(numbers(in: "The top 10 contains three debut albums.").map(\.value.noun) == [nil, "debut albums"])
    }
}
