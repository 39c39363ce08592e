import Foundation
import Testing

/// `claimkit validate` as CI runs it: exit codes, and the text, github, junit and json outputs.
@Suite struct ValidateCommandTests {
    private static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ClaimKitTests/Fixtures/validation")

    private static func path(_ relative: String) -> String { corpus.appendingPathComponent(relative).path }

    /// Each corpus file's name, and whether it holds only warnings (exit 0 unless --strict).
    static let corpusFiles: [(String, Bool)] = [
        "syntax-trailing-comma.json", "unknown-field.json", "wrong-type.json", "missing-field.json", "invalid-enum.json",
        "invalid-date-form.json", "score-out-of-range.json", "format-version.json", "unknown-mention-kind.json",
        "speaker-span-half.json", "schema-several.json", "duplicate-key.json", "hash-mismatch.json", "length-mismatch.json",
        "span-outside-text.json", "span-reversed.json", "exact-text-mismatch.json", "context-mismatch.json",
        "duplicate-id.json", "unresolved-references.json", "rating-not-on-scale.json", "invalid-date.json",
        "invalid-url.json", "meaning-several.json", "xml-not-well-formed.xml", "xml-format-version.xml",
        "xml-schema-several.xml", "xml-span-reversed.xml", "xml-meaning-several.xml",
    ].map { ($0, false) } + [("warnings.json", true), ("text-not-found.json", true)]

    @Test(arguments: corpusFiles)
    func eachBrokenFileExitsOneAndEachWarningOnlyFileExitsZeroUnlessStrict(_ name: String, _ onlyWarnings: Bool) throws {
        let file = Self.path("invalid/\(name)")
        let result = try CLIRunner.run(["validate", file])
        #expect(result.exitCode == (onlyWarnings ? 0 : 1), "\(result.stdout)\(result.stderr)")
        let diagnostics = result.stdout.split(separator: "\n").dropLast()
        #expect(!diagnostics.isEmpty && diagnostics.allSatisfy { $0.hasPrefix(file + ":") })
        #expect(diagnostics.allSatisfy { $0.contains(onlyWarnings ? ": warning: " : ": error: ") || $0.contains(": warning: ") })
        if onlyWarnings {
            #expect(try CLIRunner.run(["validate", "--strict", file]).exitCode == 1)
        } else {
            #expect(result.stderr.hasPrefix("claimkit: error: validation failed: "))
        }
    }

    @Test func validFilesAndAStoreExitZero() throws {
        let result = try CLIRunner.run(["validate", "--strict", Self.path("valid/talks.json"), Self.path("valid/talks.xml"), Self.path("store")])
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "4 files are valid\n")
        #expect(result.stderr.isEmpty)
        let byOption = try CLIRunner.run(["validate", "--store", Self.path("store")])
        #expect(byOption.exitCode == 0 && byOption.stdout == "2 files are valid\n")
    }

    @Test func textOutputIsOneCompilerStyleLinePerProblem() throws {
        let file = Self.path("invalid/unknown-field.json")
        let result = try CLIRunner.run(["validate", file])
        #expect(result.stdout == """
            \(file):20:7: error: unknown field 'scroe' in claim [/claims/0/scroe] (did you mean 'score'?) [CK101]
            1 error and 0 warnings in 1 of 1 file

            """)
    }

    @Test func unreadablePathsAndBadUsageExitTwo() throws {
        let missing = try CLIRunner.run(["validate", Self.path("invalid/no-such-file.json")])
        #expect(missing.exitCode == 2)
        #expect(missing.stdout.contains("no-such-file.json: error: no such file or directory"))
        let notAStore = try CLIRunner.run(["validate", Self.path("invalid")])
        #expect(notAStore.exitCode == 2)
        #expect(notAStore.stdout.contains("not a claimkit store"))
        let mixed = try CLIRunner.run(["validate", Self.path("invalid/wrong-type.json"), Self.path("nowhere")])
        #expect(mixed.exitCode == 2)
        #expect(try CLIRunner.run(["validate", "--format", "yaml", Self.path("store")]).exitCode == 2)
    }

    @Test func githubFormatPrintsWorkflowCommands() throws {
        let file = Self.path("invalid/warnings.json")
        let result = try CLIRunner.run(["validate", "--format", "github", Self.path("invalid/context-mismatch.json"), file])
        #expect(result.exitCode == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("::error file=\(Self.path("invalid/context-mismatch.json")),line=53,col=19,title=claimkit CK206::claim c2's prefix"))
        #expect(lines[1].hasPrefix("::warning file=\(file),line=6,col=19,title=claimkit CK302::claim c1 is orphaned"))
        #expect(lines[2].hasPrefix("::warning file=\(file),line=54,col=18,title=claimkit CK303::"))
    }

    @Test func junitFormatWritesAReportDashboardsRead() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-junit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let output = directory.appendingPathComponent("report.xml").path
        let result = try CLIRunner.run(["validate", "--format", "junit", "--output", output,
                                        Self.path("invalid/meaning-several.json"), Self.path("valid/talks.json"), Self.path("invalid/text-not-found.json")])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        let xml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"claimkit validate\" tests=\"7\" failures=\"5\" errors=\"0\">"))
        #expect(xml.components(separatedBy: "<failure type=\"CK").count == 6)
        #expect(xml.contains("<testcase classname=\"\(Self.path("valid/talks.json"))\" name=\"valid\"/>"))
        #expect(xml.contains("<system-out>\(Self.path("invalid/text-not-found.json")):99:15: warning: text not found"))
        #expect(xml.contains("name=\"\(Self.path("invalid/meaning-several.json")):150:15 CK205\""))
    }

    @Test func jsonFormatIsTheWholeReport() throws {
        let result = try CLIRunner.run(["validate", "--format", "json", Self.path("invalid/unresolved-references.json")])
        #expect(result.exitCode == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == false)
        #expect(report["errorCount"] as? Int == 4)
        #expect(report["warningCount"] as? Int == 0)
        let files = try #require(report["files"] as? [[String: Any]])
        let issues = try #require(files.first?["issues"] as? [[String: Any]])
        #expect(issues.map { $0["code"] as? String } == ["CK208", "CK208", "CK208", "CK208"])
        #expect(issues.map { $0["pointer"] as? String } == ["/claims/0/mentions/2", "/claims/2/sources/0/source", "/verdicts/0/claim", "/verdicts/1/sources/1"])
        #expect(issues.first?["line"] as? Int == 9 && issues.first?["column"] as? Int == 9)
        #expect(issues.first?["severity"] as? String == "error")
        #expect(issues.first?["fix"] as? String == "remove it from the claim's mentions, or restore mention m9")
    }
}
