import Testing
@testable import ClaimKit

/// Numbers in digits: separators, decimals, percentages, magnitudes, units.
@Suite struct DigitNumberTests {
    @Test func decimalIsReadExactly() {
        #expect(onlyNumber(in: "The index gained 1.34 on the day.")?.value == number(1.34))
    }

    @Test func thousandsSeparatorsAreReadAsOneNumber() {
        #expect(onlyNumber(in: "They launched 1,100 guided aerial bomb strikes.")
                == FoundNumber(text: "1,100", value: number(1100, noun: "guided aerial bomb strikes")))
        #expect(onlyNumber(in: "Ukraine would maintain 800,000 personnel.")
                == FoundNumber(text: "800,000", value: number(800_000, noun: "personnel")))
        #expect(onlyNumber(in: "A budget of 2,000,000 was agreed.")?.value.value == 2_000_000)
    }

    @Test func badGroupEndsTheNumber() {
        // "1,2" is a list, not a thousands group; "$1,8923" is a typo the reader does not guess at.
        #expect(numberTexts(in: "We chose 1,2 and 3.") == ["1", "3"])
    }

    @Test func percentagesInAllSpellingsHaveUnitPercent() {
        let found = numbers(in: "Prices rose 12 percent, wages 5% and rents 7 per cent, or 0.5 percentage points.")
        #expect(found.map(\.text) == ["12 percent", "5%", "7 per cent", "0.5 percentage points"])
        #expect(found.map(\.value.unit) == ["percent", "percent", "percent", "percentage points"])
        #expect(found.map(\.value.value) == [12, 5, 7, 0.5])
    }

    @Test func magnitudeWordsAndSuffixesMultiply() {
        #expect(onlyNumber(in: "Some 2.5m people watched.")?.value == number(2_500_000, approximator: "some", noun: "people"))
        #expect(onlyNumber(in: "It employs 10k staff.")?.value.value == 10_000)
        #expect(onlyNumber(in: "The deal is worth 1.5 billion.")?.value.value == 1_500_000_000)
    }

    @Test func unitsOfMeasureAreKeptInTheSpan() {
        #expect(onlyNumber(in: "He won the 1500m race.") == FoundNumber(text: "1500m", value: number(1500, unit: "m", noun: "race")))
        #expect(onlyNumber(in: "The road is 10km long.")?.value == number(10, unit: "km"))
        #expect(onlyNumber(in: "It carries 7.8 million tonnes of gas.")?.value == number(7_800_000, unit: "t"))
    }

    @Test func bitsPerSecondAreSpeeds() {
        let found = numbers(in: "The new network offers two megabits per second, against 384 kilobits per second on older phones.")
        #expect(found == [
            FoundNumber(text: "two megabits per second", value: number(2, unit: "Mbps")),
            FoundNumber(text: "384 kilobits per second", value: number(384, unit: "kbps")),
        ])
        #expect(onlyNumber(in: "Trials reached one gigabit a second in the lab.")
                == FoundNumber(text: "one gigabit a second", value: number(1, unit: "Gbps")))
        #expect(onlyNumber(in: "Lines will run at one megabit per second at first.")?.value == number(1, unit: "Mbps"))
        #expect(onlyNumber(in: "Users get 8 Mbit/s at peak times.") == FoundNumber(text: "8 Mbit/s", value: number(8, unit: "Mbps")))
        #expect(onlyNumber(in: "Users get 20Mbit/s at peak times.")?.value == number(20, unit: "Mbps"))
        #expect(onlyNumber(in: "Speeds of 0.3-0.5 megabits a second are typical.")
                == FoundNumber(text: "0.3-0.5 megabits a second", value: number(0.3, upper: 0.5, unit: "Mbps")))
    }

    @Test func bitsWithoutARateAndWrittenSpeedsKeepTheirUnits() {
        #expect(onlyNumber(in: "The firm plans a one gigabit network.") == FoundNumber(text: "one gigabit", value: number(1, unit: "Gbit", noun: "network")))
        #expect(onlyNumber(in: "Downloads peak at 2.9Mbps.") == FoundNumber(text: "2.9Mbps", value: number(2.9, unit: "Mbps")))
    }

    @Test func bareMAfterARaceDistanceIsMillionsWhenMoneyFollows() {
        // Corpus sentences: the "m" of a race distance number is metres only without money after it.
        #expect(onlyNumber(in: "It made a profit of 400m euros last year.")?.value.value == 400_000_000)
        #expect(onlyNumber(in: "It made a profit of 400m euros last year.")?.value.currency == "EUR")
        #expect(numbers(in: "The group agreed to pay 800m ($1.5bn) for the firm.").first?.value.value == 800_000_000)
        #expect(onlyNumber(in: "The 800m takeover bid undervalues the firm.")?.value.value == 800_000_000)
        #expect(onlyNumber(in: "She took the 800m title in Birmingham.")?.value == number(800, unit: "m", noun: "title"))
    }

    @Test func currencyNamesAfterTheAmount() {
        // BBC corpus: "700m naira", "3bn riyals", "1.5m lira".
        #expect(onlyNumber(in: "The bank lost 700m naira in the fraud.")?.value.currency == "NGN")
        #expect(onlyNumber(in: "The deal is worth 3bn riyals.")?.value == number(3_000_000_000, currency: "SAR"))
        #expect(onlyNumber(in: "He was fined 1.5m lira.")?.value.currency == "TRY")
    }

    @Test func matchesAreSortedAndDoNotOverlap() {
        let text = "Over 1,400 strikes, $25.6M, 10-15 people and 5% in 2014 with one in five."
        let ranges = Document(text: text).utf8.withUnsafeBufferPointer { bytes in
            NumberExtractor().extract(bytes, sentences: SentenceSegmenter().byteRanges(in: bytes)).map(\.range)
        }
        #expect(ranges.count == 5)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
    }

    @Test func aUnitJoinedByAHyphenIsTheNumbersUnit() {
        #expect(onlyNumber(in: "Gerrard scored with a 20-yard drive.")?.value == number(20, unit: "yd", noun: "drive"))
        #expect(onlyNumber(in: "They finished a 10-mile walk.")?.value == number(10, unit: "mi", noun: "walk"))
        #expect(onlyNumber(in: "It was a two-mile run.")?.value == number(2, unit: "mi"))
    }

    /// Long unit words that share their first seven letters and length are both units.
    @Test func britishAndAmericanSpellingsOfLongUnits() {
        #expect(onlyNumber(in: "The town is 100 kilometres away.")?.value.unit == "km")
        #expect(onlyNumber(in: "The town is 100 kilometers away.")?.value.unit == "km")
        #expect(onlyNumber(in: "It is 30 millimetres wide.")?.value.unit == "mm")
        #expect(onlyNumber(in: "It is 30 millimeters wide.")?.value.unit == "mm")
    }

    @Test func theTopOfAChartIsACount() {
        #expect(onlyNumber(in: "Korn had 10 singles in the Top 40 over the years.") == nil)
        #expect(numberTexts(in: "Korn had 10 singles in the Top 40 over the years.") == ["10", "40"])
    }
}
