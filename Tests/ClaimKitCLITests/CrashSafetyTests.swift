import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// SPEC §4: "a crash leaves the old or the new file, never half of one". claimkit is killed
/// with SIGKILL at random points of `add` (re-ingesting changed text, which rewrites both the
/// text and the annotation file), `verdict` and `export`, many times; after every kill
/// `claimkit validate` must pass on the store, and every verdict whose command exited 0 must
/// still be there at the end.
@Suite struct CrashSafetyTests {
    private struct Run {
        let exitedNormally: Bool
        let status: Int32
    }

    /// Starts claimkit, sends SIGKILL after `delay` seconds unless it has finished, and waits.
    private func runAndKill(_ arguments: [String], after delay: Double) throws -> Run {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if delay > 0 { usleep(UInt32(delay * 1_000_000)) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return Run(exitedNormally: process.terminationReason == .exit, status: process.terminationStatus)
    }

    /// How long an uninterrupted run takes, so the kills spread over the whole of it.
    private func duration(_ arguments: [String]) throws -> Double {
        let start = Date()
        let result = try CLIRunner.run(arguments)
        #expect(result.exitCode == 0, "\(arguments): \(result.stderr)")
        return Date().timeIntervalSince(start)
    }

    @Test func killedWritesLeaveTheOldOrTheNewStoreAndLoseNoVerdict() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = directory.appendingPathComponent("annotations").path
        #expect(try CLIRunner.run(["init", store]).exitCode == 0)

        // Two versions of one article: each `add` swaps the text and re-anchors.
        let original = try String(contentsOfFile: CLIRunner.seedPath("002_71288f6fbee5ea84.txt"), encoding: .utf8)
        let versions = [original, "Editor's note: this article was updated on March 15.\n" + original]
            .enumerated().map { try! CLIRunner.temporaryFile(Array($0.element.utf8), name: "talks-v\($0.offset).txt") }
        let add = ["add", versions[0], "--store", store, "--id", "talks"]
        #expect(try CLIRunner.run(add).exitCode == 0)
        let added = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--quote", "Russia laid out four demands"])
        #expect(added.exitCode == 0, "\(added.stderr)")
        let id = String(added.stdout.split(separator: " ")[1])
        let exports = directory.appendingPathComponent("annotations/exports").path

        let verdict = { (n: Int) in ["verdict", id, "--store", store, "--rating", "true", "--rationale", "kill-\(n)", "--reviewer", "r", "--draft"] }
        let export = ["export", "--all", "--store", store, "--format", "json", "-o", exports]
        let spans = [
            "add": try duration(["add", versions[1], "--store", store, "--id", "talks"]),
            "verdict": try duration(verdict(-1)),
            "export": try duration(export),
        ]
        var committed: Set<String> = ["kill--1"]
        let deadline = Date().addingTimeInterval(12)
        var iterations = 0
        var generator = SystemRandomNumberGenerator()
        for n in 0..<40 where Date() < deadline {
            iterations += 1
            // Half the runs are `add`, whose text-and-annotation swap is the hardest to get right.
            let (kind, arguments): (String, [String]) = switch n % 4 {
            case 0, 2: ("add", ["add", versions[n / 2 % 2], "--store", store, "--id", "talks"])
            case 1: ("verdict", verdict(n))
            default: ("export", export)
            }
            // Spread over the whole run, denser towards its end, where the writes are; a few
            // delays are longer than the run, so some runs finish.
            let span = spans[kind]!
            let delay = kind == "add" && n % 8 == 0 ? Double.random(in: 0...span, using: &generator)
                : Double.random(in: (span * 0.4)...(span * 1.2), using: &generator)
            let run = try runAndKill(arguments, after: delay)
            if kind == "verdict" && run.exitedNormally && run.status == 0 { committed.insert("kill-\(n)") }
            if run.exitedNormally { #expect(run.status == 0, "\(arguments) exited \(run.status)") }

            let validate = try CLIRunner.run(["validate", store])
            #expect(validate.exitCode == 0, "after killing `\(kind)` at \(Int(delay * 1000)) ms: \(validate.stdout)\(validate.stderr)")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: exports)) ?? [] where !name.hasPrefix(".") {
                let data = try Data(contentsOf: URL(fileURLWithPath: exports).appendingPathComponent(name))
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "half an export: \(name) after killing at \(Int(delay * 1000)) ms")
            }
            if validate.exitCode != 0 { break }
        }
        #expect(iterations >= 20)

        let show = try CLIRunner.run(["show", id, "--store", store, "--format", "json"])
        let view = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let rationales = Set(try #require(view["verdicts"] as? [[String: Any]]).compactMap { $0["rationale"] as? String })
        #expect(committed.isSubset(of: rationales), "lost: \(committed.subtracting(rationales).sorted())")
    }
}
