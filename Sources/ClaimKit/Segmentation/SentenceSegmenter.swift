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
        // Each line's end is found once: the end of the line after the current one, looked for
        // to see whether the sentence runs on, is where that line ends when it is read next.
        var lineEnd = Self.endOfLine(bytes, from: 0)
        while lineStart < count {
            var nextEnd = Self.endOfLine(bytes, from: lineEnd + 1)
            while lineEnd < count,
                  Self.continuesOnNextLine(bytes, line: lineStart..<lineEnd, next: (lineEnd + 1)..<nextEnd) {
                lineEnd = nextEnd
                nextEnd = Self.endOfLine(bytes, from: lineEnd + 1)
            }
            LineSegmenter.segmentLine(bytes, from: lineStart, to: lineEnd, into: &ranges)
            lineStart = lineEnd + 1
            lineEnd = nextEnd
        }
        return ranges
    }

    /// The offset of the first newline from `start`, or the byte count (also when `start` is
    /// past the end).
    private static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        UTF8Bytes.firstIndex(of: 0x0A, in: bytes, from: min(start, bytes.count), to: bytes.count)
    }

    /// Whether a sentence was wrapped onto the next line ("range from China's\neconomic power").
    ///
    /// Newlines are boundaries in news text, so this needs strong evidence: the line stops
    /// mid-sentence (on a letter, digit or comma), the next line goes on in lower case and is no
    /// list item, and one of the two is long enough to be prose rather than a list of short
    /// lower-case lines ("features\ncontact manager\nevents, activities").
    static func continuesOnNextLine(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, next: Range<Int>) -> Bool {
        var last = line.upperBound
        while last > line.lowerBound && UTF8Bytes.isBlank(bytes[last - 1]) { last -= 1 }
        var first = next.lowerBound
        while first < next.upperBound && UTF8Bytes.isBlank(bytes[first]) { first += 1 }
        guard last > line.lowerBound, first < next.upperBound else { return false }
        let end = bytes[last - 1]
        guard UTF8Bytes.isASCIILetter(end) || UTF8Bytes.isDigit(end) || end == UInt8(ascii: ",") else { return false }
        guard UTF8Bytes.isASCIILower(bytes[first]),
              LineMarkers.ordinal(bytes, at: first, end: next.upperBound) == nil else { return false }
        let proseLength = 40
        return last - line.lowerBound >= proseLength || next.upperBound - first >= proseLength
    }
}

extension ScalarIndex {
    /// Converts byte ranges to scalar spans.
    ///
    /// - Complexity: O(k) for k ranges in ASCII text, O(k × ``blockSize``) at worst.
    public func spans(ofSortedByteRanges ranges: [ByteRange]) -> [TextSpan] {
        ranges.map(span(ofBytes:))
    }
}
