import Foundation
import Testing
@testable import ClaimKit

/// The direct writer (`writeJSON(to:)`, batch records) and the `Codable` conformances
/// (`JSONEncoder`, native JSON) write the same JSON: on real extractions, on hostile strings,
/// and on claims with every optional part filled in.
@Suite struct JSONWriterTests {
    private func foundationJSON<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    private func written(_ value: some JSONWritable) throws -> [UInt8] {
        var writer = JSONWriter()
        try value.writeJSON(to: &writer)
        return writer.bytes
    }

    /// Both parsed back with `JSONSerialization`: equal as JSON values.
    private func sameJSON(_ a: [UInt8], _ b: [UInt8]) throws -> Bool {
        let x = try JSONSerialization.jsonObject(with: Data(a), options: [.fragmentsAllowed]) as? NSObject
        let y = try JSONSerialization.jsonObject(with: Data(b), options: [.fragmentsAllowed]) as? NSObject
        return x != nil && x == y
    }

    /// The keys of every object in `json`, in the order written (`JSONEncoder` on Linux does not
    /// keep the conformance's order, so order is checked against the declared one instead).
    private func keyOrder(_ json: [UInt8]) throws -> [String] {
        let root = try JSONParser.parse(Data(json))
        var keys: [String] = []
        func walk(_ node: JSONNode) {
            switch node.value {
            case .object(let members): for member in members { keys.append(member.key); walk(member.value) }
            case .array(let elements): elements.forEach(walk)
            default: break
            }
        }
        walk(root)
        return keys
    }

    private func expectAgreement(_ record: ExtractionJSON, _ comment: Comment? = nil) throws {
        let direct = try record.jsonBytes()
        let foundation = try foundationJSON(record)
        #expect(try sameJSON(direct, foundation), comment)
        #expect(!direct.contains(0x0A), "a record is one line")
    }

    @Test(arguments: Fixtures.seedNames)
    func seedRecordsMeanWhatJSONEncoderWrites(seed: String) throws {
        let document = try Fixtures.seed(seed)
        try expectAgreement(ExtractionJSON(document: document, extraction: ClaimExtractor().extract(document),
                                           id: seed, title: "Title “quoted” \\ \"raw\""))
    }

    /// Emoji (with a skin-tone modifier and a ZWJ sequence), combining accents, CJK, every
    /// escape JSON has, and controls without a short escape.
    static let hostileText = """
        The minister said "prices rose 12% in 2023" \\ according to C:\\data. Café and cafe\u{301} cost €4.50 👍🏽 👩‍👩‍👧.
        和平 rose 3 percent on 5 May 2024.\tTabbed\u{07}bell\u{1F}unit\u{0C}feed\u{08}back\r\nNext line: 'single' and </script>.
        """

    @Test func hostileTextMeansWhatJSONEncoderWrites() throws {
        let document = Document(text: Self.hostileText)
        let extraction = ClaimExtractor().extract(document)
        #expect(!extraction.mentions.isEmpty && !extraction.claims.isEmpty)
        try expectAgreement(ExtractionJSON(document: document, extraction: extraction, id: "id \"1\" \\ \u{01}", title: Self.hostileText))
    }

