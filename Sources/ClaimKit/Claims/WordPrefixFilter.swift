/// The first three letters and the lengths of the words of a short list, to pass over a word
/// that cannot be one of them without reading it to its end or looking it up ("the" is not
/// "thi…", "this" is not "think").
///
/// A letter's low five bits are its place in the alphabet (1…26) in either case, so the first
/// three bytes of a word, each 0 when it is no letter, index the table directly:
/// `first + 32 × second + 1024 × third`. A word of one or two letters is followed by a byte
/// that is no letter, so its entry has 0 in that place (a one-letter word fills every third,
/// which comes after the byte that ends it). The entry holds bit `n` when a word of the list
/// with those first letters has `n` letters (words of one to eight letters).
///
/// The table is kept in a buffer that lives as long as the program (see ``PackedWordTable``);
/// its entries are immutable after `init`, which is what makes the unchecked `Sendable` sound.
struct WordPrefixFilter: @unchecked Sendable {
    private let lengths: UnsafeBufferPointer<UInt16>

    /// - Parameter words: lower-case ASCII words of one to eight letters.
    init(_ words: [String]) {
        let table = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 32 * 32 * 32)
        table.initialize(repeating: 0)
        for word in words {
            let letters = Array(word.utf8)
            precondition((1...8).contains(letters.count) && letters.allSatisfy(UTF8Bytes.isASCIILower))
            let first = Int(letters[0] & 31)
            let second = letters.count > 1 ? Int(letters[1] & 31) << 5 : 0
            let thirds = letters.count == 1 ? 0..<32 : letters.count == 2 ? 0..<1 : Int(letters[2] & 31)..<Int(letters[2] & 31) + 1
            for third in thirds { table[first | second | third << 10] |= 1 << UInt16(letters.count) }
        }
        lengths = UnsafeBufferPointer(table)
    }

    /// The lengths (bit `n` for `n` letters) of the listed words that start like the word whose
    /// bytes, from its first, are the low bytes of `word`, with every byte that is no letter 0;
    /// 0 for most words.
    @inline(__always)
    func lengths(ofWordStarting word: UInt64) -> UInt16 {
        let index = word & 0x1F | word &>> 3 & 0x3E0 | word &>> 6 & 0x7C00
        return lengths[Int(truncatingIfNeeded: index)]
    }
}
