// PLACEHOLDER — replaced by the quote extractor work; not to be committed.
struct QuoteExtractor {
    init() {}
    func extract(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) -> [QuoteMatch] { [] }
}
