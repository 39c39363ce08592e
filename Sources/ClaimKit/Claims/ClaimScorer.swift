/// Scores how worth checking a sentence is, and says why it was flagged.
///
/// A transparent additive model rather than a learned one, so a fact-checker can read why a
/// claim ranks where it does: statistics, money, dates, attributed quotations and factual
/// verbs raise the score; first-person opinion, hedges, questions and navigation debris
/// (short lines with no final punctuation, words run together) lower it. The result is
/// clamped to [0, 1].
struct ClaimScorer {
    /// What the scorer knows about one sentence's mentions.
    struct MentionSummary {
        var numbers = 0
        var money = 0
        var percentages = 0
        var dates = 0
        var attributedQuotes = 0
        var unattributedQuotes = 0
        var citations = 0
    }

    /// Why a sentence was flagged, in the order they are listed.
    static let reasonNames = [
        "number", "money", "percentage", "date", "attributed-quote", "quote", "cites-source",
        "factual-verb", "opinion", "question", "headline-or-navigation",
    ]

    /// Every list of reasons a claim can have, indexed by the set of reasons as bits (bit `k`
    /// for `reasonNames[k]`, as ``score(sentence:_:mentions:quoted:)`` gives them), made once: a
    /// claim shares its list instead of allocating one. A caller scoring many sentences reads
    /// it once, not once a sentence (every read of a static checks that it was made).
    static let reasonLists: [[String]] = (0..<(1 << reasonNames.count)).map { bits in
        var list: [String] = []
        list.reserveCapacity(bits.nonzeroBitCount)
        for k in reasonNames.indices where bits & (1 << k) != 0 { list.append(reasonNames[k]) }
        return list
    }

    /// Scores the sentence `range`; `quoted` holds the byte ranges of the quoted words in or
    /// around it, sorted by start. The reasons come as bits, an index into ``reasonLists``.
    static func score(sentence bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange,
                      mentions: MentionSummary, quoted: UnsafeBufferPointer<ByteRange>) -> (score: Double, reasons: Int) {
        var reasons = 0
        var score = 0.1
        func add(_ reason: Int, _ weight: Double) {
            score += weight
            reasons |= 1 << reason
        }
        if mentions.numbers > 0 { add(0, 0.3) }
        if mentions.money > 0 { add(1, 0.1) }
        if mentions.percentages > 0 { add(2, 0.1) }
        if mentions.dates > 0 { add(3, 0.1) }
        if mentions.attributedQuotes > 0 { add(4, 0.3) }
        if mentions.unattributedQuotes > 0 { add(5, 0.05) }
        if mentions.citations > 0 { add(6, 0.1) }

        let words = WordCues.scan(bytes, range, quoted: quoted)
        if words.factualVerb { add(7, 0.1) }
        if words.opinionCue { add(8, -0.2) }
        if isQuestion(bytes, range) { add(9, -0.15) }
        if looksLikeNavigation(bytes, range) { add(10, -0.35) }
        // Weights that cancel can sum to a hair below zero, which rounds to -0.0: written as
        // "-0" in JSON, so anything not above zero is zero.
        let rounded = (score * 100).rounded() / 100
        return (rounded > 0 ? min(1, rounded) : 0, reasons)
    }

    private static func isQuestion(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange) -> Bool {
        var i = range.upperBound - 1
        while i > range.lowerBound && !UTF8Bytes.isASCIILetter(bytes[i]) && bytes[i] != UInt8(ascii: "?") { i -= 1 }
        return bytes[i] == UInt8(ascii: "?")
    }

    /// Headlines, headings, menus and "Science4 weeks agoUniversity…" lines: whatever ends
    /// without sentence-final punctuation (closing quotes and brackets aside).
    private static func looksLikeNavigation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange) -> Bool {
        var i = range.upperBound
        while i > range.lowerBound {
            let b = bytes[i - 1]
            if b == 0x22 || b == 0x27 || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "*") {
                i -= 1
            } else if i - 3 >= range.lowerBound && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80
                        && (b == 0x9D || b == 0x99) {   // ” ’
                i -= 3
            } else if i - 2 >= range.lowerBound && bytes[i - 2] == 0xC2 && b == 0xBB {   // »
                i -= 2
            } else {
                break
            }
        }
        guard i > range.lowerBound else { return true }
        let last = bytes[i - 1]
        let isFinal = last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
            || (i - 3 >= range.lowerBound && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && last == 0xA6)   // …
            || (i - 3 >= range.lowerBound && bytes[i - 3] == 0xE3 && bytes[i - 2] == 0x80 && last == 0x82)   // 。
        return !isFinal
    }
}
