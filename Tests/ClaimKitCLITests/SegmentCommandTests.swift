import Foundation
import Testing

/// `claimkit segment` through the real executable: output, formats and exit codes.
@Suite struct SegmentCommandTests {
    @Test func printsOneSentenceALineForASeedArticle() throws {
        let result = try CLIRunner.run(["segment", CLIRunner.seedPath("000_2d6beb6aebf89fa1.txt")])
        #expect(result.exitCode == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Ukraine Peace Plan Faces Steep Hurdles as Russia Digs In")
        #expect(lines.contains("Here’s a breakdown of the situation, what the plan entails, and why reaching an agreement will be incredibly challenging."))
        #expect(lines.contains("Military Strength: Ukraine would maintain a substantial military force of 800,000 personnel."))
    }

    @Test func jsonGivesCodePointOffsetsThatSliceTheText() throws {
        let text = "👩‍👩‍👧 Café\u{301} opened. 日本語です。Prices rose."
        let result = try CLIRunner.run(["segment", "--format", "json", "-"], stdin: Data(text.utf8))
        #expect(result.exitCode == 0)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        #expect(records.count == 3)
        for record in records {
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["text"] as? String)
        }
        #expect(records.last?["text"] as? String == "Prices rose.")
    }

    @Test func missingFileExitsTwoNamingIt() throws {
        let result = try CLIRunner.run(["segment", "/no/such/article.txt"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("/no/such/article.txt"))
        #expect(result.stderr.contains("no such file"))
        #expect(result.stdout.isEmpty)
    }

    @Test func invalidUTF8ExitsTwoWithTheByteOffset() throws {
        let path = try CLIRunner.temporaryFile(Array("Price: ".utf8) + [0xA3] + Array("5".utf8), name: "latin1.txt")
        let result = try CLIRunner.run(["segment", path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("\(path): byte 7: invalid UTF-8"))
    }

    @Test func binaryAndEmptyInputExitTwo() throws {
        let binary = try CLIRunner.temporaryFile([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], name: "archive.txt")
        let binaryResult = try CLIRunner.run(["segment", binary])
        #expect(binaryResult.exitCode == 2)
        #expect(binaryResult.stderr.contains("byte 4: NUL byte"))

        let emptyResult = try CLIRunner.run(["segment", "-"], stdin: Data())
        #expect(emptyResult.exitCode == 2)
        #expect(emptyResult.stderr.contains("<stdin>: the input is empty"))
    }

    @Test func badUsageExitsTwo() throws {
        let result = try CLIRunner.run(["segment", "--format", "yaml", "-"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("yaml"))
    }
}
