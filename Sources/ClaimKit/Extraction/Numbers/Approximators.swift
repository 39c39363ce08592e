/// The words before a number that qualify it: "over 1,400", "at least 125", "well over 500,000".
///
/// An approximator is kept as a field, not as part of the mention's span: fact-checkers check
/// the number and read the qualifier with it ("over 1,400" is true of 1,500).
enum Approximators {
    /// Phrases, longest first so that "well over" wins over "over" and "no more than" over
    /// "more than".
    private static let phrases: [[StaticString]] = [
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

    /// The bytes of the approximator that ends just before `start` (past blanks and an opening
    /// bracket, as in "Over [12,600 civilians](#)"), if any.
    static func approximator(before start: Int, in text: SentenceBytes) -> Range<Int>? {
        var j = start
        while j > text.start && UTF8Bytes.isBlank(text[j - 1]) { j -= 1 }
        if j > text.start && text[j - 1] == UInt8(ascii: "[") { j -= 1 }
        guard let last = text.previousWord(before: j) else { return nil }
        var words = [last]
        while words.count < 3, let word = text.previousWord(before: words[words.count - 1].start),
              word.end < words[words.count - 1].start {
            words.append(word)
        }
        for phrase in phrases where phrase.count <= words.count {
            var matches = true
            for (k, spelling) in phrase.reversed().enumerated() where !text.word(words[k], is: spelling) {
                matches = false
                break
            }
            if matches { return words[phrase.count - 1].start..<last.end }
        }
        return nil
    }

    /// The approximator as stored: lower-case, words separated by single spaces.
    static func normalized(_ range: Range<Int>, in text: SentenceBytes) -> String {
        text.lowercasedText(range).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
