import Foundation
import Testing

/// The whole workflow through the built `claimkit`, as a fact-checker runs it.
@Suite struct StoreCommandTests {
    private func temporaryStore() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-cli-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = directory.appendingPathComponent("annotations").path
        let result = try CLIRunner.run(["init", store])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return store
    }

    @Test func fullWorkflowOnASeedArticle() throws {
        let store = try temporaryStore()
        let add = try CLIRunner.run(["add", CLIRunner.seedPath("002_71288f6fbee5ea84.txt"), "--store", store, "--id", "talks",
                                     "--title", "Ukraine-Russia Peace Talks Stall Again"])
        #expect(add.exitCode == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("added talks:"))

        let claim = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--quote", "Russia laid out four demands", "--by", "Ana"])
        #expect(claim.exitCode == 0, "\(claim.stderr)")
        let id = try #require(claim.stdout.split(separator: " ").dropFirst().first.map(String.init))   // "talks#cN"
        #expect(id.hasPrefix("talks#c"))

        let source = try CLIRunner.run(["source", "add", id, "--store", store, "--url", "https://www.un.org/en/about-us/un-charter",
                                        "--relation", "context", "--title", "UN Charter"])
        #expect(source.exitCode == 0, "\(source.stderr)")
        #expect(try CLIRunner.run(["verdict", id, "--store", store, "--rating", "unverifiable", "--rationale", "no record found yet",
                                   "--reviewer", "Ana", "--draft"]).exitCode == 0)
        #expect(try CLIRunner.run(["verdict", id, "--store", store, "--rating", "true", "--rationale", "four demands listed by Peskov",
                                   "--reviewer", "Ben", "--source", "s1"]).exitCode == 0)

        let show = try CLIRunner.run(["show", id, "--store", store])
        #expect(show.exitCode == 0)
        #expect(show.stdout.contains("unverifiable by Ana"))
        #expect(show.stdout.contains("true by Ben  ← current"))

        let status = try CLIRunner.run(["status", "--store", store, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["withCurrentVerdict"] as? Int == 1)
        #expect(rows.first?["withSources"] as? Int == 1)

        let dismiss = try CLIRunner.run(["claim", "dismiss", id, "--store", store, "--reason", "covered elsewhere"])
        #expect(dismiss.exitCode == 0)
        let listed = try CLIRunner.run(["claims", "talks", "--store", store, "--status", "dismissed"])
        #expect(listed.stdout.contains("\(id)  1.00  dismissed  [true]  Russia laid out four demands"))
    }

    @Test func editedTextIsReanchoredAndAnOrphanIsReportedAndKept() throws {
        let store = try temporaryStore()
        let original = try String(contentsOfFile: CLIRunner.seedPath("002_71288f6fbee5ea84.txt"), encoding: .utf8)
        let first = try CLIRunner.temporaryFile(Array(original.utf8), name: "talks.txt")
        #expect(try CLIRunner.run(["add", first, "--store", store]).exitCode == 0)
        let kept = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--quote", "Russia laid out four demands"])
        let doomed = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--quote", "His books and research papers explore these themes"])
        #expect(kept.exitCode == 0 && doomed.exitCode == 0)
        let keptID = String(kept.stdout.split(separator: " ")[1]).replacingOccurrences(of: "talks#", with: "")
        let doomedID = String(doomed.stdout.split(separator: " ")[1]).replacingOccurrences(of: "talks#", with: "")

        // The editor adds a paragraph at the top and cuts the author's biography.
        var edited = "Editor's note: this article was updated.\n" + original
        edited = edited.replacingOccurrences(of: "His books and research papers explore these themes and propose pragmatic solutions to our increasingly polarized society.", with: "")
        let second = try CLIRunner.temporaryFile(Array(edited.utf8), name: "talks.txt")
        let reanchor = try CLIRunner.run(["reanchor", "talks", second, "--store", store])
        #expect(reanchor.exitCode == 0, "\(reanchor.stderr)")
        #expect(reanchor.stdout.contains("\(keptID)  moved"))
        #expect(reanchor.stdout.contains("\(doomedID)  orphaned"))
        let listed = try CLIRunner.run(["claims", "talks", "--store", store])
        #expect(listed.stdout.contains("talks#\(doomedID)") && listed.stdout.contains("(orphaned)"))
    }

    @Test func badArgumentsExitTwoNamingTheProblemAndChangeNothing() throws {
        let store = try temporaryStore()
        #expect(try CLIRunner.run(["add", CLIRunner.seedPath("002_71288f6fbee5ea84.txt"), "--store", store, "--id", "talks"]).exitCode == 0)
        let claim = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--quote", "Russia laid out four demands"])
        let id = String(claim.stdout.split(separator: " ")[1])
        let before = try CLIRunner.run(["claims", "--store", store, "--format", "json"]).stdout

        let cases: [([String], String)] = [
            (["verdict", "talks#c999", "--store", store, "--rating", "true", "--rationale", "r", "--reviewer", "x"], "no claim talks#c999"),
            (["verdict", id, "--store", store, "--rating", "pants-on-fire", "--rationale", "r", "--reviewer", "x"], "rating 'pants-on-fire' is not on this store's verdict scale"),
            (["source", "add", id, "--store", store, "--url", "www.example.org"], "is not an absolute http(s) URL"),
            (["verdict", id, "--store", store, "--rating", "true", "--rationale", "r", "--reviewer", "x", "--date", "2025-13-01"], "is not a date written YYYY-MM-DD"),
            (["claims", "--store", store + "-missing"], "no claimkit store at"),
        ]
        for (arguments, message) in cases {
            let result = try CLIRunner.run(arguments)
            #expect(result.exitCode == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try CLIRunner.run(["claims", "--store", store, "--format", "json"]).stdout == before)
    }

    @Test func concurrentProcessesLoseNoVerdict() throws {
        let store = try temporaryStore()
        #expect(try CLIRunner.run(["add", CLIRunner.seedPath("002_71288f6fbee5ea84.txt"), "--store", store, "--id", "talks"]).exitCode == 0)
        let claim = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--quote", "Russia laid out four demands"])
        let id = String(claim.stdout.split(separator: " ")[1])
        let processes = (0..<12).map { n -> Process in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["verdict", id, "--store", store, "--rating", "true", "--rationale", "check \(n)", "--reviewer", "r\(n)", "--draft"]
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let show = try CLIRunner.run(["show", id, "--store", store, "--format", "json"])
        let view = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let verdicts = try #require(view["verdicts"] as? [[String: Any]])
        #expect(verdicts.count == 12)
        #expect(Set(verdicts.compactMap { $0["id"] as? String }).count == 12)
    }
}
