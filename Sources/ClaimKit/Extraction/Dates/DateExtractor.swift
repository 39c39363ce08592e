// PLACEHOLDER — replaced by the date extractor work; not to be committed.
struct DateExtractor {
    init(publicationDate: CalendarDate?) {}
    func extract(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) -> [DateMatch] { [] }
}
