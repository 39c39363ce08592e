// libFuzzer target: DocumentLoader on arbitrary bytes (plain text, Markdown, HTML, sniffed).
// The first byte picks the media type; the rest is the document. Built by scripts/fuzz.sh.
@testable import ClaimKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoad(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let type: MediaType? = switch data[0] % 4 {
    case 0: .plainText
    case 1: .markdown
    case 2: .html
    default: nil
    }
    guard let document = try? DocumentLoader.load(bytes: bytes, name: "fuzz", as: type) else { return 0 }
    // The canonical text is valid, and every remembered link or footnote lies inside it.
    precondition(document.length == document.text.unicodeScalars.count)
    for link in document.links { precondition(link.span.end <= document.length) }
    return 0
}
