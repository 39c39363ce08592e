/// Decodes the escapes of a JSON string (`\n`, `\u00e9`, surrogate pairs `\uD83D\uDE00`), for
/// the validator's ``JSONParser`` and the batch line reader.
///
/// Only strings that contain a backslash come here; the rest are taken as they are.
enum JSONEscapes {
    /// A bad escape, at a byte offset of the file.
    struct Failure: Error {
        let offset: Int
        let message: String
        var fix: String?
    }

    /// The text of the string body `range` of `bytes` (between its quotes).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(Failure) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        try decode(bytes, range, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of the string body `range` of `bytes` (between its quotes) to
    /// `out`, copying the runs between escapes whole.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) throws(Failure) {
        var i = range.lowerBound
        while i < range.upperBound {
            let runEnd = UTF8Bytes.firstIndex(of: UInt8(ascii: "\\"), in: bytes, from: i, to: range.upperBound)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<runEnd]))
            i = runEnd
            guard i < range.upperBound else { return }
            // An unescaped quote ends the string, so a backslash is always followed by a byte of it.
            if let byte = shortEscape(bytes[i + 1]) {
                out.append(byte)
                i += 2
            } else if bytes[i + 1] == UInt8(ascii: "u") {
                let (scalar, length) = try unicodeEscape(bytes, at: i, end: range.upperBound)
                UTF8.encode(scalar) { out.append($0) }
                i += length
            } else {
                throw Failure(offset: i, message: "an unknown escape in a string", fix: "escape a backslash as \\\\")
            }
        }
    }

    /// The first byte of `bytes[start..<end]` that a JSON string cannot hold as it is (a
    /// quotation mark, a backslash or a control character below U+0020), or `end`. Strings
    /// mostly hold none, so sixteen bytes are tested at a time (a handful of SSE2 instructions:
    /// the batch writer and reader pass every byte of every article through here), then eight,
    /// then the last few one by one.
    static func firstSpecialByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var i = start
        while i + 16 <= end, !hasSpecialByte(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)) { i += 16 }
        if i + 8 <= end, !hasSpecialByte(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        while i < end && !isSpecial(bytes[i]) { i += 1 }
        return i
    }

    /// Whether one of the sixteen bytes ``isSpecial(_:)``. The bounds are whole vectors, not
    /// scalars: comparing with a scalar compiles to a loop over the lanes. The lanes found are
    /// tested as two words or-ed together: `any(_:)` compiles to a chain of shuffles and
    /// minimums over the lanes, several times the instructions of the test itself.
    @inline(__always)
    static func hasSpecialByte(_ chunk: SIMD16<UInt8>) -> Bool {
        let words = specialLanes(chunk)
        return words[0] | words[1] != 0
    }

    /// Copies sixteen bytes at a time from `source` at `i` to `target` at `n`, moving both on,
    /// while sixteen are left before `end`, up to the first byte that ``isSpecial(_:)``. Each
    /// chunk is stored whole and only its bytes before a special one are kept (the rest are
    /// written over next), so the run is never gone over again byte by byte; the target needs
    /// room for sixteen bytes past what is kept. Returns whether a special byte stopped the
    /// copy; if not, fewer than sixteen bytes are left.
    @inline(__always)
    static func copyPlainChunks(from source: UnsafeRawPointer, _ i: inout Int, end: Int,
                                to target: UnsafeMutableRawPointer, _ n: inout Int) -> Bool {
        var unused = SIMD16<UInt8>()
        return copyPlainChunks(from: source, &i, end: end, to: target, &n, oringInto: &unused)
    }

    /// ``copyPlainChunks(from:_:end:to:_:)``, also or-ing every chunk it reads into `readBytes`
    /// (whole chunks, so bytes from a stopping chunk's special byte on as well): a caller learns
    /// whether any byte copied had its top bit set, a text's non-ASCII, with no pass of its own.
    @inline(__always)
    static func copyPlainChunks(from source: UnsafeRawPointer, _ i: inout Int, end: Int,
                                to target: UnsafeMutableRawPointer, _ n: inout Int,
                                oringInto readBytes: inout SIMD16<UInt8>) -> Bool {
        while i &+ 16 <= end {
            let chunk = source.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            target.storeBytes(of: chunk, toByteOffset: n, as: SIMD16<UInt8>.self)
            readBytes |= chunk
            guard hasSpecialByte(chunk) else {
                i &+= 16
                n &+= 16
                continue
            }
            let plain = plainPrefixCount(chunk)
            i &+= plain
            n &+= plain
            return true
        }
        return false
    }

    /// How many of the sixteen bytes come before the first that ``isSpecial(_:)``: 16 when
    /// none does. Lets a copy that stored the whole chunk keep just its plain bytes.
    @inline(__always)
    static func plainPrefixCount(_ chunk: SIMD16<UInt8>) -> Int {
        let words = specialLanes(chunk)
        return words[0] != 0 ? words[0].trailingZeroBitCount / 8 : 8 + words[1].trailingZeroBitCount / 8
    }

    /// All ones in the byte lanes of `chunk` that ``isSpecial(_:)``, as two words (lanes 0 to 7
    /// in the low bytes of the first).
    @inline(__always)
    private static func specialLanes(_ chunk: SIMD16<UInt8>) -> SIMD2<UInt64> {
        let space = SIMD16<UInt8>(repeating: 0x20), quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\"")),
            backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        let special = (chunk .< space) .| (chunk .== quote) .| (chunk .== backslash)
        return unsafeBitCast(special, to: SIMD2<UInt64>.self)
    }

    /// Whether one of the eight bytes of `word` ``isSpecial(_:)``.
    @inline(__always)
    static func hasSpecialByte(_ word: UInt64) -> Bool {
        // The high bit of a lane is set where the byte is below 0x20 (lanes above such a byte
        // may be flagged too, which does not matter for "any").
        let control = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
        return control | UTF8Bytes.lanes(of: word, equalTo: UInt8(ascii: "\"")) | UTF8Bytes.lanes(of: word, equalTo: UInt8(ascii: "\\")) != 0
    }

    /// The byte that the escape `\` `letter` stands for, for every escape but `\u`; nil for
    /// `u` and for letters that make no escape.
    @inline(__always)
    static func shortEscape(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// Whether `byte` must be escaped in a JSON string (no byte of multi-byte UTF-8 is).
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, at `i`: the scalar and the bytes used.
    private static func unicodeEscape(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) throws(Failure) -> (Unicode.Scalar, Int) {
        guard let high = hex4(bytes, at: i + 2, end: end) else {
            throw Failure(offset: i, message: "\\u must be followed by four hex digits")
        }
        if (0xD800...0xDBFF).contains(high) {
            guard i + 7 < end, bytes[i + 6] == UInt8(ascii: "\\"), bytes[i + 7] == UInt8(ascii: "u"),
                  let low = hex4(bytes, at: i + 8, end: end), (0xDC00...0xDFFF).contains(low) else {
                throw Failure(offset: i, message: "a lone UTF-16 surrogate escape (\\u\(String(high, radix: 16, uppercase: true)))",
                              fix: "write the character itself, or both halves of its surrogate pair")
            }
            return (Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!, 12)
        }
        guard let scalar = Unicode.Scalar(high) else {
            throw Failure(offset: i, message: "a lone UTF-16 surrogate escape (\\u\(String(high, radix: 16, uppercase: true)))",
                              fix: "write the character itself, or both halves of its surrogate pair")
        }
        return (scalar, 6)
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> UInt32? {
        guard i + 4 <= end else { return nil }
        var value: UInt32 = 0
        for k in i..<(i + 4) {
            let byte = bytes[k]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
