import Foundation
import Testing
@testable import ClaimKit

/// The native XML format carries the JSON model losslessly (SPEC §5) and reads back with
/// errors that name the file, the line and the problem.
@Suite struct NativeXMLTests {
    /// JSON bytes → model → XML → model → JSON bytes.
    private func jsonThroughXML(_ json: Data, name: String = "test.xml") throws -> Data {
        let xml = try NativeXML.encode(try NativeJSON.decode(json))
        return try NativeJSON.encode(try NativeXML.decode(xml, name: name))
    }

    @Test func everyOptionalFieldRoundTripsToIdenticalJSON() throws {
        let json = try NativeJSON.encode(AnnotationSamples.everyField)
        let back = try jsonThroughXML(json)
        #expect(back == json, "\(String(decoding: back, as: UTF8.self))")
        #expect(try NativeXML.decode(try NativeXML.encode(AnnotationSamples.everyField), name: "x") == AnnotationSamples.everyField)
    }

    @Test func seedStoreFilesRoundTripToIdenticalJSON() throws {
        let files = try AnnotationSamples.seedStoreFiles()
        #expect(files.count == 5)
        #expect(files.contains { !$0.claims.isEmpty && !$0.verdicts.isEmpty && !$0.sources.isEmpty })
        for file in files {
            let json = try NativeJSON.encode(file)
            #expect(try jsonThroughXML(json) == json, "document \(file.document.id)")
        }
    }

    @Test func absentOptionalFieldsStayAbsent() throws {
        let xml = String(decoding: try NativeXML.encode(AnnotationSamples.minimal), as: UTF8.self)
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <annotations formatVersion="1" xmlns="https://claimkit.dev/ns/annotations/1">
              <document id="empty" language="en" mediaType="text/plain" textSHA256="\(AnnotationSamples.textHash)" length="0"/>
              <mentions/>
              <claims/>
              <sources/>
              <verdicts/>
            </annotations>

            """)
        #expect(try NativeXML.decode(Data(xml.utf8), name: "minimal.xml") == AnnotationSamples.minimal)
    }

    @Test func doublesRoundTripExactly() throws {
        let values: [Double] = [0, -0.0, 0.1, 1.0 / 3, 25_600_000, 1.34e12, 1e16, 1e300, 5e-324, -2.5e-7, .pi, .ulpOfOne, 9_007_199_254_740_993]
        var file = AnnotationSamples.minimal
        file.mentions = values.enumerated().map { index, value in
            Mention(id: "m\(index + 1)", kind: .number, span: TextSpan(start: 0, end: 0), text: "", number: NumberValue(value: value, upperValue: -value))
        }
        let back = try NativeXML.decode(try NativeXML.encode(file), name: "numbers.xml")
        for (mention, value) in zip(back.mentions, values) {
            #expect(mention.number?.value.bitPattern == value.bitPattern, "\(value)")
            #expect(mention.number?.upperValue?.bitPattern == (-value).bitPattern, "\(-value)")
        }
        let json = try NativeJSON.encode(file)
        #expect(try jsonThroughXML(json) == json)
    }

    @Test func significantWhiteSpaceAndMarkupCharactersSurvive() throws {
        let tricky = ["", " ", "\n", "  lead and trail  ", "a\r\nb\rc\td", "<tag> & &amp; ]]> \"'", "emoji 👩🏽‍🔬 and CJK 漢字かな한글", "e\u{301}"]
        var file = AnnotationSamples.minimal
        file.sources = tricky.enumerated().map { index, text in
            Source(id: "s\(index + 1)", url: "https://example.org/\(index)", title: text, publisher: text, note: text)
        }
        file.claims = tricky.enumerated().map { index, text in
            Claim(id: "c\(index + 1)", span: TextSpan(start: 0, end: 0), text: text, prefix: text, suffix: text, mentionIDs: [],
                  reasons: [text], score: 1, provenance: Provenance(agent: .person, name: text, version: text))
        }
        #expect(try NativeXML.decode(try NativeXML.encode(file), name: "tricky.xml") == file)
    }

    @Test func charactersXMLCannotCarryAreRefusedWhenWriting() throws {
        var file = AnnotationSamples.minimal
        file.sources = [Source(id: "s1", url: "https://example.org", note: "bell \u{7} here")]
        let error = try #require(throws: NativeXMLError.self) { try NativeXML.encode(file) }
        #expect(error.message.contains("U+0007"))
        #expect(error.message.contains("<note>"))
        #expect(error.message.contains("'empty'"))
    }

    @Test func nonFiniteNumbersAreRefusedWhenWriting() throws {
        var file = AnnotationSamples.minimal
        file.mentions = [Mention(id: "m1", kind: .number, span: TextSpan(start: 0, end: 0), text: "", number: NumberValue(value: .infinity))]
        let error = try #require(throws: NativeXMLError.self) { try NativeXML.encode(file) }
        #expect(error.message.contains("value of mention m1 is inf"))
    }
}
