/// Finds the double-quoted stretches of one line, inside which sentence ends do not split.
///
/// SPEC §2: the segmenter does not split "inside a quotation that continues the sentence"
/// (“This isn’t an official one, but we do have the document. We haven’t discussed it…” stays
/// one sentence with the words that introduce it). Only double quotes (straight, curly and
/// guillemets) are paired: a single curly quote is far more often an apostrophe. A quote left
/// open at the end of the line protects nothing, so a stray mark cannot swallow a paragraph.
enum QuoteRegions {
    /// A quoted stretch: the byte offsets of its opening and closing marks.
    struct Region {
        let open: Int
        let close: Int
    }

    /// The paired quotations in `bytes[s..<e]`, in order.
    ///
    /// - Complexity: O(e - s), eight bytes at a time between marks; no allocation unless the line
    ///   holds a quotation.
    static func regions(_ bytes: UnsafeBufferPointer<UInt8>, lineStart s: Int, end e: Int) -> [Region] {
        var regions: [Region] = []
        var openAt = -1
        var i = s
        while true {
            // Every quotation mark starts with one of these bytes: " , E2 (“ ” „), C2 (« »).
            i = UTF8Bytes.firstIndex(ofAny: 0x22, 0xE2, 0xC2, in: bytes, from: i, to: e)
            guard i < e else { break }
            let b = bytes[i]
            if b == 0x22 {   // straight ": opening after a blank or bracket, closing otherwise
                let opens = i == s || isOpeningContext(bytes[i - 1])
                if opens && openAt < 0 {
                    openAt = i
                } else if openAt >= 0 && !opens {
                    regions.append(Region(open: openAt, close: i))
                    openAt = -1
                } else if opens {
                    openAt = i   // two openers in a row: the first was stray
                }
                i += 1
            } else if b == 0xE2 && i + 2 < e && bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x9C || c == 0x9E {                       // “ „
                    openAt = i
                } else if c == 0x9D && openAt >= 0 {              // ”
                    regions.append(Region(open: openAt, close: i))
                    openAt = -1
                }
                i += 3
            } else if b == 0xC2 && i + 1 < e {
                if bytes[i + 1] == 0xAB {                          // «
                    openAt = i
                } else if bytes[i + 1] == 0xBB && openAt >= 0 {   // »
                    regions.append(Region(open: openAt, close: i))
                    openAt = -1
                }
                i += 2
            } else {
                i += 1
            }
        }
        return regions
    }

    @inline(__always)
    private static func isOpeningContext(_ previous: UInt8) -> Bool {
        UTF8Bytes.isBlank(previous) || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[")
            || previous == UInt8(ascii: "{") || previous == 0xA0 /* NBSP tail */ || previous == 0x94 || previous == 0x93 /* em or en dash tail */
    }
}
