import Foundation
import Testing

/// SPEC §4: "two claimkit processes writing the same store at once lose no update". Many
/// processes add claims, sources and verdicts, and ingest documents, all at once; the final store
/// holds every one. (Verdicts alone: StoreCommandTests.concurrentProcessesLoseNoVerdict.)
@Suite struct ConcurrencyTests {
    @Test func concurrentClaimsSourcesVerdictsAndDocumentsAreAllKept() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-concurrent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = directory.appendingPathComponent("annotations").path
        #expect(try CLIRunner.run(["init", store]).exitCode == 0)
        #expect(try CLIRunner.run(["add", CLIRunner.seedPath("002_71288f6fbee5ea84.txt"), "--store", store, "--id", "talks"]).exitCode == 0)
        let claim = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--quote", "Russia laid out four demands"])
        let id = String(claim.stdout.split(separator: " ")[1])

        let quotes = ["Ceasefire negotiations", "technical pause", "military equipment", "four days", "humanitarian corridors",
                      "March 7", "permanent ceasefire", "annexed by Russia"]
        var commands: [[String]] = []
        for (n, quote) in quotes.enumerated() {
            commands.append(["claim", "add", "talks", "--quote", quote, "--by", "p\(n)"])
            commands.append(["source", "add", id, "--url", "https://example.org/report-\(n)", "--relation", "context"])
            commands.append(["verdict", id, "--rating", "mixed", "--rationale", "concurrent \(n)", "--reviewer", "r\(n)", "--draft"])
        }
        let seeds = ["000_2d6beb6aebf89fa1.txt", "001_245c95dc91bbb165.txt", "003_6e8a2ca9ae941b49.txt", "004_93d92414a5d97f2f.txt"]
        for seed in seeds { commands.append(["add", CLIRunner.seedPath(seed), "--id", "doc-\(seed.prefix(3))"]) }

        let processes = commands.shuffled().map { arguments -> Process in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = arguments + ["--store", store]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "\(processes.filter { $0.terminationStatus != 0 }.map { $0.arguments ?? [] })")

        let claims = try CLIRunner.run(["claims", "talks", "--store", store, "--format", "json"])
        let claimRows = try #require(try JSONSerialization.jsonObject(with: Data(claims.stdout.utf8)) as? [[String: Any]])
        let byPeople = claimRows.compactMap { $0["claim"] as? [String: Any] }
            .filter { ($0["provenance"] as? [String: Any])?["agent"] as? String == "person" }
        #expect(byPeople.count == quotes.count + 1)
        #expect(Set(byPeople.compactMap { $0["id"] as? String }).count == byPeople.count)

        let show = try CLIRunner.run(["show", id, "--store", store, "--format", "json"])
        let view = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let verdicts = try #require(view["verdicts"] as? [[String: Any]])
        #expect(Set(verdicts.compactMap { $0["rationale"] as? String }) == Set(quotes.indices.map { "concurrent \($0)" }))
        #expect(Set(verdicts.compactMap { $0["id"] as? String }).count == quotes.count)

        let sources = try CLIRunner.run(["source", "list", "talks", "--store", store, "--format", "json"])
        let sourceRows = try #require(try JSONSerialization.jsonObject(with: Data(sources.stdout.utf8)) as? [[String: Any]])
        let urls = Set(sourceRows.compactMap { ($0["source"] as? [String: Any])?["url"] as? String })
        #expect(urls == Set(quotes.indices.map { "https://example.org/report-\($0)" }), "\(sources.stdout)")

        let status = try CLIRunner.run(["status", "--store", store, "--format", "json"])
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
        #expect(documents.count == 1 + seeds.count)
        let validate = try CLIRunner.run(["validate", store])
        #expect(validate.exitCode == 0, "\(validate.stdout)")
    }
}
