/// Scores written with the lower number first: the sets a winner lost ("won 6-3 6-2 1-6 3-6
/// 10-8"), a loser's line ("lost 4-6 3-6"), a tie-break ("6-7 (4-7)"), a game score ("from
/// 0-40 down").
///
/// ``NumberCompounds`` reads a pair whose second number is not above the first ("6-3", "2-1")
/// as a score, and any other pair as a range ("10-15 people", "the 25-54 age group"), which is
/// right unless the text says it is a score. It says so in three ways, checked here:
/// - a score comes just before, with only blanks, commas or brackets between ("6-2 1-6",
///   "6-7 (4-7)"): a run of set scores;
/// - a pair that can only be a score comes later in the same run ("4-6 7-6 (7-3) 6-0");
/// - a word of winning or losing comes before ("lost 4-6", "beat Roddick 3-6", "the set 4-6"),
///   or "down" after ("at 5-6 down"), and no counted noun follows (so "won 10-15 seats" stays a
///   range).
///
/// Runs of ranges stay ranges: "aged 18-24, 25-34" has no pair with the lower number second.
struct ScoreSequences {
    let text: SentenceBytes

    /// Whether the ascending pair `q` (two plain numbers of up to three digits joined by a dash)
    /// is a score; `previous` is the number found just before it in the sentence, if any.
    func isScore(_ q: NumberReading, previous: NumberMatch?, noun: Range<Int>?) -> Bool {
        if let previous, previous.value.unit == "score", onlySeparators(previous.range.upperBound, q.start) { return true }
        if scoreFollows(q.end) { return true }
        guard noun == nil else { return false }
        if let next = text.nextWord(after: q.end), text.word(next, is: "down") { return true }
        return followsResultWord(q.start)
    }

    /// Whether only blanks, commas and brackets lie between `start` and `end`.
    private func onlySeparators(_ start: Int, _ end: Int) -> Bool {
        guard start <= end, end - start <= 4 else { return false }
        for i in start..<end where !isSeparator(text[i]) { return false }
        return true
    }

    private func isSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: " ") || b == UInt8(ascii: ",") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
    }

    /// Whether the pairs that follow `end`, each after blanks, commas or brackets, include one
    /// whose first number is not below the second. A few pairs are read at most: a match has
    /// five sets.
    private func scoreFollows(_ end: Int) -> Bool {
        var i = end
        for _ in 0..<6 {
            var j = i
            var inBrackets = false
            while j < text.end && j - i < 4 && isSeparator(text[j]) {
                if text[j] == UInt8(ascii: "(") { inBrackets = true }
                j += 1
            }
            guard j > i, let (first, second, pairEnd) = pair(at: j, slashAllowed: inBrackets) else { return false }
            if first >= second { return true }
            i = pairEnd
        }
        return false
    }

    /// The pair "a-b" (en dash too, or "a/b" in a tie-break's brackets) of numbers of one to
    /// three digits at `i`, standing alone.
    private func pair(at i: Int, slashAllowed: Bool) -> (Int, Int, Int)? {
        guard let (first, dash) = smallNumber(at: i) else { return nil }
        let at: Int
        if text.isByte(dash, "-") || (slashAllowed && text.isByte(dash, "/")) {
            at = dash + 1
        } else if UTF8Bytes.matches(text.bytes, at: dash, end: text.end, 0xE2, 0x80, 0x93) {
            at = dash + 3
        } else {
            return nil
        }
        guard let (second, end) = smallNumber(at: at), !text.isAlphanumeric(at: end),
              !text.isByte(end, "-"), !text.isByte(end, "%") else { return nil }
        return (first, second, end)
    }

    private func smallNumber(at i: Int) -> (Int, Int)? {
        var j = i
        var value = 0
        while text.isDigit(j) && j - i < 4 {
            value = value * 10 + Int(text[j] &- 0x30)
            j += 1
        }
        guard j > i, j - i <= 3, !text.isDigit(j) else { return nil }
        return (value, j)
    }

    /// Whether a word of winning or losing comes before `start`, directly or before the name of
    /// the other side ("lost 1-6", "beat Andy Roddick 4-6", "was beaten by Nadal 3-6", "lost to
    /// Williams 1-6").
    private func followsResultWord(_ start: Int) -> Bool {
        var i = start
        var afterName = false
        for _ in 0..<5 {
            guard let word = text.previousWord(before: i) else { return false }
            if Self.resultWords.contains(text.bytes, from: word.start, to: word.end) { return text.isLowercase(word) }
            if text.isCapitalized(word) {
                afterName = true
            } else if !(afterName && (text.word(word, is: "by") || text.word(word, is: "to"))) {
                return false
            }
            i = word.start
        }
        return false
    }

    /// Verbs and nouns after which a pair of numbers is a result.
    private static let resultWords = PackedWordTable(words: [
        "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats", "beating",
        "beaten", "defeated", "defeat", "defeats", "defeating", "drew", "draw", "drawn", "trailed",
        "trailing", "trail", "led", "leading", "edged", "downed", "thrashed", "overcame", "outlasted",
        "set", "sets", "score", "scoreline", "tiebreak",
    ])
}
