// libFuzzer target: the full ClaimExtractor (numbers, dates, quotes, claims, citations) on
// arbitrary UTF-8 text, with and without a publication date, and the batch record written from
// it. Built by scripts/fuzz.sh.
@testable import ClaimKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let buffer = UnsafeBufferPointer(start: data + 1, count: size - 1)
    guard let text = String(validating: buffer, as: UTF8.self) else { return 0 }
    let document = Document(text: text)
    let date = data[0] & 1 == 0 ? nil : CalendarDate(year: 2025, month: 11, day: 28)
    let extraction = ClaimExtractor(publicationDate: date).extract(document)
    for mention in extraction.mentions {
        precondition(mention.span.end <= document.length, "mention \(mention.span) past the text (\(document.length))")
    }
    for claim in extraction.claims {
        precondition(claim.span.end <= document.length, "claim \(claim.span) past the text (\(document.length))")
        precondition(claim.text == document.text(of: claim.span), "claim text does not slice the document")
    }
    // The batch record writer (raw buffer, eight-byte escape scan) must write JSON that parses.
    if let line = try? ExtractionJSON(document: document, extraction: extraction, id: "fuzz", title: text).jsonLine() {
        precondition(line.last == 0x0A && line.dropLast().allSatisfy { $0 != 0x0A }, "a record is one line")
        precondition((try? line.dropLast().withUnsafeBufferPointer { try JSONParser.parse($0) }) != nil, "the record is not valid JSON")
    }
    return 0
}
