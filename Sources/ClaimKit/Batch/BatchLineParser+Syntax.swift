/// The JSON grammar under ``BatchLineParser``: whitespace, strings, object and array
/// punctuation, and values skipped but still checked.
extension BatchLineParser {
    /// A string found in the line, not yet decoded.
    struct StringToken {
        /// Offset of the opening quote.
        let open: Int
        /// The bytes between the quotes.
        let body: Range<Int>
        /// Whether the body holds a backslash, so it must be decoded, not copied.
        let hasEscapes: Bool
    }

    /// The byte at `offset`, nil at the end of the line.
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
    }

    /// An invalid-JSON error at byte offset `position`.
    func invalid(_ message: String, at position: Int) -> BatchLineError {
        BatchLineError("invalid JSON at column \(position + 1): \(message)")
    }

    /// An error for finding something else at `offset` where `expected` should be.
    func unexpected(_ expected: String) -> BatchLineError {
        invalid("expected \(expected), found \(described(at: offset))", at: offset)
    }

    // MARK: - Objects and arrays

    /// Steps to the next member of the object being read, just after its `:`; returns its key,
    /// or nil past the closing `}`. `isFirst` is true at the opening brace.
    mutating func nextKey(isFirst: inout Bool) throws(BatchLineError) -> StringToken? {
        guard try stepToNextItem(closing: UInt8(ascii: "}"), isFirst: &isFirst) else { return nil }
        guard current == UInt8(ascii: "\"") else { throw unexpected("a key in double quotes") }
        let key = try scanString()
        skipWhitespace()
        guard current == UInt8(ascii: ":") else { throw unexpected("':' after the key") }
        offset += 1
        skipWhitespace()
        return key
    }

    /// Steps to the next element of the array being read; false past the closing `]`.
    mutating func nextElement(isFirst: inout Bool) throws(BatchLineError) -> Bool {
        try stepToNextItem(closing: UInt8(ascii: "]"), isFirst: &isFirst)
    }

    /// Steps past the comma before the next item of an object or array, to its first byte;
    /// false past the `closing` bracket instead. `isFirst` is true right after the opening one.
    private mutating func stepToNextItem(closing: UInt8, isFirst: inout Bool) throws(BatchLineError) -> Bool {
        skipWhitespace()
        if current == closing {
            offset += 1
            return false
        }
        if isFirst {
            isFirst = false
        } else {
            guard current == UInt8(ascii: ",") else { throw unexpected("',' or '\(Character(Unicode.Scalar(closing)))'") }
            offset += 1
            skipWhitespace()
        }
        return true
    }

    // MARK: - Values

    /// Reads past the value at `offset`, checking that it is JSON; `depth` counts the
    /// containers it is in.
    mutating func skipValue(depth: Int) throws(BatchLineError) {
        guard depth <= Self.maximumDepth else { throw invalid("more than \(Self.maximumDepth) nested objects and arrays", at: offset) }
        guard let byte = current else { throw unexpected("a value") }
        switch byte {
        case UInt8(ascii: "{"):
            offset += 1
            var isFirst = true
            while let key = try nextKey(isFirst: &isFirst) {
                try checkEscapes(key)
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            offset += 1
            var isFirst = true
            while try nextElement(isFirst: &isFirst) { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""):
            try checkEscapes(try scanString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try skipNumber()
        default:
            guard skipLiteral("true") || skipLiteral("false") || skipLiteral("null") else { throw unexpected("a value") }
        }
    }

    /// Reads past the string at `offset` (its opening quote), finding where it ends.
    mutating func scanString() throws(BatchLineError) -> StringToken {
        let open = offset
        var i = open + 1
        var hasEscapes = false
        while true {
            i = JSONEscapes.firstSpecialByte(in: bytes, from: i, to: bytes.count)
            guard i < bytes.count else { break }
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                offset = i + 1
                return StringToken(open: open, body: (open + 1)..<i, hasEscapes: hasEscapes)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                i += 2   // the escaped byte cannot end the string
                continue
            }
            if byte < 0x20 {
                throw invalid("control character \(Self.hex(byte)) in a string; escape it (\\n, \\t, \\u001F…)", at: i)
            }
        }
        throw invalid("unterminated string (the line ends before its closing quote)", at: open)
    }

    /// A string decoded by ``decodedInOnePass()``, with what the pass learnt of it on the way.
    struct OnePassString {
        var bytes: [UInt8]
        /// The bytes between the quotes in the line.
        var body: Range<Int>
        /// Whether every byte of the body is ASCII. Decided from the chunks as they were read,
        /// which may reach past the closing quote, so a false is not sure; a true is.
        var isASCII: Bool
        /// Whether the decoded bytes hold no carriage return (none comes but from `\r`; and
        /// none holds NUL, which only `\u0000` could make).
        var hasNoCarriageReturn: Bool
    }

    /// The decoded bytes of the string at `offset` (its opening quote), with `offset` moved past
    /// it: found and decoded in one pass, the runs between escapes copied sixteen bytes at a time
    /// as they are tested, instead of finding the string's end first (``scanString()``) and
    /// going over it again to copy it (``decoded(_:)``). The same pass notes whether the
    /// bytes read were all ASCII (an or of the chunks), so that an article's text need not be
    /// checked for UTF-8 nor counted for its scalars again. Nil, with `offset` unchanged, for a
    /// string this pass leaves to those two: one with a `\u` escape, or anything wrong (an
    /// unknown escape, a control character, no closing quote), whose error they then report as
    /// they always have.
    mutating func decodedInOnePass() -> OnePassString? {
        guard let base = bytes.baseAddress else { return nil }
        let source = UnsafeRawPointer(base)
        let end = bytes.count
        var i = offset + 1
        var closingQuote: Int?
        var orOfBytesRead = SIMD16<UInt8>()   // its top bits tell whether all were ASCII
        var hasNoCarriageReturn = true
        // The decoded string is no longer than the rest of the line, which is the capacity: a
        // sixteen-byte store at `n` is made only while sixteen bytes are left to read at `i`,
        // and `n` never passes `i` minus the opening quote, so every store stays inside it.
        let decoded = [UInt8](unsafeUninitializedCapacity: end - i) { buffer, count in
            let target = UnsafeMutableRawPointer(buffer.baseAddress!)
            var n = 0
            while true {
                _ = JSONEscapes.copyPlainChunks(from: source, &i, end: end, to: target, &n, oringInto: &orOfBytesRead)
                while i < end && !JSONEscapes.isSpecial(base[i]) {
                    orOfBytesRead[0] |= base[i]
                    target.storeBytes(of: base[i], toByteOffset: n, as: UInt8.self)
                    i += 1
                    n += 1
                }
                guard i < end else { break }
                if base[i] == UInt8(ascii: "\"") {
                    closingQuote = i
                    break
                }
                guard base[i] == UInt8(ascii: "\\"), i + 1 < end, let unescaped = JSONEscapes.shortEscape(base[i + 1]) else { break }
                if unescaped == 0x0D { hasNoCarriageReturn = false }
                target.storeBytes(of: unescaped, toByteOffset: n, as: UInt8.self)
                i += 2
                n += 1
            }
            count = n
        }
        guard let closingQuote else { return nil }
        let body = (offset + 1)..<closingQuote
        offset = closingQuote + 1
        let words = unsafeBitCast(orOfBytesRead, to: SIMD2<UInt64>.self)
        return OnePassString(bytes: decoded, body: body, isASCII: (words[0] | words[1]) & 0x8080_8080_8080_8080 == 0,
                             hasNoCarriageReturn: hasNoCarriageReturn)
    }

    /// The UTF-8 bytes `token` stands for, its escapes decoded.
    func decoded(_ token: StringToken) throws(BatchLineError) -> [UInt8] {
        guard token.hasEscapes else { return Array(UnsafeBufferPointer(rebasing: bytes[token.body])) }
        var out: [UInt8] = []
        out.reserveCapacity(token.body.count)
        do {
            try JSONEscapes.decode(bytes, token.body, into: &out)
        } catch {
            throw invalid(error.message + (error.fix.map { "; \($0)" } ?? ""), at: error.offset)
        }
        return out
    }

    /// Checks the escapes of a string that is skipped, not used.
    func checkEscapes(_ token: StringToken) throws(BatchLineError) {
        if token.hasEscapes { _ = try decoded(token) }
    }

    /// The text `token` stands for.
    func decodedString(_ token: StringToken) throws(BatchLineError) -> String {
        guard token.hasEscapes else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[token.body]), as: UTF8.self) }
        return String(decoding: try decoded(token), as: UTF8.self)
    }

    /// Reads past `literal` if it is at `offset`.
    mutating func skipLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count,
              UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)])
                .elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: count)) else { return false }
        offset += count
        return true
    }

    /// Reads past the number at `offset`: `-`, integer part without leading zeros, optional
    /// fraction and exponent.
    mutating func skipNumber() throws(BatchLineError) {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        if current == UInt8(ascii: "0") {
            offset += 1
        } else if !skipDigits() {
            throw invalid("malformed number", at: start)
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            guard skipDigits() else { throw invalid("malformed number (no digit after '.')", at: start) }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard skipDigits() else { throw invalid("malformed number (no digit in the exponent)", at: start) }
        }
    }

    /// Reads past a run of decimal digits; false if there is none.
    private mutating func skipDigits() -> Bool {
        let start = offset
        while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { offset += 1 }
        return offset > start
    }

    // MARK: - Messages

    /// `byte` as a message shows it: `0x09`.
    static func hex(_ byte: UInt8) -> String {
        (byte < 0x10 ? "0x0" : "0x") + String(byte, radix: 16, uppercase: true)
    }

    /// What is at `position`, for a message: "an array", "a number", "'x'", "the end of the line".
    func described(at position: Int) -> String {
        guard position < bytes.count else { return "the end of the line" }
        switch bytes[position] {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        default:
            for literal in ["true", "false", "null"] where bytes[position...].starts(with: literal.utf8) { return literal }
            // the line is valid UTF-8: show the whole character starting here
            var end = position + 1
            while end < bytes.count && UTF8Bytes.isContinuation(bytes[end]) { end += 1 }
            return "'\(String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self))'"
        }
    }
}
