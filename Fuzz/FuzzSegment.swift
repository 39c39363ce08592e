// libFuzzer target: SentenceSegmenter on arbitrary UTF-8 text. Built by scripts/fuzz.sh.
@testable import ClaimKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegment(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    guard let text = String(validating: buffer, as: UTF8.self) else { return 0 }
    let document = Document(text: text)
    let spans = SentenceSegmenter().segment(document)
    var previousEnd = 0
    for span in spans {
        // Spans are ordered, disjoint, non-empty and inside the text.
        precondition(span.start >= previousEnd && span.end > span.start && span.end <= document.length,
                     "bad span \(span) after \(previousEnd) in a text of \(document.length)")
        previousEnd = span.end
        _ = document.text(of: span)
    }
    return 0
}
