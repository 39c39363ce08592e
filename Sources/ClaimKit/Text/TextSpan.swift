/// A stretch of a document's canonical text.
///
/// Offsets are **Unicode scalar (code point) offsets, 0-based, end-exclusive** (SPEC §1), the
/// unit of the W3C TextPositionSelector, brat standoff files and Python `str` slicing, so a user
/// can check any span with `text[start:end]`. Never UTF-16 units, graphemes or bytes.
public struct TextSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Offset of the first code point in the span.
    public let start: Int
    /// Offset one past the last code point in the span.
    public let end: Int

    /// Creates a span; `start` must not exceed `end` and neither may be negative.
    public init(start: Int, end: Int) {
        precondition(start >= 0 && start <= end, "invalid span \(start)..<\(end)")
        self.start = start
        self.end = end
    }

    /// Number of code points covered.
    public var length: Int { end - start }

    public var isEmpty: Bool { start == end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    /// Whether the two spans share at least one code point.
    public func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "[\(start), \(end))" }

    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(Int.self, forKey: .start)
        let end = try container.decode(Int.self, forKey: .end)
        guard start >= 0, start <= end else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "span needs 0 <= start <= end, got start \(start), end \(end)"))
        }
        self.init(start: start, end: end)
    }
}

/// A stretch of UTF-8 bytes of the canonical text, used inside the byte-level scanners.
///
/// Byte ranges never leave the library: they are converted to ``TextSpan`` through
/// ``ScalarIndex`` before anything is reported.
public typealias ByteRange = Range<Int>