    @Test func everyOptionalPartOfMentionsAndClaimsAgrees() throws {
        let document = Document(text: Self.hostileText)
        let mentions = [
            Mention(id: "m1", kind: .number, span: TextSpan(start: 0, end: 4), text: "€4.50 \"x\"",
                    number: NumberValue(value: 4.5, upperValue: 7, unit: "percent", currency: "EUR", approximator: "more than", noun: "drone “strikes”")),
            Mention(id: "m2", kind: .number, span: TextSpan(start: 4, end: 6), text: "0.3", number: NumberValue(value: 0.1 + 0.2)),
            Mention(id: "m3", kind: .date, span: TextSpan(start: 6, end: 9), text: "5 May", date: DateValue(type: .date, value: "2024-05-05")),
            Mention(id: "m4", kind: .quote, span: TextSpan(start: 9, end: 20), text: "\"prices\"",
                    quote: QuoteValue(speaker: "The minister", speakerSpan: TextSpan(start: 0, end: 12), cue: "said", contentSpan: TextSpan(start: 10, end: 19))),
            Mention(id: "m5", kind: .quote, span: TextSpan(start: 20, end: 24), text: "'x'", quote: QuoteValue(contentSpan: TextSpan(start: 21, end: 23))),
        ]
        let full = Claim(id: "c1", span: TextSpan(start: 0, end: 40), text: "The minister \\ said", prefix: "", suffix: " 👍🏽\n",
                         mentionIDs: ["m1", "m4"], reasons: ["number", "attributed-quote"], score: 0.8125, status: .dismissed,
                         provenance: Provenance(agent: .person, name: "Ana “checker”"),
                         citations: [Citation(label: "1", url: "https://example.org/a?b=c&d=\"e\"", text: "Report, p. 4"), Citation(text: "a link")],
                         sourceLinks: [SourceLink(source: "s1", relation: .refutes), SourceLink(source: "s2", relation: .context)],
                         dismissal: Dismissal(reason: "opinion, not fact", by: "ana", date: "2025-11-28"),
                         anchoring: Anchoring(method: .fuzzy, score: 0.93, fromSHA256: String(repeating: "a", count: 64), toSHA256: String(repeating: "b", count: 64)))
        let sparse = Claim(id: "c2", span: TextSpan(start: 41, end: 60), text: "和平", prefix: "é", suffix: "",
                           mentionIDs: [], reasons: [], score: 1, provenance: .extractor,
                           dismissal: Dismissal(reason: "duplicate", date: "2025-11-29"), anchoring: Anchoring(method: .orphaned, fromSHA256: "x", toSHA256: "y"))
        let extraction = Extraction(sentences: [TextSpan(start: 0, end: 10)], mentions: mentions, claims: [full, sparse])
        try expectAgreement(ExtractionJSON(document: document, extraction: extraction))
        for claim in [full, sparse] {
            #expect(try sameJSON(written(claim), foundationJSON(claim)))
        }
        for mention in mentions {
            #expect(try sameJSON(written(mention), foundationJSON(mention)))
        }

        // keys in the order `encode(to:)` and the synthesized conformances write them
        #expect(try keyOrder(written(full)) == [
            "id", "selector", "start", "end", "exact", "prefix", "suffix", "mentions", "reasons", "score", "status",
            "provenance", "agent", "name", "citations", "label", "url", "text", "text", "sources", "source", "relation",
            "source", "relation", "dismissal", "reason", "by", "date", "anchoring", "method", "score", "fromSHA256", "toSHA256",
        ])
        #expect(try keyOrder(written(sparse)).suffix(13) == [
            "provenance", "agent", "name", "version", "citations", "sources", "dismissal", "reason", "date",
            "anchoring", "method", "fromSHA256", "toSHA256",
        ])
        #expect(try keyOrder(written(mentions[0])) == ["id", "kind", "start", "end", "text", "value", "upper", "unit", "currency", "approximator", "noun"])
        #expect(try keyOrder(written(mentions[2])) == ["id", "kind", "start", "end", "text", "value", "type"])
        #expect(try keyOrder(written(mentions[3])) == ["id", "kind", "start", "end", "text", "speaker", "speakerStart", "speakerEnd", "cue", "contentStart", "contentEnd"])
        #expect(try keyOrder(ExtractionJSON(document: document, extraction: extraction, id: "x").jsonBytes()).prefix(7)
                == ["document", "id", "mediaType", "length", "sentences", "start", "end"])
    }

    /// A claim copies its exact text from where its sentence's was written only when the two
    /// are the same bytes: one with a sentence's span and other text (edited, or read from a
    /// store) writes its own.
    @Test func claimsOnASentenceWriteTheirOwnTextWhereItDiffers() throws {
        let document = Document(text: Self.hostileText)
        let sentences = ClaimExtractor().extract(document).sentences
        #expect(sentences.count >= 2)
        let claims = [
            Claim(id: "c1", span: sentences[0], text: "Not \"the\" sentence", prefix: "", suffix: "",
                  mentionIDs: [], reasons: [], score: 0.5, provenance: .extractor),
            Claim(id: "c2", span: sentences[1], text: document.text(of: sentences[1]), prefix: "", suffix: "",
                  mentionIDs: [], reasons: [], score: 0.5, provenance: .extractor),
            Claim(id: "c3", span: TextSpan(start: sentences[1].start, end: sentences[1].end - 1), text: "x", prefix: "", suffix: "",
                  mentionIDs: [], reasons: [], score: 0.5, provenance: .extractor),
        ]
        let record = ExtractionJSON(document: document, extraction: Extraction(sentences: sentences, mentions: [], claims: claims))
        try expectAgreement(record)
        let object = try JSONSerialization.jsonObject(with: Data(record.jsonBytes())) as? [String: Any]
        let exacts = (object?["claims"] as? [[String: Any]])?.compactMap { ($0["selector"] as? [String: Any])?["exact"] as? String }
        #expect(exacts == ["Not \"the\" sentence", document.text(of: sentences[1]), "x"])
    }

    /// One copy is a short string (escaped on the stack), four a long one (copied in runs).
    @Test(arguments: [1, 4])
    func stringsAreEscapedOnlyWhereJSONNeedsIt(copies: Int) {
        let text = "Q\" b\\ /\t\n\r\u{07}\u{08}\u{0C}\u{1F} é👍🏽和"
        let escaped = #"Q\" b\\ /\t\n\r\u0007\b\f\u001f é👍🏽和"#
        var writer = JSONWriter()
        writer.beginArray()
        writer.string(String(repeating: text, count: copies))
        writer.string("")
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[\"" + String(repeating: escaped, count: copies) + "\",\"\"]")
    }

    @Test func numbersAreWrittenAsJSONEncoderWritesThem() throws {
        let values: [Double] = [25_600_000, 1.34, 0.1 + 0.2, -3, -0.0, 0, 9_007_199_254_740_992, 1e16, 1e20, 5e-7, -2.5e-300]
        var writer = JSONWriter()
        writer.beginArray()
        for value in values { try writer.number(value, key: "n") }
        writer.endArray()
        #expect(writer.bytes == (try foundationJSON(values)), "byte for byte")
        #expect(String(decoding: writer.bytes, as: UTF8.self).hasPrefix("[25600000,1.34,0.30000000000000004,-3,-0,0,9007199254740992,1e+16,"))
    }

    /// Values that are a whole number of hundredths are written without `description`, and
    /// must read as it does: the shortest text that reads back as the same value.
    @Test func hundredthsAreWrittenAsDescriptionWritesThem() throws {
        var values = stride(from: -300_000, through: 300_000, by: 7).map { Double($0) / 100 }
        values += [0.01, 0.05, 0.1, 0.15, 0.25, 0.45, 0.99, 1.01, 12.5, 999_999_999.99, 123_456_789.05, -0.01]
        values += [0.005, 0.015, 0.125, 1.001, 0.1 + 0.2, 1e9 + 0.5, 2.675, 1 / 3]   // not hundredths, or too large
        for value in values {
            var writer = JSONWriter()
            try writer.number(value, key: "n")
            var expected = value.description
            if expected.hasSuffix(".0") { expected.removeLast(2) }
            #expect(String(decoding: writer.bytes, as: UTF8.self) == expected, "\(value)")
        }
    }

    /// Strings of every length up to past the sixteen-byte chunks, with a byte to escape at each
    /// position or none, are escaped as byte-at-a-time escaping would.
    /// An extractor's claim as `batch` writes it: its status, provenance and sources come from
    /// constants, as one piece when it has no sources, its reasons from fixed slots by bit, and
    /// its run of mention ids (none, one or two) from their numbers.
    @Test func extractorClaimsWriteWhatJSONEncoderWritesForEveryReasonSet() throws {
        let bytes = Array("The rate rose 5% in 2024, the report said.".utf8)
        let text = TextSlice(utf8: bytes, range: 0..<bytes.count), none = TextSlice(utf8: bytes, range: 0..<0)
        for bits in 0..<(1 << ClaimScorer.reasonNames.count) {
            for citations in [[], [Citation(label: "1", text: "The report")]] {
                let claim = Claim(number: 3, span: TextSpan(start: 0, end: bytes.count), text: text, prefix: none, suffix: none,
                                  firstMention: 8, mentionCount: bits % 3, reasonBits: bits, score: 0.55, citations: citations)
                let json = try written(claim)
                #expect(try sameJSON(json, foundationJSON(claim)), "reasons \(bits)")
                let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
                #expect(object?["reasons"] as? [String] == ClaimScorer.reasonLists[bits], "reasons \(bits)")
            }
        }
    }

    /// A key and its value written with one reservation are the bytes of the key and the value
    /// written one after the other, separators included.
    @Test func keysAndValuesWrittenTogetherAreTheSameBytes() {
        var together = JSONWriter(), apart = JSONWriter()
        let text = Array("a \"quoted\" word".utf8)
        together.beginObject()
        apart.beginObject()
        for value in [0, -7, 12_345, Int.min] {
            together.keyAndInteger("n", value)
            apart.key("n")
            apart.integer(value)
        }
        together.fields("start", 3, "end", 12_345_678)
        apart.field("start", 3)
        apart.field("end", 12_345_678)
        together.keyAndPlainString("kind", "number")
        apart.key("kind")
        apart.plainString("number")
        together.keyAndNumberedID("id", letter: UInt8(ascii: "m"), 42)
        apart.key("id")
        apart.plainString("m42")
        let start = text.withUnsafeBufferPointer { together.keyAndString("text", utf8: $0) }
        apart.key("text")
        #expect(start == apart.position)
        text.withUnsafeBufferPointer { apart.string(utf8: $0) }
        together.endObject()
        apart.endObject()
        #expect(together.bytes == apart.bytes)
        #expect(String(decoding: together.bytes, as: UTF8.self)
                == #"{"n":0,"n":-7,"n":12345,"n":\#(Int.min),"start":3,"end":12345678,"kind":"number","id":"m42","text":"a \"quoted\" word"}"#)
    }

    @Test func stringsOfEveryLengthAreEscapedWhereverTheSpecialByteIs() {
        func escapedByteByByte(_ bytes: [UInt8]) -> String {
            var out = "\""
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): out += "\\\""
                case UInt8(ascii: "\\"): out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x09: out += "\\t"
                case 0x01: out += "\\u0001"
                default: out.unicodeScalars.append(Unicode.Scalar(byte))
                }
            }
            return out + "\""
        }
        for length in 0...40 {
            let plain = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            for position in -1..<length {
                for special: UInt8 in [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x0A, 0x09, 0x01] where position >= 0 || special == 0x01 {
                    var bytes = plain
                    if position >= 0 { bytes[position] = special }
                    var writer = JSONWriter()
                    writer.string(String(decoding: bytes, as: UTF8.self))
                    #expect(String(decoding: writer.bytes, as: UTF8.self) == escapedByteByByte(bytes), "length \(length), at \(position)")
                }
            }
        }
    }

    @Test func integersNeedNoString() {
        var writer = JSONWriter()
        writer.beginArray()
        for value in [0, 7, -7, 10, 99, 100, 101, 1_234_567_890, Int.max, Int.min] { writer.integer(value) }
        writer.endArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[0,7,-7,10,99,100,101,1234567890,\(Int.max),\(Int.min)]")
        for value in stride(from: 0, through: 100_000, by: 3) {
            var one = JSONWriter()
            one.integer(value)
            #expect(one.bytes == Array(String(value).utf8))
        }
    }

    @Test func nonFiniteNumbersAreErrorsNamingTheirKey() {
        var claim = Claim(id: "c1", span: TextSpan(start: 0, end: 1), text: "x", prefix: "", suffix: "",
                          mentionIDs: [], reasons: [], score: .nan, provenance: .extractor)
        #expect(throws: JSONWriter.NonFiniteNumber.self) { try self.written(claim) }
        claim.score = .infinity
        do {
            _ = try written(claim)
            Issue.record("infinity was written")
        } catch {
            #expect("\(error)".contains("\"score\" is inf"))
        }
    }

    @Test func separatorsFollowTheNesting() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("a", [String]())
        writer.key("b")
        writer.beginArray()
        writer.beginObject()
        writer.endObject()
        writer.beginArray()
        writer.endArray()
        writer.integer(1)
        writer.endArray()
        writer.field("c", nil as String?)
        try writer.field("d", nil as Double?)
        writer.key("e")
        writer.bool(true)
        writer.endObject()
        writer.endLine()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\"a\":[],\"b\":[{},[],1],\"e\":true}\n")
    }
}
