import Foundation
import Testing
@testable import ClaimKit

/// Offsets are code points (SPEC §1), which differ from UTF-16 units and graphemes in text
/// with emoji, combining accents and CJK; each expectation is counted independently here with
/// `unicodeScalars`, never with ScalarIndex.
@Suite struct OffsetTests {
    /// A family emoji (5 scalars, 8 UTF-16 units, 1 grapheme), a decomposed "é" (2 scalars,
    /// 1 grapheme), a skin-toned wave (2 scalars, 4 UTF-16 units) and CJK (3 UTF-8 bytes each).
    static let text = "👩‍👩‍👧 Cafe\u{301} opened. 👋🏽 日本語です。Prices rose 5%."

    @Test func sentenceSpansAreCodePointOffsets() {
        let document = Document(text: Self.text)
        let spans = SentenceSegmenter().segment(document)
        let scalars = Array(Self.text.unicodeScalars)
        let texts = spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(texts == ["👩‍👩‍👧 Cafe\u{301} opened.", "👋🏽 日本語です。", "Prices rose 5%."])
        #expect(spans.first == TextSpan(start: 0, end: 19))   // 5 + 1 + 5 + 1 + 7 scalars
        #expect(spans.last?.end == scalars.count)
        // The same spans in the other units would differ: this text is a real test.
        #expect(Self.text.utf16.count != scalars.count && Self.text.count != scalars.count)
    }

    @Test func scalarIndexRoundTripsEveryOffset() {
        let utf8 = Array(Self.text.utf8)
        let index = ScalarIndex(utf8: utf8)
        let scalars = Array(Self.text.unicodeScalars)
        #expect(index.scalarCount == scalars.count)
        var byte = 0
        for (offset, scalar) in scalars.enumerated() {
            #expect(index.byteOffset(ofScalar: offset) == byte)
            #expect(index.scalarOffset(ofByte: byte) == offset)
            byte += String(scalar).utf8.count
        }
        #expect(index.byteOffset(ofScalar: scalars.count) == utf8.count)
        #expect(index.scalarOffset(ofByte: utf8.count) == scalars.count)
    }

    @Test func scalarIndexWorksAcrossManyCheckpointBlocks() {
        let text = String(repeating: "ä日😀a", count: 200)   // 2 + 3 + 4 + 1 bytes, 4 scalars
        let index = ScalarIndex(utf8: Array(text.utf8))
        #expect(index.scalarCount == 800)
        #expect(index.byteOffset(ofScalar: 401) == 100 * 10 + 2)
        #expect(index.scalarOffset(ofByte: 100 * 10 + 5) == 402)
    }

    /// Offsets asked in increasing order (a record's sentences), or out of order, are found
    /// where the bisecting search finds them, in text mixing ASCII blocks and others.
    @Test func forwardSearchAgreesWithBisection() {
        let text = String(repeating: "Plain English words for a whole block or more. ", count: 3) + Self.text
            + String(repeating: "ä日😀a ", count: 40) + "The end."
        let index = ScalarIndex(utf8: Array(text.utf8))
        var block = 0
        for offset in 0...index.scalarCount {
            #expect(index.byteOffset(ofScalar: offset, searchingForwardFrom: &block) == index.byteOffset(ofScalar: offset))
        }
        for offset in [index.scalarCount / 2, 3, index.scalarCount - 1, 0] {
            #expect(index.byteOffset(ofScalar: offset, searchingForwardFrom: &block) == index.byteOffset(ofScalar: offset))
        }
        let scalars = Array(text.unicodeScalars)
        var byte = 0
        for (offset, scalar) in scalars.enumerated() {
            #expect(index.byteOffset(ofScalar: offset) == byte)
            #expect(index.scalarOffset(ofByte: byte) == offset)
            byte += String(scalar).utf8.count
        }
    }

    @Test func spanDecodingRejectsBrokenInvariants() throws {
        let decoder = JSONDecoder()
        #expect(throws: DecodingError.self) {
            try decoder.decode(TextSpan.self, from: Data(#"{"start": 5, "end": 2}"#.utf8))
        }
        #expect(try decoder.decode(TextSpan.self, from: Data(#"{"start": 2, "end": 5}"#.utf8)) == TextSpan(start: 2, end: 5))
    }
}
