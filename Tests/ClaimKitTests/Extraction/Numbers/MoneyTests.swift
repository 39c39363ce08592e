import Testing
@testable import ClaimKit

/// Money: symbols, codes and names, with magnitudes; the value is the amount itself.
@Suite struct MoneyTests {
    @Test func dollarsWithSuffixMagnitude() {
        #expect(onlyNumber(in: "Hawaiʻi joins a $25.6M project.")
                == FoundNumber(text: "$25.6M", value: number(25_600_000, currency: "USD", noun: "project")))
    }

    @Test func yenWithCapitalisedMagnitudeWord() {
        #expect(onlyNumber(in: "Foreign Inflows into Japan Stocks Surge to ¥1.34 Trillion")
                == FoundNumber(text: "¥1.34 Trillion", value: number(1.34e12, currency: "JPY")))
    }

    @Test func poundsAndEuros() {
        #expect(onlyNumber(in: "The bill reached £140bn.")?.value == number(140e9, currency: "GBP"))
        #expect(onlyNumber(in: "The fund holds €3 billion.") == FoundNumber(text: "€3 billion", value: number(3e9, currency: "EUR")))
        #expect(onlyNumber(in: "Debt is close to 12bn euros.")
                == FoundNumber(text: "12bn euros", value: number(12e9, currency: "EUR", approximator: "close to")))
    }

    @Test func codesBeforeOrAfterAndCountryDollars() {
        let found = numbers(in: "It paid US$5bn, EUR 3bn, 2 million USD and 100 roubles.")
        #expect(found.map(\.text) == ["US$5bn", "EUR 3bn", "2 million USD", "100 roubles"])
        #expect(found.map(\.value.currency) == ["USD", "EUR", "USD", "RUB"])
        #expect(found.map(\.value.value) == [5e9, 3e9, 2e6, 100])
    }

    @Test func penceAndCents() {
        #expect(onlyNumber(in: "Fuel duty rises by 2p.")?.value == number(2, unit: "pence", currency: "GBP"))
        #expect(onlyNumber(in: "Shares closed at 274.5 pence.")?.value == number(274.5, unit: "pence", currency: "GBP"))
    }

    @Test func moneyInParenthesesIsItsOwnMention() {
        #expect(numberTexts(in: "Profits rose to $1.13bn (£600m) for the year.") == ["$1.13bn", "£600m"])
    }
}
