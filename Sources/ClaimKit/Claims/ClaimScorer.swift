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

    /// Scores the sentence `range`; `quoted` holds the byte ranges of the quoted words in or
    /// around it, sorted by start.
    static func score(sentence bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange,
                      mentions: MentionSummary, quoted: ArraySlice<ByteRange> = []) -> (score: Double, reasons: [String]) {
        var reasons: [String] = []
        reasons.reserveCapacity(6)
        var score = 0.1
        if mentions.numbers > 0 { score += 0.3; reasons.append("number") }
        if mentions.money > 0 { score += 0.1; reasons.append("money") }
        if mentions.percentages > 0 { score += 0.1; reasons.append("percentage") }
        if mentions.dates > 0 { score += 0.1; reasons.append("date") }
        if mentions.attributedQuotes > 0 { score += 0.3; reasons.append("attributed-quote") }
        if mentions.unattributedQuotes > 0 { score += 0.05; reasons.append("quote") }
        if mentions.citations > 0 { score += 0.1; reasons.append("cites-source") }

        let words = WordCues.scan(bytes, range, quoted: quoted)
        if words.factualVerbs > 0 { score += 0.1; reasons.append("factual-verb") }
        if words.opinionCues > 0 { score -= 0.2; reasons.append("opinion") }
        if isQuestion(bytes, range) { score -= 0.15; reasons.append("question") }
        if looksLikeNavigation(bytes, range) { score -= 0.35; reasons.append("headline-or-navigation") }
        return (min(1, max(0, (score * 100).rounded() / 100)), reasons)
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
