import Foundation
import Testing

/// Hostile input through the built `claimkit`: a clear error and exit code 2 (1 from
/// `validate`, whose job is to report a broken file), never a crash, a hang or a write outside
/// the store.
///
/// Covered elsewhere and not repeated here: invalid UTF-8, NUL bytes and empty input to
/// `segment` (SegmentCommandTests), the entity guards of the XML parser
/// (XMLDocumentSafetyTests), the JSON parser's nesting limit (JSONParserTests), `../` ids in
/// `AnnotationStore.ingest` (StoreWorkflowTests).
@Suite struct HostileInputTests {
    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// A store holding seed 002 as `talks`, and the directory around it.
    private func storeWithAnArticle() throws -> (directory: URL, store: String) {
        let directory = try temporaryDirectory()
        let store = directory.appendingPathComponent("annotations").path
        #expect(try CLIRunner.run(["init", store]).exitCode == 0)
        let add = try CLIRunner.run(["add", CLIRunner.seedPath("002_71288f6fbee5ea84.txt"), "--store", store, "--id", "talks"])
        #expect(add.exitCode == 0, "\(add.stderr)")
        return (directory, store)
    }

    private func documents(_ store: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: store + "/documents").filter { !$0.hasPrefix(".") }.sorted()
    }

    private func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func brokenBytesInMarkdownHTMLAndStandardInputAddNothing() throws {
        let (_, store) = try storeWithAnArticle()
        let cases: [([UInt8], String, String)] = [
            (Array("# Title\n\nPrice: ".utf8) + [0xA3, 0x35], "latin1.md", "byte 16: invalid UTF-8"),
            (Array("<p>caf".utf8) + [0xC3] + Array("</p>".utf8), "truncated.html", "byte 6: invalid UTF-8"),
            (Array("<p>text".utf8) + [0x00] + Array("</p>".utf8), "nul.html", "byte 7: NUL byte"),
            (Array("Surrogate ".utf8) + [0xED, 0xA0, 0x80], "surrogate.txt", "byte 10: invalid UTF-8"),
            (Array("Overlong ".utf8) + [0xC0, 0xAF], "overlong.txt", "byte 9: invalid UTF-8"),
        ]
        for (bytes, name, message) in cases {
            let path = try CLIRunner.temporaryFile(bytes, name: name)
            let result = try CLIRunner.run(["add", path, "--store", store, "--id", "broken"])
            #expect(result.exitCode == 2, "\(name)")
            #expect(result.stderr.contains("\(path): \(message)"), "\(result.stderr)")
        }
        let stdin = try CLIRunner.run(["add", "-", "--store", store, "--id", "broken"], stdin: Data([0x41, 0x00, 0x42]))
        #expect(stdin.exitCode == 2)
        #expect(stdin.stderr.contains("<stdin>: byte 1: NUL byte"), "\(stdin.stderr)")
        #expect(try documents(store) == ["talks.json", "talks.txt"])
    }

    /// SPEC sets no size limit, so a long single line is a document: it must be processed in
    /// linear time, not refused. 4 MB keeps the debug build fast; scripts/linearity.sh runs
    /// 100 MB through the release build.
    @Test func aLongSingleLineIsOneSegment() throws {
        let directory = try temporaryDirectory()
        let size = 4 << 20
        let path = directory.appendingPathComponent("line.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: UInt8(ascii: "a"), count: size)))
        let result = try CLIRunner.run(["segment", path])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.utf8.count == size + 1)   // the line and its newline
    }

    @Test func deeplyNestedHTMLIsRefusedNamingTheLimit() throws {
        let directory = try temporaryDirectory()
        let html = String(repeating: "<div>", count: 100_000) + "Deep text. Second sentence." + String(repeating: "</div>", count: 100_000)
        let path = try write(html, "deep.html", in: directory)
        let result = try CLIRunner.run(["segment", path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("\(path): cannot parse the HTML"), "\(result.stderr)")
        #expect(result.stderr.contains("nested more than"))

        // Nesting well inside the limit is ordinary HTML.
        let shallow = String(repeating: "<div>", count: 100) + "Deep text. Second sentence." + String(repeating: "</div>", count: 100)
        let ok = try CLIRunner.run(["segment", try write(shallow, "shallow.html", in: directory)])
        #expect(ok.exitCode == 0, "\(ok.stderr)")
        #expect(ok.stdout == "Deep text.\nSecond sentence.\n")
    }

    @Test func entityBombsAndExternalEntitiesAreRefusedByImportAndValidate() throws {
        let (directory, store) = try storeWithAnArticle()
        let secret = try write("top secret\n", "secret.txt", in: directory)
        let files = [
            ("lol.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <annotations>&lol3;</annotations>
                """, "lol"),
            ("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE a [<!ENTITY xxe SYSTEM "file://\(secret)">]>
                <annotations>&xxe;</annotations>
                """, "xxe"),
            ("dtd.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE annotations SYSTEM "http://127.0.0.1:9/evil.dtd">
                <annotations/>
                """, nil),
        ]
        for (name, xml, entity) in files {
            let path = try write(xml, name, in: directory)
            let imported = try CLIRunner.run(["import", path, "--store", store])
            #expect(imported.exitCode == 2, "\(name): \(imported.stderr)")
            #expect(imported.stderr.contains(path))
            if let entity { #expect(imported.stderr.contains("declares the entity '\(entity)'"), "\(imported.stderr)") }
            let validated = try CLIRunner.run(["validate", path])
            #expect(validated.exitCode == 1, "\(name): \(validated.stderr)")
            #expect(!validated.stdout.contains("top secret") && !imported.stderr.contains("top secret"))
        }
        #expect(try documents(store) == ["talks.json", "talks.txt"])
    }

    @Test func jsonNestedAHundredThousandDeepIsRefused() throws {
        let (directory, store) = try storeWithAnArticle()
        for (name, json) in [("arrays.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
                             ("objects.json", String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000))] {
            let path = try write(json, name, in: directory)
            let validated = try CLIRunner.run(["validate", path])
            #expect(validated.exitCode == 1)
            #expect(validated.stdout.contains("nested more than 512 deep"), "\(validated.stdout)")
            let imported = try CLIRunner.run(["import", path, "--store", store])
            #expect(imported.exitCode == 2, "\(imported.stderr)")
            #expect(imported.stderr.contains(path))
        }
    }

    @Test func negativeAndHugeOffsetsAreRefused() throws {
        let (directory, store) = try storeWithAnArticle()
        for span in ["-5:3", "5:3", "3:3", "0:99999999999999999999", "-9223372036854775808:0", "0:9223372036854775807",
                     "9223372036854775806:9223372036854775807"] {
            let result = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--span=\(span)"])
            #expect(result.exitCode == 2, "\(span)")
            #expect(result.stderr.contains("span"), "\(result.stderr)")
        }

        // The same offsets in a file to import: the stored file is edited and re-imported.
        let stored = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: store + "/documents/talks.json"))) as? [String: Any])
        let text = store + "/documents/talks.txt"
        let edits: [(String, (inout [String: Any]) -> Void)] = [
            ("negative", { $0["start"] = -5 }),
            ("huge", { $0["end"] = 1e30 }),
            ("max", { $0["start"] = Int.max - 1; $0["end"] = Int.max }),
            ("reversed", { $0["start"] = 50; $0["end"] = 10 }),
        ]
        for (name, edit) in edits {
            var file = stored
            var mentions = try #require(file["mentions"] as? [[String: Any]])
            edit(&mentions[0])
            file["mentions"] = mentions
            let path = directory.appendingPathComponent("\(name).json").path
            try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: path))
            let imported = try CLIRunner.run(["import", path, "--store", store, "--text", text])
            #expect(imported.exitCode == 2, "\(name): \(imported.stderr)")
            #expect(imported.stderr.contains(path), "\(imported.stderr)")
            try FileManager.default.copyItem(atPath: text, toPath: directory.appendingPathComponent("\(name).txt").path)
            let validated = try CLIRunner.run(["validate", path])
            #expect(validated.exitCode == 1, "\(name)")
            #expect(validated.stdout.contains("/mentions/0/"), "\(validated.stdout)")
        }
    }

    @Test func idsThatWouldEscapeTheStoreAreRefusedEverywhere() throws {
        let (directory, store) = try storeWithAnArticle()
        // Files one and two levels above documents/, where a `../` id would land.
        for planted in ["evil", "annotations/evil"] {
            let url = directory.appendingPathComponent(planted)
            try Data("Outside text. It has 2 numbers, 3.".utf8).write(to: url.appendingPathExtension("txt"))
        }
        let seed = CLIRunner.seedPath("002_71288f6fbee5ea84.txt")
        let commands: [[String]] = [
            ["add", seed, "--id", "../evil"], ["add", seed, "--id", "../../evil"], ["add", seed, "--id", "a/b"],
            ["add", seed, "--id", "/tmp/evil"], ["add", seed, "--id", ".hidden"], ["add", seed, "--id", ""],
            ["claim", "add", "../evil", "--span", "0:7"], ["claim", "add", "../../evil", "--quote", "Outside"],
            ["claim", "dismiss", "../evil#c1", "--reason", "x"],
            ["show", "../evil#c1"], ["source", "add", "../evil#c1", "--url", "https://example.org"],
            ["verdict", "../../evil#c1", "--rating", "true", "--rationale", "r", "--reviewer", "x"],
            ["claims", "../evil"], ["export", "../evil", "--format", "json"], ["reanchor", "../evil", seed],
        ]
        for command in commands {
            let result = try CLIRunner.run(command + ["--store", store])
            #expect(result.exitCode == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("document id") || result.stderr.contains("claim reference")
                    || result.stderr.contains("is invalid for"), "\(command): \(result.stderr)")
            #expect(!result.stdout.contains("Outside text"), "\(command)")
        }

        // An annotation file whose own document id points outside the store.
        let exported = try CLIRunner.run(["export", "talks", "--store", store, "--format", "json"])
        let escaping = exported.stdout.replacingOccurrences(of: "\"id\" : \"talks\"", with: "\"id\" : \"..\\/..\\/escape\"")
        #expect(escaping != exported.stdout)
        let path = try write(escaping, "escape.json", in: directory)
        let imported = try CLIRunner.run(["import", path, "--store", store, "--text", store + "/documents/talks.txt"])
        #expect(imported.exitCode == 2)
        #expect(imported.stderr.contains("'../../escape' is not a usable document id"), "\(imported.stderr)")

        #expect(try documents(store) == ["talks.json", "talks.txt"])
        let around = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(around == ["annotations", "escape.json", "evil.txt"])
        #expect(!FileManager.default.fileExists(atPath: store + "/evil.json"))
    }
}
