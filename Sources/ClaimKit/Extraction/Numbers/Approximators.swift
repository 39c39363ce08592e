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

    /// For each last word, the words that must precede it, as keys nearest-first; an empty list
    /// is the one-word phrase.
    private static let byLastWord: PackedWordTable<[[UInt64]]> = {
        var groups: [String: [[UInt64]]] = [:]
        var order: [String] = []
        for phrase in phrases {
            let last = phrase[phrase.count - 1]
            if groups[last] == nil { order.append(last) }
            groups[last, default: []].append(phrase.dropLast().reversed().map(PackedWordKey.make))
        }
        return PackedWordTable(order.map { ($0, groups[$0]!) })
    }()

    /// The bytes of the approximator that ends just before `start` (past blanks and an opening
    /// bracket, as in "Over [12,600 civilians](#)"), if any.
    ///
    /// - Parameter previous: ``SentenceBytes/previousWord(before:overPeriod:)`` at `start`, which
    ///   the caller has found already; it is the last word unless a bracket comes between.
    static func approximator(before start: Int, previous: LetterRun?, in text: SentenceBytes) -> Range<Int>? {
        var j = start
        while j > text.start && UTF8Bytes.isBlank(text[j - 1]) { j -= 1 }
        let hasBracket = j > text.start && text[j - 1] == UInt8(ascii: "[")
        guard let last = hasBracket ? text.previousWord(before: j - 1) : previous,
              let groups = byLastWord.value(text.bytes, from: last.start, to: last.end) else { return nil }
        // Most groups are a single word with nothing before it: the words before are read
        // (and keyed) only when a group asks for them.
        if groups[0].isEmpty { return last.start..<last.end }
        guard let second = wordBefore(last, in: text) else {
            return groups.contains(where: \.isEmpty) ? last.start..<last.end : nil
        }
        let secondKey = key(second, in: text)
        var third: LetterRun?
        var hasReadThird = false
        for preceding in groups {
            switch preceding.count {
            case 0:
                return last.start..<last.end
            case 1:
                if secondKey == preceding[0] { return second.start..<last.end }
            default:
                guard secondKey == preceding[0] else { continue }
                if !hasReadThird {
                    third = wordBefore(second, in: text)
                    hasReadThird = true
                }
                if let third, key(third, in: text) == preceding[1] { return third.start..<last.end }
            }
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
