/// Follows the double-quoted stretches of one line, inside which sentence ends do not split.
///
/// SPEC §2: the segmenter does not split "inside a quotation that continues the sentence"
/// (“This isn’t an official one, but we do have the document. We haven’t discussed it…” stays
/// one sentence with the words that introduce it). Only double quotes (straight, curly and
/// guillemets) are paired: a single curly quote is far more often an apostrophe. A quote left
/// open at the end of the line protects nothing, so a stray mark cannot swallow a paragraph.
///
/// The marks are read as the line is: ``LineSegmenter`` stops at every byte that can start a
/// mark (", E2, C2) in the same eight-byte scan that finds sentence ends and hands it to
/// ``readMark(at:)``, so the line is not scanned twice. Only a sentence end inside an open
/// quotation makes the tracker read ahead, to the mark that closes it.
struct QuoteRegions {
    /// A quoted stretch: the byte offsets of its opening and closing marks.
    struct Region {
        let open: Int
        let close: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let lineStart: Int
    private let lineEnd: Int
    /// The marks before this offset have been read.
    private(set) var position: Int
    /// The offset of the mark of the quotation still open, or -1.
    private var openAt = -1
    /// The quotation closed last.
    private var lastRegion: Region?

    init(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, end: Int) {
        self.bytes = bytes
        self.lineStart = lineStart
        self.lineEnd = end
        self.position = lineStart
    }

    /// The first quotation of the line that closes at or after `p`, reading on as far as
    /// needed; `p` never decreases from one call to the next.
    ///
    /// Inlined for the answer at most sentence ends, nil: every mark before `p` read already
    /// (the segmenter's scan reads them on its way), no quotation open and none closed at or
    /// after `p`.
    @inline(__always)
    mutating func region(closingAtOrAfter p: Int) -> Region? {
        if position >= p && openAt < 0 && (lastRegion?.close ?? -1) < p { return nil }
        return regionReadingOn(closingAtOrAfter: p)
    }

    /// ``region(closingAtOrAfter:)`` when marks are left to read or a quotation may hold `p`.
    private mutating func regionReadingOn(closingAtOrAfter p: Int) -> Region? {
        read(upTo: p)
        if let region = lastRegion, region.close >= p { return region }
        // No quotation is open at `p`: the next one to close opens after it.
        guard openAt >= 0 else { return nil }
        while position < lineEnd {
            let closed = lastRegion?.close
            readNextMark(before: lineEnd)
            if let region = lastRegion, region.close != closed { return region }
        }
        return nil
    }

    /// Notes that `bytes[from..<to]` holds no byte that starts a mark (the caller scanned it).
    mutating func skipClear(from start: Int, to end: Int) {
        if position < start { read(upTo: start) }
        if position < end { position = end }
    }

    /// Reads the mark at `i`, the byte the caller stopped at, unless it was read already.
    mutating func readMark(at i: Int) {
        if position < i { read(upTo: i) }
        if position == i { position = step(at: i) }
    }

    /// Reads every mark that starts before `limit`.
    private mutating func read(upTo limit: Int) {
        while position < limit { readNextMark(before: limit) }
    }

    /// Reads the next mark, if one starts before `limit`; otherwise moves to `limit`.
    private mutating func readNextMark(before limit: Int) {
        // Every quotation mark starts with one of these bytes: " , E2 (“ ” „), C2 (« »).
        let i = UTF8Bytes.firstIndex(ofAny: 0x22, 0xE2, 0xC2, in: bytes, from: position, to: limit)
        position = i < limit ? step(at: i) : limit
    }

    /// Reads the byte at `i` (", E2 or C2) and returns the offset after it.
    private mutating func step(at i: Int) -> Int {
        let s = lineStart, e = lineEnd
        let b = bytes[i]
        if b == 0x22 {   // straight ": opening after a blank or bracket, closing otherwise
            let opens = i == s || Self.isOpeningContext(bytes[i - 1])
            if opens && openAt < 0 {
                openAt = i
            } else if openAt >= 0 && !opens {
                lastRegion = Region(open: openAt, close: i)
                openAt = -1
            } else if opens {
                openAt = i   // two openers in a row: the first was stray
            }
            return i + 1
        } else if b == 0xE2 && i + 2 < e && bytes[i + 1] == 0x80 {
            let c = bytes[i + 2]
            if c == 0x9C || c == 0x9E {                       // “ „
                openAt = i
            } else if c == 0x9D && openAt >= 0 {              // ”
                lastRegion = Region(open: openAt, close: i)
                openAt = -1
            }
            return i + 3
        } else if b == 0xC2 && i + 1 < e {
            if bytes[i + 1] == 0xAB {                          // «
                openAt = i
            } else if bytes[i + 1] == 0xBB && openAt >= 0 {   // »
                lastRegion = Region(open: openAt, close: i)
                openAt = -1
            }
            return i + 2
        }
        return i + 1
    }

    @inline(__always)
    private static func isOpeningContext(_ previous: UInt8) -> Bool {
        UTF8Bytes.isBlank(previous) || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[")
            || previous == UInt8(ascii: "{") || previous == 0xA0 /* NBSP tail */ || previous == 0x94 || previous == 0x93 /* em or en dash tail */
    }
}
