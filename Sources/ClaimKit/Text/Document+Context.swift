/// The text around a span: the prefix and suffix of a TextQuoteSelector, which claims,
/// re-anchoring and the exports all store.
extension Document {
    /// Up to `length` code points before `span` (a TextQuoteSelector's prefix).
    func prefix(before span: TextSpan, length: Int = Claim.contextLength) -> String {
        prefix(beforeByte: scalars.byteOffset(ofScalar: min(span.start, self.length)), length: length)
    }

    /// Up to `length` code points after `span` (a TextQuoteSelector's suffix).
    func suffix(after span: TextSpan, length: Int = Claim.contextLength) -> String {
        suffix(afterByte: scalars.byteOffset(ofScalar: min(span.end, self.length)), length: length)
    }

    /// Up to `length` code points ending at byte `end`, found by stepping back over the bytes
    /// (every byte that is not a continuation byte starts a code point), so that the
    /// extractor, which knows byte offsets, pays nothing for a scalar-offset lookup.
    func prefix(beforeByte end: Int, length: Int = Claim.contextLength) -> String {
        text(ofBytes: prefixBytes(beforeByte: end, length: length))
    }

    /// Up to `length` code points starting at byte `start`.
    func suffix(afterByte start: Int, length: Int = Claim.contextLength) -> String {
        text(ofBytes: suffixBytes(afterByte: start, length: length))
    }

    /// The bytes of ``prefix(beforeByte:length:)``.
    func prefixBytes(beforeByte end: Int, length: Int = Claim.contextLength) -> ByteRange {
        // In ASCII text, the common case, `length` bytes are `length` code points.
        if end >= length && isASCII(from: end - length, to: end) { return (end - length)..<end }
        var start = end, counted = 0
        while start > 0 && counted < length {
            start -= 1
            if !UTF8Bytes.isContinuation(utf8[start]) { counted += 1 }
        }
        return start..<end
    }

    /// The bytes of ``suffix(afterByte:length:)``.
    func suffixBytes(afterByte start: Int, length: Int = Claim.contextLength) -> ByteRange {
        if start + length <= utf8.count && isASCII(from: start, to: start + length) { return start..<(start + length) }
        var end = start, counted = 0
        while end < utf8.count && counted < length {
            end += 1
            while end < utf8.count && UTF8Bytes.isContinuation(utf8[end]) { end += 1 }
            counted += 1
        }
        return start..<end
    }

    /// Whether `utf8[start..<end]` is all ASCII, tested eight bytes at a time.
    private func isASCII(from start: Int, to end: Int) -> Bool {
        utf8.withUnsafeBufferPointer { bytes in
            let rest = UTF8Bytes.skipChunks(bytes, from: start, to: end) { $0 & 0x8080_8080_8080_8080 }
            return bytes[rest..<end].allSatisfy { $0 < 0x80 }
        }
    }

    /// Whether `span` lies inside the text.
    func contains(_ span: TextSpan) -> Bool {
        span.end <= length
    }
}
