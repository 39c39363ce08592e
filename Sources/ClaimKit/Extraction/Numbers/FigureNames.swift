/// Figures that are part of a name: "50 Cent", "19 Management".
///
/// News style spells out a count that opens a sentence ("Fifty people were…"), so a figure in
/// digits that opens a sentence right before a capitalised singular word names something:
/// "50 Cent appeared on…". Once the text has shown that, the same figure before the same word
/// anywhere else in the document is the name too ("US rap star 50 Cent has said"), and so is
/// the figure alone with a possessive ("50's beef"). A plural after the figure is still what
/// it counts ("12 Britons", "20 Labour MPs"), and a figure with a unit, a currency or an
/// approximator is a quantity.
///
/// Runs once over a document's number matches after they are found: openings of sentences
/// by a figure are rare, so the common case is one pass that finds none.
struct FigureNames {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Removes from `matches` (sorted, from the sentences `sentences`) the figures that name.
    func removeNames(from matches: inout [NumberMatch], sentences: [ByteRange]) {
        let names = openingNames(in: matches, sentences: sentences)
        guard !names.isEmpty else { return }
        matches.removeAll { match in names.contains { isUse(of: $0, at: match) } }
    }

    /// A figure and the capitalised word after it ("50" and "Cent").
    private struct Name {
        let figure: ByteRange
        let word: ByteRange
    }

    /// The names shown by figures that open sentences.
    private func openingNames(in matches: [NumberMatch], sentences: [ByteRange]) -> [Name] {
        var names: [Name] = []
        var s = 0
        for match in matches {
            while s < sentences.count && sentences[s].upperBound <= match.range.lowerBound { s += 1 }
            guard s < sentences.count else { break }
            guard sentences[s].lowerBound == match.range.lowerBound, isBareFigure(match) else { continue }
            let text = SentenceBytes(bytes: bytes, start: sentences[s].lowerBound, end: sentences[s].upperBound)
            if let word = nameWord(after: match.range.upperBound, in: text) {
                names.append(Name(figure: match.range, word: word.start..<word.end))
            }
        }
        return names
    }

    /// Digits alone, with no unit, currency or approximator.
    private func isBareFigure(_ match: NumberMatch) -> Bool {
        let value = match.value
        guard value.unit == nil, value.currency == nil, value.approximator == nil, value.upperValue == nil else { return false }
        return match.range.allSatisfy { UTF8Bytes.isDigit(bytes[$0]) }
    }

    /// The capitalised singular word right after a figure that opens a sentence, when what
    /// follows it does not make the figure a count ("Cent" in "50 Cent appeared", "50 Cent's
    /// second album"; not "Labour" in "20 Labour MPs" nor "Britons").
    private func nameWord(after end: Int, in text: SentenceBytes) -> LetterRun? {
        guard text.isByte(end, " "), let word = text.word(at: end + 1), word.length >= 2,
              text.isCapitalized(word), !text.isUppercase(word),
              !CountedNoun.endsInPlural(word.start..<word.end, in: text) else { return nil }
        guard let next = text.nextWord(after: word.end) else { return word }
        if text.isCapitalized(next) { return nil }   // a longer name or a qualifier: "20 Labour MPs"
        let isFunctionWord = CountedNoun.stopWordTable.contains(text.bytes, from: next.start, to: next.end)
        return isFunctionWord || !CountedNoun.endsInPlural(next.start..<next.end, in: text) ? word : nil
    }

    /// Whether `match` is the figure of `name`: the same digits, before the same word or a
    /// possessive.
    private func isUse(of name: Name, at match: NumberMatch) -> Bool {
        guard sameBytes(match.range, name.figure) else { return false }
        let end = match.range.upperBound
        if isPossessiveEnding(at: end) { return true }   // "50's beef"
        let wordStart = end + 1, wordEnd = wordStart + name.word.count
        guard wordEnd <= bytes.count, bytes[end] == UInt8(ascii: " "),
              sameBytes(wordStart..<wordEnd, name.word) else { return false }
        return wordEnd == bytes.count || !UTF8Bytes.isASCIILetter(bytes[wordEnd])
    }

    private func sameBytes(_ a: ByteRange, _ b: ByteRange) -> Bool {
        UTF8Bytes.sameBytes(a, b, in: bytes)
    }

    /// "'s" or "’s" at `i`.
    private func isPossessiveEnding(at i: Int) -> Bool {
        if i + 2 <= bytes.count, bytes[i] == UInt8(ascii: "'") { return bytes[i + 1] | 0x20 == UInt8(ascii: "s") }
        return i + 4 <= bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
            && bytes[i + 3] | 0x20 == UInt8(ascii: "s")
    }
}
