import Testing
@testable import ClaimKit

/// Every number mention of the five seed articles, checked by eye. What is left out on purpose:
/// "Article 5", "Minsk 1", "Minsk 2", "S.Res.61", "H.R.100", "H.Res.317" (references), the
/// footnote markers "<sup>1</sup>"…, the years and days of the month, "Q3 2025", "28-point"'s
/// neighbours, "1 month ago" and "4 weeks ago" (glued to the word before), "the third round",
/// "fourth-round", "first" (ordinals), "an official one" (a pronoun), "thousands of children",
/// "millions", "billions" (vague plurals), and digits inside the image URL of seed 000.
@Suite struct SeedNumberTests {
    static let expected: [String: [FoundNumber]] = [
        "000_2d6beb6aebf89fa1.txt": [
            FoundNumber(text: "800,000", value: number(800_000, noun: "personnel")),
        ],
        "001_245c95dc91bbb165.txt": [
            FoundNumber(text: "28", value: number(28)),
            FoundNumber(text: "1,400", value: number(1400, approximator: "over", noun: "drone strikes")),
            FoundNumber(text: "1,100", value: number(1100, noun: "guided aerial bomb strikes")),
            FoundNumber(text: "66", value: number(66, noun: "missile assaults")),
            FoundNumber(text: "two", value: number(2, noun: "tankers")),
            FoundNumber(text: "$25.6M", value: number(25_600_000, currency: "USD")),
            FoundNumber(text: "¥1.34 Trillion", value: number(1.34e12, currency: "JPY")),
            FoundNumber(text: "40", value: number(40)),   // "40 Years Later", a headline
        ],
        "002_71288f6fbee5ea84.txt": [
            FoundNumber(text: "four", value: number(4, noun: "days")),
            FoundNumber(text: "two", value: number(2, noun: "sides")),
            FoundNumber(text: "four", value: number(4, noun: "demands")),
            FoundNumber(text: "160", value: number(160, noun: "vehicles")),
        ],
        "003_6e8a2ca9ae941b49.txt": [
            FoundNumber(text: "five", value: number(5, noun: "prior agreements")),
            FoundNumber(text: "6,000", value: number(6000, approximator: "over", noun: "misleading stories")),
            FoundNumber(text: "125", value: number(125, approximator: "at least", noun: "times")),
            FoundNumber(text: "500,000", value: number(500_000, approximator: "well over", noun: "stolen Ukrainian children")),
        ],
        "004_93d92414a5d97f2f.txt": [
            FoundNumber(text: "12,600", value: number(12_600, approximator: "over", noun: "Ukrainian civilians")),
            FoundNumber(text: "three", value: number(3, noun: "years")),   // "three years ago"
            FoundNumber(text: "41,000", value: number(41_000, approximator: "surpassing")),
            FoundNumber(text: "two", value: number(2, noun: "greatest nuclear powers")),
            FoundNumber(text: "three", value: number(3, noun: "years")),
        ],
    ]

    @Test(arguments: Fixtures.seedNames)
    func seedNumbersAreTheExpectedOnes(_ name: String) throws {
        let found = numbers(in: try Fixtures.seed(name))
        #expect(found == Self.expected[name])
    }
}
