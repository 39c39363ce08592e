/// The ids of mentions and claims: a letter and a number ("m12", "c3").
enum ExtractionIDs {
    /// The letter of a mention's id, also written by the batch writer from the number
    /// (``StoredID``).
    static var mentionLetter: Unicode.Scalar { "m" }
    /// The letter of a claim's id, as ``mentionLetter``.
    static var claimLetter: Unicode.Scalar { "c" }

    /// Ids for the first numbers, made once: few documents need more.
    private static let firstMentions = (1...512).map { make(mentionLetter, $0) }
    private static let firstClaims = (1...512).map { make(claimLetter, $0) }

    /// `m1`, `m2`…
    static func mention(_ number: Int) -> String {
        number <= firstMentions.count ? firstMentions[number - 1] : make(mentionLetter, number)
    }

    /// The ids of `count` mentions in a row from mention `first` on: a claim's ``Claim/mentionIDs``.
    /// Nearly every claim holds one to four mentions, whose list is shared instead of allocated
    /// each time.
    static func mentions(from first: Int, count: Int) -> [String] {
        if count > 0 && count <= mentionRuns.count && first <= mentionRuns[0].count { return mentionRuns[count - 1][first - 1] }
        var ids: [String] = []
        ids.reserveCapacity(count)
        for number in first..<(first + count) { ids.append(mention(number)) }
        return ids
    }

    /// `mentionRuns[count - 1][first - 1]` lists `count` ids from `m<first>` on: `[m1]`, `[m2]`…,
    /// then `[m1, m2]`, `[m2, m3]`… up to four ids from each of the first 256, made once like
    /// ``firstMentions``.
    private static let mentionRuns = (1...4).map { count in
        (0..<256).map { first in Array(firstMentions[first..<(first + count)]) }
    }

    /// `c1`, `c2`…
    static func claim(_ number: Int) -> String {
        number <= firstClaims.count ? firstClaims[number - 1] : make(claimLetter, number)
    }

    /// Writes the digits straight into a small string, which string interpolation does
    /// through a general formatter and a growing buffer.
    private static func make(_ letter: Unicode.Scalar, _ number: Int) -> String {
        precondition(number > 0 && letter.isASCII, "an id is an ASCII letter and a positive number")
        var digits = 0
        var rest = number
        while rest > 0 { digits += 1; rest /= 10 }
        return String(unsafeUninitializedCapacity: digits + 1) { buffer in
            buffer[0] = UInt8(letter.value)
            var rest = number
            for k in stride(from: digits, to: 0, by: -1) {
                buffer[k] = UInt8(truncatingIfNeeded: rest % 10) + UInt8(ascii: "0")
                rest /= 10
            }
            return digits + 1
        }
    }
}
