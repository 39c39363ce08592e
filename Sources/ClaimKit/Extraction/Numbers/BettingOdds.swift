/// Betting odds, "4/9", "25/1", "moved from 4/1 to 5/2 favourite": one number each, the first
/// figure as its value (as a score's) and unit "odds", where the sentence speaks of betting.
/// Elsewhere a figure, a slash and a figure ("24/7", "9/11", "4/9/2004") is no count.
enum BettingOdds {
    /// Words that make a sentence about betting.
    private static let bettingWords = PackedWordTable(words: [
        "odds", "favourite", "favourites", "favorite", "favorites", "bookmaker", "bookmakers", "bookies", "betting", "punters",
    ])

    /// Where the odds whose slash is at `slash` end, if the figures before and after it are odds:
    /// one to three digits each side, nothing glued after, and a betting word in the sentence.
    static func end(ofOddsWithSlashAt slash: Int, firstDigits: Int, in text: SentenceBytes) -> Int? {
        guard firstDigits <= 3 else { return nil }
        var j = slash + 1
        while text.isDigit(j) { j += 1 }
        guard j - slash - 1 <= 3, !text.isAlphanumeric(at: j), !text.isByte(j, "/"),
              !(text.isByte(j, ".") && text.isDigit(j + 1)), !(text.isByte(j, ",") && text.isDigit(j + 1)),
              sentenceMentionsBetting(text) else { return nil }
        return j
    }

    /// Where a split of a hundred ends: "a 50/50 chance", "a 60/40 split"; one number, the first
    /// figure, like odds.
    static func end(ofSplitWithSlashAt slash: Int, first: Double, in text: SentenceBytes) -> Int? {
        var j = slash + 1
        var second = 0.0
        while text.isDigit(j), j - slash <= 3 {
            second = second * 10 + Double(text[j] &- 0x30)
            j += 1
        }
        guard j > slash + 1, !text.isDigit(j), !text.isAlphanumeric(at: j), !text.isByte(j, "/"),
              first + second == 100, first > 0, second > 0 else { return nil }
        return j
    }

    private static func sentenceMentionsBetting(_ text: SentenceBytes) -> Bool {
        var i = text.start
        while i < text.end {
            guard text.isLetter(i) else { i += 1; continue }
            let e = text.lettersEnd(from: i)
            if bettingWords.contains(text.bytes, from: i, to: e) { return true }
            i = e
        }
        return false
    }
}
