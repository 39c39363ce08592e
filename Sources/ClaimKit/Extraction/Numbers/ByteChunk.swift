/// Eight bytes of text classified at once, to find where a number could start.
///
/// Most of an article cannot hold a number: the insides of words, spaces, punctuation. The
/// scanner reads the text eight bytes at a time as one `UInt64` (little-endian: byte `k` of the
/// text is bits `8k..<8k+8`) and computes, with a few bit operations per chunk (SWAR), a mask
/// with the high bit of every byte where a number could start: a digit, a letter that starts a
/// word, the lead byte of a multi-byte character (a currency symbol such as "£" or "€"), "$", or
/// ":" (which may open "://" in an address). Each bit is then checked byte by byte.
///
/// Tests for single byte values use the usual zero-byte trick, which can flag a byte just above
/// a real match; the scanner re-checks every flagged byte, so that only costs a look.
struct ByteChunk {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of every byte that is an ASCII letter.
    let letters: UInt64
    /// The high bit of every letter that starts a word.
    let wordStarts: UInt64
    /// The high bit of every other byte where a number could start: digits, lead bytes, "$", ":".
    let symbols: UInt64

    /// The high bit of every byte where a number or number word could start.
    var candidates: UInt64 { wordStarts | symbols }

    /// Classifies the eight bytes at `i`, which must all lie inside the text.
    ///
    /// - Parameter base: the text's first byte, unwrapped once by the caller rather than for
    ///   every chunk.
    /// - Parameter letterBefore: `0x80` when the byte before `i` is a letter (a word that
    ///   started in the previous chunk does not start again here), else 0; see ``letterAtEnd``.
    @inline(__always)
    init(_ base: UnsafePointer<UInt8>, at i: Int, letterBefore: UInt64) {
        let raw = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let ascii = ~raw & Self.highBits
        let seven = raw & ~Self.highBits
        let letters = Self.asciiLetters(raw)
        // ":" (0x3A) comes right after the digits: one range test finds both.
        let digitsAndColons = (seven &+ Self.ones &* (0x80 - 0x30)) & ~(seven &+ Self.ones &* (0x80 - 0x3B)) & ascii
        let leadBytes = raw & (raw << 1) & Self.highBits
        let wordStarts = letters & ~(letters << 8 | letterBefore)
        let dollars = Self.bytes(raw, equalTo: 0x24)
        self.letters = letters
        self.wordStarts = wordStarts
        self.symbols = digitsAndColons | leadBytes | dollars
    }

    /// The high bit of every byte of `raw` (eight bytes) that is an ASCII letter: lower-cased
    /// with its top bit cleared, a letter lies in "a"…"z", tested as two sums that carry into
    /// the top bit of their own byte only.
    @inline(__always)
    static func asciiLetters(_ raw: UInt64) -> UInt64 {
        let ascii = ~raw & highBits
        let lowered = raw & ~highBits | ones &* 0x20
        return (lowered &+ ones &* (0x80 - 0x61)) & ~(lowered &+ ones &* (0x80 - 0x7B)) & ascii
    }

    /// A chunk from its letters and other candidates, with the letter before it as in
    /// ``init(_:at:letterBefore:)``.
    @inline(__always)
    init(letters: UInt64, symbols: UInt64, letterBefore: UInt64) {
        self.letters = letters
        self.wordStarts = letters & ~(letters << 8 | letterBefore)
        self.symbols = symbols
    }

    /// The two chunks of the sixteen bytes at `i`, which must all lie inside the text, classified
    /// at once in one vector register: a third of the instructions of two chunks classified
    /// apart. The lanes are exact (no byte above a match is flagged), which the scanner's
    /// re-check of every flagged byte does not need but does not mind.
    @inline(__always)
    static func pair(_ base: UnsafePointer<UInt8>, at i: Int, letterBefore: UInt64) -> (ByteChunk, ByteChunk) {
        let raw = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
        // Bounds are whole vectors: comparing with a scalar compiles to a loop over the lanes.
        let zero = SIMD16<UInt8>(repeating: 0x30),
            digitsAndColon = SIMD16<UInt8>(repeating: 10), leadByte = SIMD16<UInt8>(repeating: 0xC0),
            dollar = SIMD16<UInt8>(repeating: 0x24)
        let letters = raw.asciiLetterLanes
        // ":" (0x3A) comes right after the digits: one range test finds both.
        let symbols = (raw &- zero .<= digitsAndColon) .| (raw .>= leadByte) .| (raw .== dollar)
        let letterLanes = unsafeBitCast(letters, to: SIMD2<UInt64>.self) & SIMD2(repeating: highBits)
        let symbolLanes = unsafeBitCast(symbols, to: SIMD2<UInt64>.self) & SIMD2(repeating: highBits)
        let first = ByteChunk(letters: letterLanes[0], symbols: symbolLanes[0], letterBefore: letterBefore)
        return (first, ByteChunk(letters: letterLanes[1], symbols: symbolLanes[1], letterBefore: first.letterAtEnd))
    }

    /// The high bit of bytes equal to `value` (and possibly of a byte above one).
    @inline(__always)
    private static func bytes(_ raw: UInt64, equalTo value: UInt8) -> UInt64 {
        let x = raw ^ ones &* UInt64(value)
        return (x &- ones) & ~x & highBits
    }

    /// `0x80` when the last byte of the chunk is an ASCII letter (a word may go on in the next
    /// chunk), else 0: the next chunk's `letterBefore`.
    var letterAtEnd: UInt64 { letters >> 56 }

    /// Whether byte `k` of the chunk is an ASCII letter.
    @inline(__always)
    func isLetter(at k: Int) -> Bool { letters & (0x80 << UInt64(8 * k)) != 0 }

    /// The length of the word of letters that starts at byte `k` of the chunk, or, when it
    /// runs to the chunk's end, minus the number of its letters in the chunk ("at least").
    @inline(__always)
    func wordLength(at k: Int) -> Int {
        let after = ~letters & Self.highBits & ~Self.keepingFirst(k + 1)
        return after != 0 ? (after.trailingZeroBitCount >> 3) - k : k - 8
    }

    /// A mask that keeps the bytes of the chunk before offset `count` (1…8).
    @inline(__always)
    static func keepingFirst(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : count <= 0 ? 0 : (1 << UInt64(8 * count)) &- 1
    }
}
