/// The first letters and lengths of the words of a list, to pass over a word that cannot be
/// one of them without reading it to its end or looking it up ("the" is not "thr…" or "thi…",
/// "have" is not "hal…").
///
/// A letter's low five bits are its place in the alphabet (1…26) in either case, so the first
/// two bytes of a word index the table directly: `32 × first + second`, where `second` is 0
/// when the byte after the first letter is no letter (a one-letter word). An entry is 0 when no
/// word of the list starts with that pair; otherwise it holds the third letters the words go
/// on with (bit `third & 31`; bit 0 for a word that ends after two letters) and the words'
/// lengths (bit `32 + length`).
///
/// The table is kept in a buffer that lives as long as the program (see ``PackedWordTable``):
/// the number scanner reads it at nearly every word start. It is stored with a row of 256
/// entries for every first letter, indexed by the second byte as it is (every byte that is no
/// letter holds the entry for 0, every letter the entry for its place in the alphabet), so
/// that a word start costs one load rather than two.
struct WordStartFilter: @unchecked Sendable {
    private let entries: UnsafeBufferPointer<UInt64>
    /// For every byte, its place in the alphabet (1…26) if it is an ASCII letter, else 0: one
    /// load instead of a range test and a choice, at nearly every word.
    private let letterOrdinals: UnsafeBufferPointer<UInt8>

    /// - Parameter words: lower-case ASCII words of up to 31 letters.
    init(_ words: [String]) {
        var buffer = [UInt64](repeating: 0, count: 32 * 32)
        for word in words {
            let bytes = Array(word.utf8)
            precondition(!bytes.isEmpty && bytes.count < 32 && bytes.allSatisfy(UTF8Bytes.isASCIILower))
            let second = bytes.count > 1 ? Int(bytes[1] & 31) : 0
            // After a single letter there is no third to tell words apart: any passes.
            let thirds: UInt64 = bytes.count == 1 ? 0xFFFF_FFFF : bytes.count == 2 ? 1 : 1 << UInt64(bytes[2] & 31)
            buffer[Int(bytes[0] & 31) * 32 + second] |= thirds | 1 << UInt64(32 + bytes.count)
        }
        let ordinals = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
        for b in 0...255 { ordinals[b] = UTF8Bytes.isASCIILetter(UInt8(b)) ? UInt8(b) & 31 : 0 }
        letterOrdinals = UnsafeBufferPointer(ordinals)
        let rows = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 32 * 256)
        for first in 0..<32 {
            for next in 0..<256 { rows[first << 8 | next] = buffer[first << 5 | Int(ordinals[next])] }
        }
        entries = UnsafeBufferPointer(rows)
    }

    /// The entry for a word whose first letter is the ASCII letter `first`, followed by `next`
    /// (any byte; 0 past the end of the text). 0 for most words: none of the list starts so.
    @inline(__always)
    func entry(first: UInt8, next: UInt8) -> UInt64 {
        entries[Int(first & 31) &<< 8 | Int(next)]
    }

    /// Whether a word of the list can go on with `third` (any byte; 0 past the end of the text)
    /// after the two letters that gave `entry`.
    @inline(__always)
    func allows(_ entry: UInt64, third: UInt8) -> Bool {
        entry & (1 << UInt64(letterOrdinals[Int(third)])) != 0
    }

    /// Whether a word of the list with the first letters that gave `entry` has `length` letters;
    /// a negative length `-n` means "at least n" (a word that runs on past what was looked at).
    @inline(__always)
    static func allows(_ entry: UInt64, length: Int) -> Bool {
        let lengths = entry >> 32
        return (length > 0 ? lengths & (1 << UInt64(min(length, 31))) : lengths >> UInt64(-length)) != 0
    }
}
