/// Figures that are part of a name: "50 Cent", "2 Wikid", "19 Management".
///
/// A count before a capitalised word is followed by a plural ("12 Britons", "20 Labour MPs"),
/// so a bare figure right before a capitalised singular word may be a name. The text shows it
/// is one in either of two ways:
/// - the figure opens a sentence ("50 Cent appeared on…"), where news style spells out a count
///   ("Fifty people were…");
/// - the same figure comes before the same word twice or more ("signed to his 2 Wikid label…
///   given everything by 2 Wikid").
/// Once shown, every use of the name in the document is the name, and so is the figure alone
/// with a possessive ("50's beef"). A figure with a unit, a currency or an approximator is a
/// quantity.
///
/// Runs once over a document's number matches after they are found: a figure before a
/// capitalised word is rare, so the common case is one pass that finds none.
struct FigureNames {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Removes from `matches` (sorted, from the sentences `sentences`) the figures that name.
    func removeNames(from matches: inout [NumberMatch], sentences: [ByteRange]) {
        let candidates = self.candidates(in: matches, sentences: sentences)
        guard !candidates.isEmpty else { return }
        let names = candidates.filter { candidate in
            candidate.opensSentence || candidates.contains { $0.figure != candidate.figure && isSame($0, candidate) }
        }
        guard !names.isEmpty else { return }
        matches.removeAll { match in names.contains { isUse(of: $0, at: match) } }
    }

    /// A figure and the capitalised word after it ("50" and "Cent").
    private struct Name {
        let figure: ByteRange
        let word: ByteRange
        let opensSentence: Bool
    }

    /// The bare figures right before a capitalised singular word that could be a name.
    private func candidates(in matches: [NumberMatch], sentences: [ByteRange]) -> [Name] {
        var names: [Name] = []
        var s = 0
        for match in matches {
            let end = match.range.upperBound
            guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), UTF8Bytes.isASCIIUpper(bytes[end + 1]) else { continue }
            while s < sentences.count && sentences[s].upperBound <= match.range.lowerBound { s += 1 }
            guard s < sentences.count else { break }
            guard isBareFigure(match) else { continue }
            let text = SentenceBytes(bytes: bytes, start: sentences[s].lowerBound, end: sentences[s].upperBound)
            if let word = nameWord(after: end, in: text) {
                names.append(Name(figure: match.range, word: word.start..<word.end,
                                  opensSentence: sentences[s].lowerBound == match.range.lowerBound))
            }
        }
        return names
    }

    private func isSame(_ a: Name, _ b: Name) -> Bool {
        sameBytes(a.figure, b.figure) && sameBytes(a.word, b.word)
    }

    /// Digits alone, with no unit, currency or approximator.
    private func isBareFigure(_ match: NumberMatch) -> Bool {
        let value = match.value
        guard value.unit == nil, value.currency == nil, value.approximator == nil, value.upperValue == nil else { return false }
        return match.range.allSatisfy { UTF8Bytes.isDigit(bytes[$0]) }
    }

    /// The capitalised singular word after a figure and a blank (which the caller has seen),
    /// when what follows it does not make the figure a count ("Cent" in "50 Cent appeared",
    /// "50 Cent's second album"; not "Labour" in "20 Labour MPs", nor "Britons").
    private func nameWord(after end: Int, in text: SentenceBytes) -> LetterRun? {
        guard let word = text.word(at: end + 1), word.length >= 2,
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
        return UTF8Bytes.matches(bytes, at: i, end: bytes.count - 1, 0xE2, 0x80, 0x99) && bytes[i + 3] | 0x20 == UInt8(ascii: "s")
    }
}
