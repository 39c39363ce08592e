import ClaimKit
import Foundation
import Testing

/// `claimkit import` brings a native JSON or XML file into a store, refusing one made on
/// another text (exit 2, store unchanged).
@Suite struct ImportCommandTests {
    private let seed = CLIRunner.seedPath("002_71288f6fbee5ea84.txt")

    private func temporaryStore() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-cli-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = directory.appendingPathComponent("annotations").path
        #expect(try CLIRunner.run(["init", store]).exitCode == 0)
        return store
    }

    /// A store holding the seed as `talks`, with a claim, a source and a verdict.
    private func annotatedStore() throws -> String {
        let store = try temporaryStore()
        #expect(try CLIRunner.run(["add", seed, "--store", store, "--id", "talks", "--title", "Peace Talks 和平 🕊️"]).exitCode == 0)
        let claim = try CLIRunner.run(["claim", "add", "talks", "--store", store, "--quote", "Russia laid out four demands", "--by", "Ana"])
        let id = String(claim.stdout.split(separator: " ")[1])
        #expect(try CLIRunner.run(["source", "add", id, "--store", store, "--url", "https://www.un.org/en/about-us/un-charter"]).exitCode == 0)
        #expect(try CLIRunner.run(["verdict", id, "--store", store, "--rating", "true", "--rationale", "listed", "--reviewer", "Ben",
                                   "--source", "s1"]).exitCode == 0)
        return store
    }

    private func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Every file under a store but the (empty, git-ignored) lock file, to prove a refused
    /// import changed nothing.
    private func snapshot(_ store: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: store) ?? [] where path != ".lock" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: store + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = contents(store + "/" + path)
            }
        }
        return files
    }

    @Test func jsonFromAnotherStoreIsImportedWithItsText() throws {
        let source = try annotatedStore(), target = try temporaryStore()
        let result = try CLIRunner.run(["import", "\(source)/documents/talks.json", "--text", "\(source)/documents/talks.txt", "--store", target])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("imported talks:"))
        #expect(contents("\(target)/documents/talks.json") == contents("\(source)/documents/talks.json"))
        #expect(contents("\(target)/documents/talks.txt") == contents("\(source)/documents/talks.txt"))
        let show = try CLIRunner.run(["claims", "talks", "--store", target])
        #expect(show.exitCode == 0 && show.stdout.contains("Russia laid out four demands"))
    }

    @Test func xmlIsImportedIntoAStoreThatHoldsTheText() throws {
        let source = try annotatedStore(), target = try temporaryStore()
        #expect(try CLIRunner.run(["add", seed, "--store", target, "--id", "talks"]).exitCode == 0)
        let json = try #require(contents("\(source)/documents/talks.json"))
        let xml = try CLIRunner.temporaryFile(Array(try NativeXML.encode(try NativeJSON.decode(json))), name: "talks.xml")

        let refused = try CLIRunner.run(["import", xml, "--store", target])
        #expect(refused.exitCode == 2)
        #expect(refused.stderr.contains("already holds different annotations for 'talks'; pass --replace"))

        let result = try CLIRunner.run(["import", xml, "--store", target, "--replace"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(replaced the stored annotations)"))
        #expect(contents("\(target)/documents/talks.json") == json)
        #expect(try CLIRunner.run(["import", xml, "--store", target]).stdout.contains("nothing changed"))
    }

    @Test func hashMismatchExitsTwoNamingBothHashesAndChangesNothing() throws {
        let source = try annotatedStore(), target = try temporaryStore()
        #expect(try CLIRunner.run(["add", CLIRunner.seedPath("003_6e8a2ca9ae941b49.txt"), "--store", target, "--id", "talks"]).exitCode == 0)
        let before = try snapshot(target)
        let file = try NativeJSON.decode(try #require(contents("\(source)/documents/talks.json"))).document.textSHA256

        let againstStored = try CLIRunner.run(["import", "\(source)/documents/talks.json", "--store", target, "--replace"])
        #expect(againstStored.exitCode == 2)
        #expect(againstStored.stderr.contains("its textSHA256 is \(file)"))
        #expect(againstStored.stderr.contains("but the stored text of 'talks' has SHA-256 "))

        let otherText = CLIRunner.seedPath("000_2d6beb6aebf89fa1.txt")
        let againstGiven = try CLIRunner.run(["import", "\(source)/documents/talks.json", "--text", otherText, "--store", target, "--replace"])
        #expect(againstGiven.exitCode == 2)
        #expect(againstGiven.stderr.contains("but the text given with it has SHA-256 "))
        #expect(try snapshot(target) == before)
    }

    @Test func unusableFilesExitTwoWithTheReason() throws {
        let target = try temporaryStore()
        let before = try snapshot(target)
        let source = try annotatedStore()
        let broken = try CLIRunner.temporaryFile(Array("<annotations formatVersion=\"1\" xmlns=\"https://claimkit.dev/ns/annotations/1\">\n<document/>".utf8), name: "bad.xml")
        let cases: [([String], String)] = [
            (["import", "\(source)/documents/talks.json", "--store", target], "the store has no document 'talks'"),
            (["import", broken, "--store", target], "bad.xml:2"),
            (["import", CLIRunner.seedPath("000_2d6beb6aebf89fa1.txt"), "--store", target], "not a claimkit annotation file"),
            (["import", "/nonexistent/file.json", "--store", target], "cannot read the file"),
        ]
        for (arguments, message) in cases {
            let result = try CLIRunner.run(arguments)
            #expect(result.exitCode == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try snapshot(target) == before)
    }

    @Test func bratExportIsImportedBackWithItsClaimsSourcesAndRatings() throws {
        let source = try annotatedStore(), target = try temporaryStore()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-cli-brat-\(UUID().uuidString)").path
        #expect(try CLIRunner.run(["export", "talks", "--format", "brat", "--store", source, "-o", directory]).exitCode == 0)

        let result = try CLIRunner.run(["import", "\(directory)/talks.ann", "--store", target])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("imported talks:"), "\(result.stdout)")
        // brat keeps the rating but no reviewer or rationale: the user is told how to record it.
        #expect(result.stderr.contains("talks.ann: note: claim"), "\(result.stderr)")
        #expect(result.stderr.contains("--rating true"), "\(result.stderr)")
        let claims = try CLIRunner.run(["claims", "talks", "--store", target])
        #expect(claims.stdout.contains("Russia laid out four demands"), "\(claims.stdout)")
        let sources = try CLIRunner.run(["source", "list", "talks", "--store", target])
        #expect(sources.stdout.contains("https://www.un.org/en/about-us/un-charter"), "\(sources.stdout)")
        #expect(contents("\(target)/documents/talks.txt") == contents("\(source)/documents/talks.txt"))
    }

    @Test func bratWithoutItsTextOrWithABadLineIsHandled() throws {
        let target = try temporaryStore()
        let ann = try CLIRunner.temporaryFile(Array("T1\tNumber 0 3\tabc\n".utf8), name: "lonely.ann")
        let missing = try CLIRunner.run(["import", ann, "--store", target])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("lonely.txt"), "\(missing.stderr)")

        let directory = URL(fileURLWithPath: ann).deletingLastPathComponent().path
        try Data("abc def\n".utf8).write(to: URL(fileURLWithPath: directory + "/lonely.txt"))
        try Data("T1\tNumber 0 3\tabc\nthis line is not brat\n".utf8).write(to: URL(fileURLWithPath: ann))
        let imported = try CLIRunner.run(["import", ann, "--store", target])
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("lonely.ann:2: warning:"), "\(imported.stderr)")
    }
}
