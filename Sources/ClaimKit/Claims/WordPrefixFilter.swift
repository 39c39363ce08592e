/// The first three letters and the lengths of the words of a short list, to pass over a word
/// that cannot be one of them without reading it to its end or looking it up ("the" is not
/// "thi…", "this" is not "think").
///
/// A letter's low five bits are its place in the alphabet (1…26) in either case, so the low
/// five bits of a word's first bytes index the tables directly. The bytes are read as they
/// are, whatever follows the word, so a word of one or two letters stands for every byte after
/// it (any five bits: "we." and "wen" look alike). Two tests, the second only for the few
/// words that pass the first:
/// - ``mayStart(_:)``: by the first two bytes, as they lie in a word with their other bits
///   cleared (`first + 256 × second`), the set of third bytes (bit `t` for five bits `t`)
///   that some word of the list has after them;
/// - ``lengths(ofWordStarting:)``: by the first three (`first + 32 × second + 1024 × third`),
///   the lengths of the words of the list that start so (bit `n` for `n` letters, one to
///   eight); the caller tests the word's length.
///
/// The tables are kept in buffers that live as long as the program (see ``PackedWordTable``);
/// their entries are immutable after `init`, which is what makes the unchecked `Sendable` sound.
struct WordPrefixFilter: @unchecked Sendable {
    private let thirds: UnsafeBufferPointer<UInt32>
    private let lengths: UnsafeBufferPointer<UInt16>

    /// - Parameter words: lower-case ASCII words of one to eight letters.
    init(_ words: [String]) {
        let thirds = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: 32 * 256)
        thirds.initialize(repeating: 0)
        let lengths = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 32 * 32 * 32)
        lengths.initialize(repeating: 0)
        for word in words {
            let letters = Array(word.utf8)
            precondition((1...8).contains(letters.count) && letters.allSatisfy(UTF8Bytes.isASCIILower))
            let first = Int(letters[0] & 31)
            // Past the word, any byte: every five bits.
            let secondBits = letters.count > 1 ? Int(letters[1] & 31)..<Int(letters[1] & 31) + 1 : 0..<32
            let thirdBits = letters.count > 2 ? Int(letters[2] & 31)..<Int(letters[2] & 31) + 1 : 0..<32
            for second in secondBits {
                for third in thirdBits {
                    thirds[first | second << 8] |= 1 << UInt32(third)
                    lengths[first | second << 5 | third << 10] |= 1 << UInt16(letters.count)
                }
            }
        }
        self.thirds = UnsafeBufferPointer(thirds)
        self.lengths = UnsafeBufferPointer(lengths)
    }

    /// Whether a word of the list may start like the word whose bytes, from its first, are the
    /// low bytes of `word`, by its first three bytes (what follows a short word does not
    /// matter); false for most words.
    @inline(__always)
    func mayStart(_ word: UInt64) -> Bool {
        let entry = thirds[Int(truncatingIfNeeded: word & 0x1F1F)]
        return entry &>> UInt32(truncatingIfNeeded: word &>> 16) & 1 != 0
    }

    /// The lengths (bit `n` for `n` letters) of the listed words that start like the word whose
    /// bytes, from its first, are the low bytes of `word`, as for ``mayStart(_:)``.
    @inline(__always)
    func lengths(ofWordStarting word: UInt64) -> UInt16 {
        let index = word & 0x1F | word &>> 3 & 0x3E0 | word &>> 6 & 0x7C00
        return lengths[Int(truncatingIfNeeded: index)]
    }
}
