import Foundation
import Testing

/// The independent validators SPEC §5 asks for: `xmllint --schema` (Debian's libxml2-utils)
/// and Python's `jsonschema`. A missing tool fails the test with the install command; it is
/// never skipped.
enum ExternalValidators {
    /// The repository root, found from this file's place in `Tests/ClaimKitTests/Formats/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var xsdPath: String { repositoryRoot.appendingPathComponent("schemas/claimkit.xsd").path }
    static var jsonSchemaPath: String { repositoryRoot.appendingPathComponent("schemas/claimkit.schema.json").path }

    /// Problems found per file path; an empty list means the file is valid.
    typealias Results = [String: [String]]

    /// `xmllint --noout --schema schemas/claimkit.xsd FILE…`, one run for all files.
    static func xmllint(_ files: [String]) throws -> Results {
        let xmllint = try #require(executable("xmllint"),
                                   "xmllint is not on PATH: install Debian's libxml2-utils (apt-get install libxml2-utils)")
        let run = try runProcess(xmllint, ["--noout", "--schema", xsdPath] + files)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        var results: Results = [:]
        for file in files {
            if lines.contains("\(file) validates") {
                results[file] = []
            } else {
                let problems = lines.filter { $0.hasPrefix(file + ":") }
                results[file] = problems.isEmpty ? ["xmllint: \(lines.filter { $0.contains(file) }.joined(separator: "; "))"] : problems
            }
        }
        return results
    }

    /// Python's `jsonschema` (Draft202012Validator, after checking the schema itself against
    /// the 2020-12 meta-schema), one run for all files.
    static func jsonschema(_ files: [String]) throws -> Results {
        let python = try #require(executable("python3"), "python3 is not on PATH: install it (apt-get install python3)")
        let run = try runProcess(python, ["-c", pythonScript, jsonSchemaPath] + files)
        try #require(run.status == 0, "python3 jsonschema failed: \(run.stderr)")
        let decoded = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [String]]
        return try #require(decoded, "unexpected output from the jsonschema script: \(run.stdout)")
    }

    private static let pythonScript = """
        import json, sys
        try:
            from jsonschema import Draft202012Validator
        except ImportError:
            sys.exit("python3 cannot import jsonschema: install it with `pip install jsonschema`")
        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        results = {}
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as f:
                try:
                    instance = json.load(f)
                except ValueError as error:
                    results[path] = ["not JSON: %s" % error]
                    continue
            results[path] = ["/%s: %s" % ("/".join(map(str, e.absolute_path)), e.message) for e in validator.iter_errors(instance)]
        print(json.dumps(results))
        """

    /// The full path of `name` on PATH, or `nil`.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tool with its output going to temporary files, so no pipe can fill and block it.
    private static func runProcess(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let directory = try makeTemporaryDirectory("tool")
        let outURL = URL(fileURLWithPath: directory + "/stdout"), errURL = URL(fileURLWithPath: directory + "/stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8), try String(contentsOf: errURL, encoding: .utf8))
    }
}
