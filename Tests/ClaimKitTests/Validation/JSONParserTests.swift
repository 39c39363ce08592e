import Foundation
import Testing
@testable import ClaimKit

/// The validator's JSON reader: positions of every value and key, in code points, and the
/// strictness of RFC 8259.
@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try JSONParser.parse(Data(text.utf8))
    }

    private func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(Data(bytes))
            return nil
        } catch {
            return error
        }
    }

    @Test func valuesAndKeysKnowTheirLineAndColumnInCodePoints() throws {
        let root = try parse("{\n  \"é\": \"ü😀\", \"n\": [1,\n  {\"b\": true}]\n}")
        #expect(root.position == JSONPosition(line: 1, column: 1))
        #expect(root.member("é")?.keyPosition == JSONPosition(line: 2, column: 3))
        #expect(root["é"]?.position == JSONPosition(line: 2, column: 8))
        // "ü😀" is 2 code points (6 bytes), so "n" starts at column 14, not 18.
        #expect(root.member("n")?.keyPosition == JSONPosition(line: 2, column: 14))
        let items = try #require(root["n"]?.array)
        #expect(items[1].position == JSONPosition(line: 3, column: 3))
        #expect(items[1]["b"]?.position == JSONPosition(line: 3, column: 9))
    }

    @Test func stringsAreDecodedWithTheirEscapes() throws {
        let root = try parse(#"["a\"b\\c\/d\n\t\u00e9\ud83d\ude00"]"#)
        #expect(root.array?.first?.string == "a\"b\\c/d\n\té😀")
    }

    @Test func wholeNumbersAreIntegersAsJSONSchemaCountsThem() throws {
        let items = try #require(try parse("[3, 3.0, 1e2, -0, 2.5, 12345678901234567890]").array)
        #expect(items.map { $0.number?.integer } == [3, 3, 100, 0, nil, nil])
        #expect(items.map { $0.number?.double } == [3, 3, 100, 0, 2.5, 12345678901234567890])
    }

    @Test func aRepeatedKeyIsKeptAndTheLastOneCounts() throws {
        let root = try parse(#"{"a": 1, "a": 2}"#)
        guard case .object(let members) = root.value else { Issue.record("not an object"); return }
        #expect(members.count == 2)
        #expect(root["a"]?.number?.integer == 2)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "a comma before '}' (a trailing comma)"),
        ("[1, 2,]", 1, 7, "a comma before ']' (a trailing comma)"),
        ("{'a': 1}", 1, 2, "expected a key in double quotes, found '''"),
        ("[01]", 1, 2, "a number with a leading zero"),
        ("[1.]", 1, 4, "expected a digit after the decimal point, found ']'"),
        ("[NaN]", 1, 2, "expected a value, found 'N'"),
        ("[True]", 1, 2, "expected a value, found 'T'"),
        ("[tru]", 1, 5, "expected a value (true is spelled in lower case, exactly), found ']'"),
        ("{\"a\" 1}", 1, 6, "expected ':' after the key \"a\", found '1'"),
        ("[\"a\nb\"]", 1, 4, "a line break inside a string"),
        ("[\"\\x\"]", 1, 3, "an unknown escape in a string"),
        ("[\"\\ud800\"]", 1, 3, "a lone UTF-16 surrogate escape (\\uD800)"),
        ("[\"é\\q\"]", 1, 4, "an unknown escape in a string"),
        ("[\"abc", 1, 2, "a string that is never closed"),
        ("{} {}", 1, 4, "expected the end of the file after the JSON value, found '{'"),
        ("  ", 1, 3, "the file holds no JSON value (it is empty)"),
        ("// note\n{}", 1, 1, "expected a value, found '/'"),
        ("[1e999]", 1, 2, "the number 1e999 is too large for a 64-bit floating-point value"),
    ] as [(String, Int, Int, String)])
    func syntaxErrorsSayWhereAndWhat(_ input: String, _ line: Int, _ column: Int, _ message: String) {
        let error = syntaxError(Array(input.utf8))
        #expect(error?.position == JSONPosition(line: line, column: column))
        #expect(error?.message == message)
    }

    @Test func invalidUTF8AndAByteOrderMarkAreRefused() {
        let invalid = syntaxError([0x7B, 0x0A, 0x22, 0xC3, 0x28, 0x22, 0x7D])
        #expect(invalid?.position == JSONPosition(line: 2, column: 2))
        #expect(invalid?.message == "invalid UTF-8 (byte 0xC3)")
        let bom = syntaxError([0xEF, 0xBB, 0xBF, 0x7B, 0x7D])
        #expect(bom?.message == "the file starts with a byte-order mark, which JSON does not allow")
        #expect(bom?.fix == "save the file as UTF-8 without a BOM")
    }

    @Test func nestingIsLimitedSoHostileInputCannotExhaustTheStack() {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(syntaxError(Array(deep.utf8))?.message == "objects and arrays are nested more than 512 deep")
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(syntaxError(Array(fine.utf8)) == nil)
    }
}
