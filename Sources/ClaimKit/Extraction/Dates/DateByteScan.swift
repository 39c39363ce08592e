/// Word-at-a-time helpers for the two loops that touch every byte (the trigger test and the
/// tokenizer): eight bytes are tested in a few integer operations instead of one by one (SPEC
/// §8). Both assume a little-endian machine, as every Swift platform is.
enum DateByteScan {
    private static var ones: UInt64 { 0x0101_0101_0101_0101 }
    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// The end of the run of ASCII lower-case letters that starts at `i` (`i` itself if none).
    @inline(__always)
    static func lowercaseRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
        var j = i
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while j &+ 8 <= end {
            let word = base.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            // Per byte, with the top bit cleared so that no addition carries into the next byte:
            // x + 0x1F reaches 0x80 when x >= 0x61 ("a"); x + 0x05 reaches 0x80 when x >= 0x7B.
            let low7 = word & ~highBits
            let atLeastA = low7 &+ 0x1F &* ones
            let pastZ = low7 &+ 0x05 &* ones
            let lowercase = atLeastA & ~pastZ & ~word & highBits
            let other = ~lowercase & highBits
            if other != 0 { return j &+ other.trailingZeroBitCount &>> 3 }
            j &+= 8
        }
        while j < end && UTF8Bytes.isASCIILower(bytes[j]) { j += 1 }
        return j
    }

    /// The ASCII word `bytes[start..<start + length]` (length 1–8), lower-cased and packed with
    /// its first byte highest: the key of ``DateLexicon/Table/lookup(key:)``.
    @inline(__always)
    static func packedLowercaseKey(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int, end: Int) -> UInt64 {
        if start + 8 <= end {
            let word = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: start, as: UInt64.self)
            let shift = UInt64(8 * (8 - length))
            return ((word | 0x20 &* ones).byteSwapped) >> shift
        }
        var key: UInt64 = 0
        for k in start..<(start + length) { key = key << 8 | UInt64(bytes[k] | 0x20) }
        return key
    }
}
