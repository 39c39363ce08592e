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

/// Counts the cue words in a sentence in one pass, each word read eight bytes at a time
/// (``PackedWordKey/scanWord(_:at:limit:)``, as the number scanner reads them) and looked up
/// in a ``PackedWordTable``.
///
/// Words are runs of ASCII letters, so a contraction is read in parts: "I’ve" and "I'm" count
/// through "I", "we’re" through "we". Opinion cues inside a quotation are the speaker's words,
/// not the article's hedging ("“We must respond,” the minister said" reports a statement), so
/// they are not counted there; factual verbs count everywhere.
enum WordCues {
    struct Counts {
        var factualVerbs = 0
        var opinionCues = 0
    }

    private static let factualVerb: UInt8 = 1
    private static let opinionCue: UInt8 = 2

    private static let table = PackedWordTable<UInt8>([
        "killed", "died", "launched", "rose", "fell", "reached", "signed",
        "violated", "surged", "slumped", "jumped", "won", "lost", "spent", "cost", "received", "reported", "recorded", "invaded",
        "annexed", "grew", "dropped", "doubled", "tripled", "totalled", "totaled", "earned", "paid",
        "voted", "approved", "rejected", "arrested", "charged", "wounded", "injured",
        "attacked", "fired", "produced", "sold", "bought", "hit",
    ].map { ($0, factualVerb) } + [
        "i", "my", "we", "our", "you", "your", "should", "must",
        "might", "perhaps", "probably", "likely", "seems", "imagine", "believe", "think", "feel",
        "hope", "opinion", "arguably", "clearly", "surely", "needed", "need", "ought",
    ].map { ($0, opinionCue) })

    /// Counts the cues of `range`; `quoted` holds the byte ranges of quoted words, sorted by
    /// start.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: ByteRange, quoted: ArraySlice<ByteRange> = []) -> Counts {
        let table = Self.table
        var counts = Counts()
        var quote = quoted.startIndex
        var i = range.lowerBound
        while i < range.upperBound {
            guard UTF8Bytes.isASCIILetter(bytes[i]) else { i += 1; continue }
            let start = i
            let (end, key) = PackedWordKey.scanWord(bytes, at: start, limit: range.upperBound)
            // The byte at `end` is no letter (or lies past the range), so the next word
            // starts after it.
            i = end + 1
            // Every cue word is at most eight letters, and a whole word: not part of "4G" or of
            // "Hawaiʻi" or "café", whose other letters are digits or outside ASCII. Most words
            // are no cue, so the table is asked before the neighbours are looked at.
            guard end - start <= 8, let flags = table.value(forKey: key, bytes, from: start, to: end),
                  !isGlued(bytes, before: start, floor: range.lowerBound),
                  !isGlued(bytes, after: end, limit: range.upperBound) else { continue }
            if flags == factualVerb { counts.factualVerbs += 1; continue }
            while quote < quoted.endIndex && quoted[quote].upperBound <= start { quote += 1 }
            let isQuoted = quote < quoted.endIndex && quoted[quote].lowerBound <= start
            if !isQuoted { counts.opinionCues += 1 }
        }
        return counts
    }

    /// Whether a digit or a non-ASCII letter comes right before `start`. General punctuation
    /// (U+2000…U+206F: curly quotes, dashes) does not glue: "“I think" is a word "I".
    private static func isGlued(_ bytes: UnsafeBufferPointer<UInt8>, before start: Int, floor: Int) -> Bool {
        guard start > floor else { return false }
        let previous = bytes[start - 1]
        if UTF8Bytes.isDigit(previous) { return true }
        guard previous >= 0x80 else { return false }
        return !(start - 3 >= floor && bytes[start - 3] == 0xE2 && bytes[start - 2] == 0x80)
    }

    /// Whether a digit or a non-ASCII letter comes right after `end` ("I’ve" is not glued).
    private static func isGlued(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int, limit: Int) -> Bool {
        guard end < limit else { return false }
        let next = bytes[end]
        if UTF8Bytes.isDigit(next) { return true }
        guard next >= 0x80 else { return false }
        return !(next == 0xE2 && end + 1 < limit && bytes[end + 1] == 0x80)
    }
}
