import Testing
@testable import ClaimKit

/// The scans that read eight bytes at a time (UTF-8 validation, the JSON string scan) find the
/// same first byte as a byte-by-byte reading would, wherever it falls in a chunk.
@Suite struct ByteScanTests {
    /// ASCII prose, then a run with emoji, combining accents and CJK, so that chunks of both
    /// kinds come before the byte looked for.
    static let prose = Array("The minister said 12% of the 1,400 schools — 東京 and Zürich, café, 👩🏽‍🔬 — had closed. ".utf8)

    /// Every offset from 0 to 40 puts the byte in a different lane and chunk.
    static let offsets = Array(0...40)

    static let illFormed: [(String, [UInt8])] = [
        ("a byte never in UTF-8", [0xFF]),
        ("a lone continuation byte", [0x80]),
        ("a truncated three-byte sequence", [0xE2, 0x82]),
        ("a UTF-16 surrogate", [0xED, 0xA0, 0x80]),
        ("an overlong slash", [0xC0, 0xAF]),
    ]

    @Test(arguments: offsets)
    func validationFindsTheFirstBadSequence(offset: Int) {
        for (name, bad) in Self.illFormed {
            // Cut the prose on a scalar boundary at or before `offset`, so what precedes is valid.
            var cut = min(offset, Self.prose.count)
            while cut > 0 && UTF8Bytes.isContinuation(Self.prose[cut]) { cut -= 1 }
            let bytes = Array(Self.prose[..<cut]) + bad + Self.prose
            let found = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
            #expect(found == cut, "\(name) at \(cut)")
        }
    }

    @Test func validProseIsValid() {
        let bytes = Array(repeating: Self.prose, count: 5).flatMap { $0 }
        #expect(bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) } == nil)
    }

    @Test(arguments: offsets)
    func jsonScanFindsTheFirstByteToEscape(offset: Int) {
        let ascii = Array(repeating: UInt8(ascii: "a"), count: offset)
        for special: UInt8 in [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x00, 0x0A, 0x1F] {
            let bytes = ascii + [special] + Self.prose
            let found = bytes.withUnsafeBufferPointer { JSONEscapes.firstSpecialByte(in: $0, from: 0, to: $0.count) }
            #expect(found == offset, "byte \(special) at \(offset)")
        }
    }

    /// DEL, space, and every byte of multi-byte UTF-8 (curly quotes included) stay as they are.
    @Test func jsonScanPassesEverythingElse() {
        let bytes = Self.prose + Array("\u{7F} “quoted” ‘single’ «guillemets»".utf8)
        let found = bytes.withUnsafeBufferPointer { JSONEscapes.firstSpecialByte(in: $0, from: 0, to: $0.count) }
        #expect(found == bytes.count)
        let from = bytes.withUnsafeBufferPointer { JSONEscapes.firstSpecialByte(in: $0, from: 10, to: 30) }
        #expect(from == 30, "the scan stops at its end")
    }
}
