#if canImport(Glibc)
import Glibc
#endif

/// Small byte-level helpers shared by the scanners, which read UTF-8 bytes rather than
/// `Character`s for speed (SPEC §8). All of them are `@inline(__always)`-cheap.
enum UTF8Bytes {
    /// The offset of the first `byte` in `bytes` at or after `start`, found by the C library's
    /// `memchr` (vectorised; a generic `firstIndex(of:)` reads a byte at a time).
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBytes { raw in
            memchr(raw.baseAddress! + start, Int32(byte), raw.count - start).map { UnsafeRawPointer($0) - raw.baseAddress! }
        }
    }

    /// The offset of the first `byte` in `bytes[start..<end]`, or `end`, by `memchr`.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress else { return end }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// The offset of the first of three bytes in `bytes[start..<end]`, or `end`, for the
    /// scanners that look for a few rare marks (quotation marks, brackets) in long runs of prose.
    static func firstIndex(ofAny a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: UnsafeBufferPointer<UInt8>,
                           from start: Int, to end: Int) -> Int {
        var i = skipChunks(bytes, from: start, to: end) { word in
            lanes(of: word, equalTo: a) | lanes(of: word, equalTo: b) | lanes(of: word, equalTo: c)
        }
        while i < end && bytes[i] != a && bytes[i] != b && bytes[i] != c { i += 1 }
        return i
    }

    /// Where a byte loop should take over from `start`: the first eight-byte chunk for which
    /// `interesting` is not zero, or the last bytes that do not fill a chunk. Prose runs tens of
    /// bytes between the marks the scanners stop at, so testing eight at a time skips most of it.
    @inline(__always)
    static func skipChunks(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                           interesting: (UInt64) -> UInt64) -> Int {
        var i = start
        guard let base = bytes.baseAddress else { return i }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= end, interesting(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) == 0 { i += 8 }
        return i
    }

    /// Non-zero when some byte of `word` is `byte` (the has-zero-byte trick on `word ^ byte…`;
    /// lanes above a match may be flagged too, so only "any" is meaningful).
    @inline(__always)
    static func lanes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// The start of the first whole word at or after `from` that ends by `end` and is spelt
    /// `first` then the bytes of `rest` ("Hawkins" as it is, or "more" for a capitalised
    /// "More"); found by `memchr` on `first`, then compared. A whole word has no ASCII letter
    /// right before or after it.
    static func nextWholeWord(first: UInt8, rest: ByteRange, in bytes: UnsafeBufferPointer<UInt8>,
                              from: Int, to end: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let length = rest.count + 1
        var from = from
        while true {
            let start = firstIndex(of: first, in: bytes, from: from, to: end - length + 1)
            guard start <= end - length else { return nil }
            from = start + 1
            let wordEnd = start + length
            guard memcmp(base + start + 1, base + rest.lowerBound, rest.count) == 0,
                  start == 0 || !isASCIILetter(bytes[start - 1]),
                  wordEnd == bytes.count || !isASCIILetter(bytes[wordEnd]) else { continue }
            return start
        }
    }

    @inline(__always) static func isASCIILower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
    /// ASCII space or tab (the blanks inside a line), or the newline inside a wrapped line.
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A }

    /// Decodes the scalar whose first byte is at `i`, returning it and its length in bytes.
    ///
    /// The bytes are known to be valid UTF-8 (documents are validated on load).
    @inline(__always)
    static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 {
            let v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0 {
            let v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        let v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
    }

    /// Offset of the first byte of the scalar that ends just before `i`.
    @inline(__always)
    static func previousScalarStart(before i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i - 1
        while j > 0 && isContinuation(bytes[j]) { j -= 1 }
        return j
    }

    /// Whether `bytes` open with UTF-8's byte-order mark, EF BB BF, which readers of a file or
    /// a line skip (or, in JSON, refuse).
    @inline(__always)
    static func startsWithByteOrderMark(_ bytes: some Collection<UInt8>) -> Bool {
        var byte = bytes.makeIterator()
        return byte.next() == 0xEF && byte.next() == 0xBB && byte.next() == 0xBF
    }

    /// Whether the three bytes at `i` are `b0 b1 b2` (bounds-checked against `end`).
    @inline(__always)
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, _ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        i + 2 < end && bytes[i] == b0 && bytes[i + 1] == b1 && bytes[i + 2] == b2
    }

    /// Whether the ranges `a` and `b` of `bytes` hold the same bytes: "Hawkins" twice, not
    /// "hawkins".
    static func sameBytes(_ a: ByteRange, _ b: ByteRange, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { bytes[$0] == bytes[$1] }
    }

    /// Packs up to eight bytes, lower-cased, into one integer: an allocation-free key for
    /// looking short words up in a `Set<UInt64>`. Returns `nil` for longer words.
    @inline(__always)
    static func packedLowercaseKey(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64? {
        let length = end - start
        guard length > 0 && length <= 8 else { return nil }
        var key: UInt64 = 0
        for i in start..<end {
            var b = bytes[i]
            if isASCIIUpper(b) { b |= 0x20 }
            key = key << 8 | UInt64(b)
        }
        return key
    }

    /// The same key for a Swift string literal, to build lookup tables.
    static func packedLowercaseKey(_ word: String) -> UInt64 {
        let bytes = Array(word.lowercased().utf8)
        precondition(!bytes.isEmpty && bytes.count <= 8, "key words are 1 to 8 bytes: \(word)")
        return bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
