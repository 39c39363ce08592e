/// Finds quotations, with their speaker and cue verb where the text gives them (SPEC §3 "Quote").
///
/// Two passes. The first reads every byte once, looking only at the bytes that can start a
/// quotation mark, and pairs marks line by line (``QuotationMarks``, ``QuotePairing``):
/// straight, curly, single and guillemet quotation marks, never apostrophes; nested quotations;
/// quotations spanning several sentences; a quotation left open at the end of its paragraph
/// ends there. The second pass reads only the few words around each quotation to find who
/// spoke it (``QuoteAttributor``). Scare quotes ("a “technical pause,”") get no speaker.
struct QuoteExtractor {
    init() {}

    /// The quotations of `bytes`, sorted by start; a nested quotation comes after the one
    /// around it, which it overlaps. `sentences` are the segmenter's byte ranges, in order.
    ///
    /// - Complexity: O(n) in the byte count, plus a bounded window per quotation.
    func extract(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) -> [QuoteMatch] {
        var pairing = QuotePairing(bytes)
        let count = bytes.count
        var i = QuotationMarks.nextCandidate(in: bytes, from: 0)
        while i < count {
            if bytes[i] == 0x0A {
                pairing.endLine(at: i)
                i += 1
            } else if let mark = QuotationMarks.mark(at: i, in: bytes) {
                pairing.handle(mark)
                i += mark.length
            } else {
                i += 1
            }
            i = QuotationMarks.nextCandidate(in: bytes, from: i)
        }
        pairing.endLine(at: count)
        guard !pairing.quotes.isEmpty else { return [] }
        let quotes = pairing.quotes.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return QuoteAttributor(bytes: bytes, sentences: sentences).attribute(quotes)
    }
}
