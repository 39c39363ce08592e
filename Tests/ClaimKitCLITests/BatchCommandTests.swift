import Foundation
import Testing

/// `claimkit batch` through the real executable: order, malformed lines, --fail-fast, --store.
@Suite struct BatchCommandTests {
    private static let seeds = ["000_2d6beb6aebf89fa1.txt", "001_245c95dc91bbb165.txt", "002_71288f6fbee5ea84.txt",
                                "003_6e8a2ca9ae941b49.txt", "004_93d92414a5d97f2f.txt"]

    /// `count` distinct articles from the seed texts: article `i` is the first paragraphs of a
    /// seed, longest first, so workers finish out of order; 20 of them span two windows at --jobs 2.
    private static func articles(_ count: Int) throws -> [(id: String, text: String)] {
        let texts = try seeds.map { try String(contentsOfFile: CLIRunner.seedPath($0), encoding: .utf8) }
        return (0..<count).map { i in
            let paragraphs = texts[i % texts.count].components(separatedBy: "\n\n")
            let keep = max(1, paragraphs.count - i / texts.count * 3)
            return (id: "a\(i)", text: paragraphs.prefix(keep).joined(separator: "\n\n"))
        }
    }

    private static func line(id: String, text: String, extra: [String: String] = [:]) throws -> String {
        var object = extra
        object["id"] = id
        object["text"] = text
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    private static func records(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func keepsInputOrderOnSeveralJobs() throws {
        let input = try Self.articles(20)
        let jsonl = try input.map { try Self.line(id: $0.id, text: $0.text) }.joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["batch", "--jobs", "2"], stdin: Data(jsonl.utf8))
        #expect(result.exitCode == 0, "\(result.stderr)")
        let records = try Self.records(result.stdout)
        try #require(records.count == input.count)
        for (article, record) in zip(input, records) {
            let document = try #require(record["document"] as? [String: Any])
            #expect(document["id"] as? String == article.id)
            #expect(document["length"] as? Int == article.text.unicodeScalars.count)
            // every sentence's offsets slice this article's own text
            let sentences = try #require(record["sentences"] as? [[String: Any]])
            let scalars = Array(article.text.unicodeScalars)
            #expect(!sentences.isEmpty)
            for sentence in sentences {
                let start = try #require(sentence["start"] as? Int), end = try #require(sentence["end"] as? Int)
                #expect(String(String.UnicodeScalarView(scalars[start..<end])) == sentence["text"] as? String, "\(article.id)")
            }
            #expect(record["mentions"] is [Any] && record["claims"] is [Any])
        }
        #expect(result.stderr.contains("20 articles, 0 skipped"))
    }

    @Test func malformedLinesAreReportedWithTheirNumberAndSkipped() throws {
        let good = try Self.articles(2)
        let jsonl = [
            try Self.line(id: good[0].id, text: good[0].text),
            "{\"id\": \"broken\", \"text\": ",                       // line 2: not JSON
            "",                                                      // line 3: blank, ignored
            "{\"id\": \"no-text\"}",                                 // line 4: missing "text"
            try Self.line(id: good[1].id, text: good[1].text, extra: ["published": "2025-11-28"]),
        ].joined(separator: "\n") + "\n"
        let path = try CLIRunner.temporaryFile(Array(jsonl.utf8), name: "articles.jsonl")
        let result = try CLIRunner.run(["batch", "--jobs", "2", path])
        #expect(result.exitCode == 1, "skipped lines make the run fail: \(result.stderr)")
        let ids = try Self.records(result.stdout).map { ($0["document"] as? [String: Any])?["id"] as? String }
        #expect(ids == ["a0", "a1"])
        #expect(result.stderr.contains("\(path):2: skipped: invalid JSON at column 26: the line ends before the value of \"text\""))
        #expect(result.stderr.contains("\(path):4: skipped: missing \"text\" in the object ending at column 17"))
        #expect(!result.stderr.contains(":3:"))
        #expect(result.stderr.contains("2 articles, 2 skipped"))
        #expect(!result.stderr.hasSuffix("claimkit: error: \n"), "the exit status needs no message of its own: \(result.stderr)")
    }

    @Test func failFastStopsAtTheFirstMalformedLine() throws {
        let good = try Self.articles(3)
        let jsonl = [
            try Self.line(id: good[0].id, text: good[0].text),
            "[1, 2, 3]",
            try Self.line(id: good[1].id, text: good[1].text),
            try Self.line(id: good[2].id, text: good[2].text),
        ].joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["batch", "--jobs", "2", "--fail-fast"], stdin: Data(jsonl.utf8))
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("<stdin>:2: skipped: not a JSON object: found an array at column 1"))
        #expect(result.stderr.contains("1 articles, 1 skipped"))
        #expect(result.stderr.contains("--fail-fast"))
        let ids = try Self.records(result.stdout).map { ($0["document"] as? [String: Any])?["id"] as? String }
        #expect(ids == ["a0"], "nothing after the bad line is written")
    }

    @Test func storeIngestsEveryArticle() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-cli-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = directory.appendingPathComponent("annotations").path
        #expect(try CLIRunner.run(["init", store]).exitCode == 0)

        let input = try Self.articles(4)
        let jsonl = try input.map { try Self.line(id: $0.id, text: $0.text, extra: ["title": "Title \($0.id)"]) }.joined(separator: "\n")
        let result = try CLIRunner.run(["batch", "--jobs", "2", "--store", store], stdin: Data(jsonl.utf8))
        #expect(result.exitCode == 0, "\(result.stderr)")
        let outcomes = try Self.records(result.stdout)
        #expect(outcomes.map { $0["id"] as? String } == input.map(\.id))
        #expect(outcomes.allSatisfy { ($0["claims"] as? Int ?? 0) > 0 })

        let status = try CLIRunner.run(["status", "--store", store, "--format", "json"])
        #expect(status.exitCode == 0, "\(status.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["id"] as? String }) == Set(input.map(\.id)))
        #expect(rows.first { $0["id"] as? String == "a0" }?["title"] as? String == "Title a0")
        for (row, outcome) in zip(rows.sorted { ($0["id"] as? String ?? "") < ($1["id"] as? String ?? "") },
                                  outcomes.sorted { ($0["id"] as? String ?? "") < ($1["id"] as? String ?? "") }) {
            #expect(row["flagged"] as? Int == outcome["claims"] as? Int)
        }

        let claims = try CLIRunner.run(["claims", "a2", "--store", store])
        #expect(claims.exitCode == 0)
        #expect(claims.stdout.contains("a2#c1"))
    }

    /// A failed write (here a full disk, `/dev/full`) stops the run with a message, not a crash.
    @Test func outputThatCannotBeWrittenIsReported() throws {
        let input = try Self.articles(3)
        let path = try CLIRunner.temporaryFile(Array(try input.map { try Self.line(id: $0.id, text: $0.text) }.joined(separator: "\n").utf8),
                                               name: "articles.jsonl")
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["batch", "--jobs", "1", path]
        process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr.contains("cannot write to standard output (No space left on device)"), "\(stderr)")
    }
}
