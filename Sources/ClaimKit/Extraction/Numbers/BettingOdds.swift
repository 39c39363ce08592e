/// A figure, a slash and a figure read as one number, the first figure its value (as a score's):
/// betting odds, "4/9", "25/1", "moved from 4/1 to 5/2 favourite", with unit "odds", where the
/// sentence speaks of betting; and a split of a hundred, "a 50/50 chance", "a 60/40 split", with
/// no unit. Elsewhere a figure, a slash and a figure ("24/7", "9/11", "4/9/2004") is no count.
enum BettingOdds {
    /// Words that make a sentence about betting.
    private static let bettingWords = PackedWordTable(words: [
        "odds", "favourite", "favourites", "favorite", "favorites", "bookmaker", "bookmakers", "bookies", "betting", "punters",
    ])

    /// Where the pair whose slash is at `slash` ends, and its unit, if it is odds or a split:
    /// one to three digits after the slash, nothing glued after them; for odds also one to three
    /// before it and a betting word in the sentence, for a split two figures that make 100.
    ///
    /// - Parameters:
    ///   - firstDigits: how many digits the figure before the slash has.
    ///   - first: that figure's value.
    static func pair(afterSlash slash: Int, firstDigits: Int, first: Double, in text: SentenceBytes) -> (end: Int, unit: Symbol?)? {
        var j = slash + 1
        var second = 0.0
        while text.isDigit(j) {
            second = second * 10 + Double(text[j] &- 0x30)
            j += 1
        }
        guard j > slash + 1, j - slash - 1 <= 3, !text.isAlphanumeric(at: j), !text.isByte(j, "/") else { return nil }
        if firstDigits <= 3, !(text.isByte(j, ".") && text.isDigit(j + 1)), !(text.isByte(j, ",") && text.isDigit(j + 1)),
           sentenceMentionsBetting(text) {
            return (j, "odds")
        }
        guard first + second == 100, first > 0, second > 0 else { return nil }
        return (j, nil)
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
