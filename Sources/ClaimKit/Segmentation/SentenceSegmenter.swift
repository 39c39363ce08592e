/// Splits canonical text into sentence spans (SPEC §2).
///
/// One pass over the UTF-8 bytes, line by line. Every line is at least one segment: news
/// extractions put headlines, headings, list items and navigation debris on lines of their
/// own, often with no final punctuation. Inside a line, a sentence ends at `.`, `!`, `?`, an
/// ellipsis or CJK sentence punctuation, unless the context says otherwise (abbreviations,
/// initials, decimals, URLs, quotations that go on); see ``LineSegmenter``.
public struct SentenceSegmenter: Sendable {
    public init() {}

    /// The sentence spans of `document`, in code points, in text order.
    public func segment(_ document: Document) -> [TextSpan] {
        let ranges = document.utf8.withUnsafeBufferPointer { byteRanges(in: $0) }
        return document.scalars.spans(ofSortedByteRanges: ranges)
    }

    /// The sentence spans of `text`, in code points.
    public func segment(_ text: String) -> [TextSpan] {
        segment(Document(text: text))
    }

    /// The sentences as UTF-8 byte ranges of `bytes`, in order; the form the other scanners use.
    ///
    /// - Complexity: O(n) in the byte count.
    public func byteRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [ByteRange] {
        var ranges: [ByteRange] = []
        ranges.reserveCapacity(bytes.count / 80 + 1)
        var lineStart = 0
        let count = bytes.count
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            LineSegmenter.segmentLine(bytes, from: lineStart, to: lineEnd, into: &ranges)
            lineStart = lineEnd + 1
        }
        return ranges
    }
}

extension ScalarIndex {
    /// Converts byte ranges sorted by start to scalar spans, walking the text once.
    ///
    /// - Complexity: O(n + k) for n bytes and k ranges.
    public func spans(ofSortedByteRanges ranges: [ByteRange]) -> [TextSpan] {
        guard let first = ranges.first else { return [] }
        var spans: [TextSpan] = []
        spans.reserveCapacity(ranges.count)
        var position = first.lowerBound
        var scalarsSoFar = scalarOffset(ofByte: position)
        return withUTF8 { bytes in
            @inline(__always) func advance(to target: Int) -> Int {
                while position < target {
                    if bytes[position] & 0xC0 != 0x80 { scalarsSoFar += 1 }
                    position += 1
                }
                return scalarsSoFar
            }
            for range in ranges {
                let start = range.lowerBound >= position ? advance(to: range.lowerBound) : scalarOffset(ofByte: range.lowerBound)
                let end = range.upperBound >= position ? advance(to: range.upperBound) : scalarOffset(ofByte: range.upperBound)
                spans.append(TextSpan(start: start, end: end))
            }
            return spans
        }
    }
}
