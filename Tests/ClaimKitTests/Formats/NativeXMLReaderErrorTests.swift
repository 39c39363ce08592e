import Foundation
import Testing
@testable import ClaimKit

/// Reading refuses what is not the native vocabulary, naming the file, the line and the fix.
@Suite struct NativeXMLReaderErrorTests {
    /// A valid file with one claim, one quote and one verdict; each case below breaks one line.
    private static let valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <annotations formatVersion="1" xmlns="https://claimkit.dev/ns/annotations/1">
          <document id="d" language="en" mediaType="text/plain" textSHA256="\(AnnotationSamples.textHash)" length="9"/>
          <mentions>
            <quote id="m1" start="0" end="5" contentStart="1" contentEnd="4"><text>"abc"</text></quote>
          </mentions>
          <claims>
            <claim id="c1" score="0.5" status="flagged">
              <selector start="0" end="5"><exact>"abc"</exact><prefix></prefix><suffix> def</suffix></selector>
              <mentions><mention ref="m1"/></mentions>
              <reasons><reason>quote</reason></reasons>
              <provenance agent="software" name="claimkit-extractor" version="0.1.0"/>
              <citations/>
              <sources/>
            </claim>
          </claims>
          <sources/>
          <verdicts>
            <verdict id="v1" claim="c1" rating="true" reviewer="Ben" date="2025-11-28" status="published"><rationale>ok</rationale><sources/></verdict>
          </verdicts>
        </annotations>
        """

    private func decode(replacing old: String, with new: String) throws -> NativeXMLError {
        #expect(Self.valid.contains(old), "the test's own fixture lacks \(old)")
        let broken = Self.valid.replacingOccurrences(of: old, with: new)
        return try #require(throws: NativeXMLError.self) { try NativeXML.decode(Data(broken.utf8), name: "broken.xml") }
    }

    @Test func theValidFixtureReads() throws {
        let file = try NativeXML.decode(Data(Self.valid.utf8), name: "valid.xml")
        #expect(file.claims.first?.suffix == " def")
        #expect(file.mentions.first?.quote?.contentSpan == TextSpan(start: 1, end: 4))
    }

    @Test(arguments: [
        (#"score="0.5" "#, "", 8, "<claim> has no 'score' attribute"),
        (#"status="flagged""#, #"status="flagged" colour="red""#, 8, "<claim> has an unknown attribute 'colour'"),
        (#"status="flagged""#, #"status="done""#, 8, "attribute 'status' is 'done'; it must be one of: flagged, dismissed"),
        (#"score="0.5""#, #"score="0,5""#, 8, "attribute 'score' is '0,5', not a finite decimal number"),
        (#"score="0.5""#, #"score="nan""#, 8, "not a finite decimal number"),
        (#"score="0.5""#, #"score="1.5""#, 8, "score is 1.5; a check-worthiness score lies in [0, 1]"),
        (#"<selector start="0""#, #"<selector start="-1""#, 9, "'start' is '-1', not a whole number"),
        (#"<selector start="0" end="5""#, #"<selector start="6" end="5""#, 9, "start 6 after end 5"),
        ("<sources/>\n    </claim>", "<sources/><sources/>\n    </claim>", 14, "<claim> cannot contain <sources> here"),
        ("<citations/>\n", "", 8, "<claim> needs a <citations> here, but has <sources>"),
        (#"contentEnd="4""#, #"contentEnd="4" speakerStart="0""#, 5, "has 'speakerStart' but no 'speakerEnd'"),
        ("<reasons><reason>quote</reason></reasons>", "<reasons>stray<reason>quote</reason></reasons>", 11, "<reasons> holds elements only, but contains text"),
        ("<exact>\"abc\"</exact>", "<exact><b>abc</b></exact>", 9, "<exact> holds text only, but contains <b>"),
        (#"formatVersion="1""#, #"formatVersion="2""#, 2, "format version 2 is not one this claimkit reads"),
        ("<sources/>\n  <verdicts>", "<sources/>\n  <x:extra xmlns:x=\"urn:x\"/><verdicts>", 18, "<extra> is not in the claimkit namespace"),
        ("<annotations formatVersion=\"1\" xmlns=\"https://claimkit.dev/ns/annotations/1\">", "<annotations formatVersion=\"1\">", 2,
         "the root element is <annotations> in no namespace"),
    ])
    func brokenVocabularyIsNamedWithFileAndLine(old: String, new: String, line: Int, message: String) throws {
        let error = try decode(replacing: old, with: new)
        #expect(error.file == "broken.xml")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
        #expect(error.description.hasPrefix("broken.xml:\(line)"))
    }

    @Test func malformedXMLGivesLineAndColumn() throws {
        let error = try decode(replacing: "<citations/>", with: "<citations>")
        #expect(error.line > 0 && error.column > 0)
        #expect(error.message.hasPrefix("not readable XML:"))
    }

    @Test func errorsGiveTheXPathOfTheElement() throws {
        let verdict = try decode(replacing: #"status="published""#, with: #"status="final""#)
        #expect(verdict.path == "/annotations/verdicts/verdict")
        let reference = try decode(replacing: #"<mention ref="m1"/>"#, with: #"<mention ref="m1"/><mention id="m2"/>"#)
        #expect(reference.path == "/annotations/claims/claim/mentions/mention[2]")
        #expect(reference.message.contains("unknown attribute 'id'"))
    }
}
