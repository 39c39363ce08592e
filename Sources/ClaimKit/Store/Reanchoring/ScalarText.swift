/// A text as an array of Unicode scalar values.
///
/// Re-anchoring compares, searches and slices by code point (the unit of every span, SPEC §1),
/// so the text is decoded once into one `UInt32` per code point: an offset is then an index and
/// a comparison is one integer compare, with no `String.Index` arithmetic.
struct ScalarText {
    let scalars: [UInt32]

    var count: Int { scalars.count }

    /// Decodes a document's UTF-8 bytes (already validated on load).
    init(_ document: Document) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(document.length)
        document.utf8.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                let (scalar, width) = UTF8Bytes.scalar(at: i, in: bytes)
                scalars.append(scalar.value)
                i += width
            }
        }
        self.scalars = scalars
    }

    init(_ string: String) {
        scalars = string.unicodeScalars.map(\.value)
    }

    subscript(range: Range<Int>) -> ArraySlice<UInt32> { scalars[range] }

    /// The `length` code points before `position` (fewer at the start of the text).
    func before(_ position: Int, length: Int) -> ArraySlice<UInt32> {
        scalars[max(0, position - length)..<position]
    }

    /// The `length` code points after `position` (fewer at the end of the text).
    func after(_ position: Int, length: Int) -> ArraySlice<UInt32> {
        scalars[position..<min(count, position + length)]
    }

    /// Whether the code point at `i` is white space (ASCII fast path).
    func isSpace(at i: Int) -> Bool {
        Self.isSpace(scalars[i])
    }

    /// Whether the code point at `i` is part of a word: a letter or a digit in any script.
    func isWordScalar(at i: Int) -> Bool {
        Self.isWordScalar(scalars[i])
    }

    static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }

    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The token boundary nearest to `target` (within `slack`) where a span may start: at the
    /// text start or just after white space, on a non-space. `target` itself when none is near,
    /// as in scripts written without spaces.
    func tokenStart(near target: Int, slack: Int) -> Int {
        nearest(to: target, slack: slack) { i in
            i < count && !isSpace(at: i) && (i == 0 || isSpace(at: i - 1))
        }
    }

    /// The token boundary nearest to `target` (within `slack`) where a span may end: at the
    /// text end or just before white space, after a non-space.
    func tokenEnd(near target: Int, slack: Int) -> Int {
        nearest(to: target, slack: slack) { i in
            i > 0 && !isSpace(at: i - 1) && (i == count || isSpace(at: i))
        }
    }

    private func nearest(to target: Int, slack: Int, where isBoundary: (Int) -> Bool) -> Int {
        let target = min(max(target, 0), count)
        for distance in 0...slack {
            if target - distance >= 0 && isBoundary(target - distance) { return target - distance }
            if target + distance <= count && isBoundary(target + distance) { return target + distance }
        }
        return target
    }
}
