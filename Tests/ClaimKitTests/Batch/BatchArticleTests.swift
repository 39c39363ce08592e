import Foundation
import Testing
@testable import ClaimKit

/// The batch line reader: what it accepts (compared with `JSONSerialization`), and what each
/// error says and where.
@Suite struct BatchArticleTests {
    private func parse(_ line: String) throws(BatchLineError) -> BatchArticle {
        try BatchArticle.parse(Array(line.utf8))
    }

    /// The message for `line`, which must be rejected.
    private func message(_ line: [UInt8]) -> String {
        do {
            let article = try BatchArticle.parse(line)
            return "accepted: \(article)"
        } catch {
            return error.message
        }
    }

    private func message(_ line: String) -> String { message(Array(line.utf8)) }

    @Test func readsEveryField() throws {
        let article = try parse(#"{"id": "bbc/1", "title": "T", "url": "https://x.org/a", "published": "2025-11-28", "text": "Body."}"#)
        #expect(article == BatchArticle(id: "bbc/1", text: "Body.", title: "T", url: "https://x.org/a", published: "2025-11-28"))
    }

    @Test func nullOptionalsAreAbsentAndUnknownKeysAreSkippedWhateverTheirValue() throws {
        let line = """
            \u{FEFF} { "meta" : {"tags": ["a", {"b": [1, -2.5e+3, 0, 0.0, 1E9]}, [], {}], "ok": true, "no": false, "none": null},
            "id":"a", "title": null, "url" : null, "text" :"t", "extra": "\\u0041\\n", "n": -0 }\t
            """.replacingOccurrences(of: "\n", with: " ")
        #expect(try parse(line) == BatchArticle(id: "a", text: "t"))
    }

    @Test func decodesEveryEscapeIntoTheTextBytes() throws {
        let article = try parse(#"{"id": "\u0069d", "text": "q\" b\\ s\/ \b\f\n\r\t caf\u00e9 \u00E9 \ud83d\ude00 \u2028 raw é 👍🏽 和平"}"#)
        #expect(article.id == "id")
        #expect(article.textUTF8 == Array("q\" b\\ s/ \u{08}\u{0C}\n\r\t café é 😀 \u{2028} raw é 👍🏽 和平".utf8))
    }

    @Test func keysMayBeEscapedToo() throws {
        #expect(try parse(#"{"\u0069d": "a", "te\u0078t": "b"}"#) == BatchArticle(id: "a", text: "b"))
    }

    /// Lines `JSONSerialization` writes from the seed articles and from hostile strings read
    /// back to the same values.
    @Test func agreesWithJSONSerialization() throws {
        var texts = try Fixtures.seedNames.map { try Fixtures.string("seeds/\($0)") }
        texts += ["\"quoted\" \\ back / slash \u{01}\u{1F} tab\t 👩‍👩‍👧 cafe\u{301} 和平", "\u{7F}\u{85}\u{2028}\u{FFFF}\u{10FFFF}"]
        for (index, text) in texts.enumerated() {
            let object: [String: Any] = ["id": "a\(index)", "text": text, "title": "Title \(text.prefix(20))",
                                         "url": "https://example.org/\(index)", "skipped": ["nested": [1, 2.5, text] as [Any]]]
            let line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            let article = try BatchArticle.parse(Array(line))
            #expect(article == BatchArticle(id: "a\(index)", text: text, title: "Title \(text.prefix(20))", url: "https://example.org/\(index)"))
        }
    }

    @Test func nestingIsLimitedInSkippedValues() throws {
        let depth = BatchLineParser.maximumDepth
        let deep = { (levels: Int) in #"{"id": "a", "text": "b", "x": "# + String(repeating: "[", count: levels) + String(repeating: "]", count: levels) + "}" }
        #expect(try parse(deep(depth - 1)).id == "a")
        #expect(message(deep(depth + 10)).hasPrefix("invalid JSON at column \(31 + depth): more than \(depth) nested"))
    }

    /// Each error says what is wrong and at which byte column (from 1).
    @Test(arguments: [
        ("", "not a JSON object: found the end of the line at column 1"),
        (#"[1, 2, 3]"#, "not a JSON object: found an array at column 1; each line needs {\"id\": …, \"text\": …}"),
        (#"  "text""#, "not a JSON object: found a string at column 3"),
        (#"{"id": "a"}"#, "missing \"text\" in the object ending at column 11"),
        (#"{"text": "a"}"#, "missing \"id\" in the object ending at column 13"),
        (#"{"id": 5, "text": "a"}"#, "wrong type at \"id\" (column 8): expected a string, found a number"),
        (#"{"id": "a", "text": ["a"]}"#, "wrong type at \"text\" (column 21): expected a string, found an array"),
        (#"{"id": "a", "text": null}"#, "wrong type at \"text\" (column 21): expected a string, found null"),
        (#"{"id": "a", "text": "b", "title": 3}"#, "wrong type at \"title\" (column 35): expected a string or null, found a number"),
        (#"{"id": "a", "text": "b", "id": "c"}"#, "duplicate \"id\" at column 26; each key may appear once"),
        (#"{"id": "a", "text": "b"#, "invalid JSON at column 21: unterminated string"),
        (#"{"id": "a", "text": "b\"}"#, "invalid JSON at column 21: unterminated string"),
        (#"{"id": "broken", "text": "#, "invalid JSON at column 26: the line ends before the value of \"text\""),
        (#"{"id": "a", "text": "b""#, "invalid JSON at column 24: expected ',' or '}', found the end of the line"),
        (#"{"id": "a" "text": "b"}"#, "invalid JSON at column 12: expected ',' or '}', found a string"),
        (#"{"id": "a", "text": "b",}"#, "invalid JSON at column 25: expected a key in double quotes, found '}'"),
        (#"{id: "a"}"#, "invalid JSON at column 2: expected a key in double quotes, found 'i'"),
        (#"{"id" "a"}"#, "invalid JSON at column 7: expected ':' after the key, found a string"),
        (#"{"id": "a", "text": "b"} {}"#, "more after the object: found an object at column 26; each line holds one article"),
        (#"{"id": "a", "text": "b\q"}"#, "invalid JSON at column 23: an unknown escape in a string"),
        (#"{"id": "a", "text": "b\u12"}"#, "invalid JSON at column 23: \\u must be followed by four hex digits"),
        (#"{"id": "a", "text": "\ud83d x"}"#, "invalid JSON at column 22: a lone UTF-16 surrogate escape (\\uD83D)"),
        (#"{"id": "a", "text": "\ude00"}"#, "invalid JSON at column 22: a lone UTF-16 surrogate escape (\\uDE00)"),
        ("{\"id\": \"a\", \"text\": \"tab\there\"}", "invalid JSON at column 25: control character 0x09 in a string"),
        (#"{"id": "a", "text": "b", "x": 01}"#, "invalid JSON at column 32: expected ',' or '}', found a number"),
        (#"{"id": "a", "text": "b", "x": -}"#, "invalid JSON at column 31: malformed number"),
        (#"{"id": "a", "text": "b", "x": 1.}"#, "invalid JSON at column 31: malformed number (no digit after '.')"),
        (#"{"id": "a", "text": "b", "x": 1e}"#, "invalid JSON at column 31: malformed number (no digit in the exponent)"),
        (#"{"id": "a", "text": "b", "x": tru}"#, "invalid JSON at column 31: expected a value, found 't'"),
        (#"{"id": "a", "text": "b", "x": [1 2]}"#, "invalid JSON at column 34: expected ',' or ']', found a number"),
        (#"{"id": "a", "text": "b", "x": "\x"}"#, "invalid JSON at column 32: an unknown escape in a string"),
        (#"{"id": "a", "text": "b", "x": [{"\y": 1}]}"#, "invalid JSON at column 34: an unknown escape in a string"),
        (#"{"\ud83d": 1, "id": "a", "text": "b"}"#, "invalid JSON at column 3: a lone UTF-16 surrogate escape (\\uD83D)"),
        (#"{"id": "a", "text": "b", "published": "28/11/2025"}"#, "\"published\" at column 39 must be YYYY-MM-DD, got \"28/11/2025\""),
        (#"{"id": "a", "text": "b", "x": ×}"#, "invalid JSON at column 31: expected a value, found '×'"),
    ])
    func errorsSayWhatAndWhere(line: String, expected: String) {
        let message = message(line)
        #expect(message.hasPrefix(expected), "\(line)")
    }

    /// The text is read sixteen bytes at a time: escapes, errors and the closing quote at every
    /// place in a chunk, in texts longer than one, give what the short texts above give.
    @Test func longTextsDecodeAndFailAlikeWhereverTheEscapeFalls() throws {
        let prefix = #"{"id": "a", "text": ""#
        for length in 0..<40 {
            let plain = String(repeating: "x", count: length)
            for (escape, decoded) in [(#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), (#"\/"#, "/"), (#"\u00e9"#, "é")] {
                let article = try parse(prefix + plain + escape + plain + #"", "title": "t"}"#)
                #expect(article.text == plain + decoded + plain, "\(length) \(escape)")
            }
            #expect(try parse(prefix + plain + #""}"#).text == plain)
            let column = prefix.utf8.count + length + 1
            #expect(message(prefix + plain + #"\q"# + plain + #""}"#) == #"invalid JSON at column \#(column): an unknown escape in a string; escape a backslash as \\"#)
            #expect(message(prefix + plain + "\t" + plain + #""}"#).hasPrefix("invalid JSON at column \(column): control character 0x09"))
            #expect(message(prefix + plain + #"\u12"#).hasPrefix("invalid JSON at column \(prefix.utf8.count): unterminated string"))
            #expect(message(prefix + plain + #"\"#).hasPrefix("invalid JSON at column \(prefix.utf8.count): unterminated string"))
        }
    }

    /// A parsed article's document skips the UTF-8 check its line has had; the others still
    /// check, and every article gives the loader's errors.
    @Test func documentIsWhatTheLoaderMakes() throws {
        let parsed = try parse(#"{"id": "a", "text": "Caf\u00e9 \"open\"\r\nnow."}"#)
        #expect(try parsed.document().utf8 == DocumentLoader.load(bytes: parsed.textUTF8, name: "a", as: .plainText).utf8)
        #expect(try parsed.document().text == "Café \"open\"\nnow.")

        let nul = try parse(#"{"id": "n", "text": "a\u0000b"}"#)
        #expect(throws: DocumentLoadError.self) { try nul.document() }
        do {
            _ = try nul.document()
        } catch let error as DocumentLoadError {
            #expect(error.code == .binary && error.file == "n" && error.byteOffset == 1)
        }

        var latin1 = BatchArticle(id: "l", textUTF8: Array("caf".utf8) + [0xE9])
        #expect((try? latin1.document()) == nil)
        var edited = parsed
        edited.textUTF8 = latin1.textUTF8
        #expect(edited == BatchArticle(id: "a", textUTF8: latin1.textUTF8))   // the flag is not part of the value
        do {
            _ = try edited.document()
            Issue.record("ill-formed UTF-8 was loaded")
        } catch let error as DocumentLoadError {
            #expect(error.code == .invalidUTF8 && error.byteOffset == 3)
        }
        latin1.textUTF8 = Array("fine".utf8)
        #expect(try latin1.document().text == "fine")
    }

    @Test func invalidUTF8IsRejectedWithItsColumn() {
        var line = Array(#"{"id": "a", "text": "caf"#.utf8)
        line += [0xE9, UInt8(ascii: "\""), UInt8(ascii: "}")]
        #expect(message(line) == "invalid UTF-8 at column 25 (byte 0xE9); save the file as UTF-8")
        let surrogate = Array(#"{"id": "a", "text": ""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8)
        #expect(message(surrogate).hasPrefix("invalid UTF-8 at column 22 (byte 0xED)"))
    }
}
