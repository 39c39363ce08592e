/// The words before a number that qualify it: "over 1,400", "at least 125", "well over 500,000".
///
/// An approximator is kept as a field, not as part of the mention's span: fact-checkers check
/// the number and read the qualifier with it ("over 1,400" is true of 1,500).
enum Approximators {
    /// Phrases, grouped by their last word (the one next to the number), longest first in each
    /// group so that "well over" wins over "over" and "no more than" over "more than".
    private static let phrases: [[String]] = [
        ["no", "more", "than"], ["no", "less", "than"], ["no", "fewer", "than"], ["not", "more", "than"],
        ["not", "less", "than"], ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"],
        ["as", "little", "as"], ["as", "high", "as"], ["as", "low", "as"], ["in", "excess", "of"],
        ["a", "little", "over"], ["a", "little", "under"], ["slightly", "more", "than"],
        ["slightly", "less", "than"], ["just", "more", "than"], ["just", "less", "than"],
        ["a", "maximum", "of"], ["a", "minimum", "of"],
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"],
        ["up", "to"], ["close", "to"], ["upwards", "of"], ["an", "estimated"], ["well", "over"],
        ["well", "under"], ["well", "above"], ["well", "below"], ["just", "over"], ["just", "under"],
        ["just", "above"], ["just", "below"], ["nearly"], ["almost"], ["about"], ["around"],
        ["approximately"], ["approx"], ["roughly"], ["some"], ["over"], ["under"], ["above"],
        ["below"], ["surpassing"], ["exceeding"], ["topping"], ["estimated"], ["circa"], ["barely"],
    ]

    /// The words that must precede a phrase's last word, as keys (``PackedWordKey``), nearest
    /// first; 0 where the phrase has no more words.
    private struct PrecedingWords {
        let nearest: UInt64
        let second: UInt64
    }

    /// For each last word, the slots of its group of phrases in `preceding`, in the order of
    /// ``phrases``. The groups lie one after another in a buffer that lives as long as the
    /// program, as ``PackedWordTable``'s do, so that reading one costs no reference counting
    /// (a table of arrays retained and released its array at every number).
    private struct PhraseTable: @unchecked Sendable {
        let byLastWord: PackedWordTable<Range<Int>>
        let preceding: UnsafeBufferPointer<PrecedingWords>

        init(_ phrases: [[String]]) {
            var groups: [String: [PrecedingWords]] = [:]
            var order: [String] = []
            for phrase in phrases {
                let last = phrase[phrase.count - 1]
                if groups[last] == nil { order.append(last) }
                let keys = phrase.dropLast().reversed().map(PackedWordKey.make)
                groups[last, default: []].append(PrecedingWords(nearest: keys.first ?? 0, second: keys.count > 1 ? keys[1] : 0))
            }
            let buffer = UnsafeMutableBufferPointer<PrecedingWords>.allocate(capacity: phrases.count)
            var entries: [(String, Range<Int>)] = []
            var next = 0
            for last in order {
                let group = groups[last]!
                for (k, words) in group.enumerated() { buffer.initializeElement(at: next + k, to: words) }
                entries.append((last, next..<next + group.count))
                next += group.count
            }
            byLastWord = PackedWordTable(entries)
            preceding = UnsafeBufferPointer(buffer)
        }
    }

    private static let table = PhraseTable(phrases)

    /// The bytes of the approximator that ends just before `start` (past blanks and an opening
    /// bracket, as in "Over [12,600 civilians](#)"), if any.
    ///
    /// - Parameter previous: ``SentenceBytes/previousWord(before:overPeriod:)`` at `start`, which
    ///   the caller has found already; it is the last word unless a bracket comes between.
    static func approximator(before start: Int, previous: LetterRun?, in text: SentenceBytes) -> Range<Int>? {
        var j = start
        while j > text.start && UTF8Bytes.isBlank(text[j - 1]) { j -= 1 }
        let hasBracket = j > text.start && text[j - 1] == UInt8(ascii: "[")
        let table = Self.table
        guard let last = hasBracket ? text.previousWord(before: j - 1) : previous,
              let group = table.byLastWord.value(text.bytes, from: last.start, to: last.end) else { return nil }
        let preceding = table.preceding
        // Most groups are a single word with nothing before it: the words before are read
        // (and keyed) only when a group asks for them.
        if preceding[group.lowerBound].nearest == 0 { return last.start..<last.end }
        guard let second = wordBefore(last, in: text) else {
            return group.contains { preceding[$0].nearest == 0 } ? last.start..<last.end : nil
        }
        let secondKey = key(second, in: text)
        var third: LetterRun?
        var hasReadThird = false
        for slot in group {
            let words = preceding[slot]
            if words.nearest == 0 { return last.start..<last.end }
            guard secondKey == words.nearest else { continue }
            if words.second == 0 { return second.start..<last.end }
            if !hasReadThird {
                third = wordBefore(second, in: text)
                hasReadThird = true
            }
            if let third, key(third, in: text) == words.second { return third.start..<last.end }
        }
        return nil
    }

    /// The word before `word`, with at least a blank between (not "-" or other joiners).
    private static func wordBefore(_ word: LetterRun, in text: SentenceBytes) -> LetterRun? {
        text.previousWord(before: word.start).flatMap { $0.end < word.start ? $0 : nil }
    }

    private static func key(_ word: LetterRun, in text: SentenceBytes) -> UInt64 {
        PackedWordKey.make(text.bytes, from: word.start, to: word.end)
    }

    /// The approximator as stored: lower-case, words separated by single spaces.
    static func normalized(_ range: Range<Int>, in text: SentenceBytes) -> String {
        var isPlain = true   // lower-case words and single spaces, as usual: the text as it is
        for i in range where !(UTF8Bytes.isASCIILower(text[i]) || text[i] == UInt8(ascii: " ") && text[i - 1] != UInt8(ascii: " ")) {
            isPlain = false
            break
        }
        if isPlain { return text.text(range) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        var pendingSpace = false
        for i in range {
            let b = text[i]
            if UTF8Bytes.isBlank(b) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(UInt8(ascii: " ")); pendingSpace = false }
                bytes.append(UTF8Bytes.isASCIIUpper(b) ? b | 0x20 : b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
