/// Checks bytes for well-formed UTF-8 and reports where they are not.
///
/// Swift's own `String(validating:)` says only *whether* bytes are valid; a fact-checker needs
/// to know *where* a file is broken (SPEC §1), so this follows the well-formed byte sequences of
/// Unicode 15, table 3-7, and returns the offset of the first byte of the first bad sequence.
enum UTF8Validation {
    /// The offset of the first ill-formed sequence, or `nil` when all of `bytes` is valid.
    ///
    /// - Complexity: O(n), ASCII read eight bytes at a time.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var i = 0
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                // Most text is ASCII: step over it thirty-two bytes at a time (four words tested
                // at once), then eight, up to the next chunk holding a byte with its high bit set.
                i = skipASCII(bytes, from: i + 1, to: count)
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F   // no UTF-16 surrogates
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F   // nothing above U+10FFFF
            default: return i
            }
            guard i + length <= count else { return i }
            let second = bytes[i + 1]
            guard second >= low && second <= high else { return i }
            var k = 2
            while k < length {
                guard bytes[i + k] & 0xC0 == 0x80 else { return i }
                k += 1
            }
            i += length
        }
        return nil
    }

    /// Where the ASCII run from `start` may end: the first thirty-two- or eight-byte chunk
    /// holding a byte with its high bit set, or the last bytes that do not fill a chunk.
    private static func skipASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var i = start
        while i &+ 32 <= end {
            let words = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: i &+ 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i &+ 24, as: UInt64.self)
            if words & 0x8080_8080_8080_8080 != 0 { break }
            i &+= 32
        }
        return UTF8Bytes.skipChunks(bytes, from: i, to: end) { $0 & 0x8080_8080_8080_8080 }
    }
}
