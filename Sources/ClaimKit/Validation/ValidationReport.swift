/// What `claimkit validate` found: every file it checked, each with its problems.
///
/// Files keep the order they were named in (a store's files in id order), and each file's
/// issues are sorted by position, so the same input always gives the same report, however
/// many threads did the work.
public struct ValidationReport: Sendable, Equatable, Codable {
    /// One checked file (or an input path that could not be checked) and its problems.
    public struct FileResult: Sendable, Equatable, Codable {
        /// The path as given, or as found inside a given store directory.
        public var path: String
        public var issues: [ValidationIssue]

        public init(path: String, issues: [ValidationIssue]) {
            self.path = path
            self.issues = issues
        }

        public var errorCount: Int { issues.count { $0.severity == .error } }
        public var warningCount: Int { issues.count { $0.severity == .warning } }
    }

    public var files: [FileResult]

    public init(files: [FileResult]) {
        self.files = files
    }

    /// Every issue, file by file.
    public var issues: [ValidationIssue] { files.flatMap(\.issues) }

    public var errorCount: Int { files.reduce(0) { $0 + $1.errorCount } }
    public var warningCount: Int { files.reduce(0) { $0 + $1.warningCount } }

    /// No errors (warnings allowed; under `--strict` they were already made errors).
    public var isValid: Bool { errorCount == 0 }

    /// Some input could not be validated at all: a missing or unreadable path, a directory
    /// that is not a store, a file that is neither JSON nor XML.
    public var hasInputProblems: Bool { files.contains { $0.issues.contains { $0.code.isInputProblem } } }

    /// "3 errors and 1 warning in 2 of 12 files", or "12 files are valid".
    public var summary: String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let withProblems = files.count { !$0.issues.isEmpty }
        guard withProblems > 0 else {
            return files.count == 1 ? "1 file is valid" : "\(files.count) files are valid"
        }
        return "\(count(errorCount, "error")) and \(count(warningCount, "warning")) in \(withProblems) of \(count(files.count, "file"))"
    }
}
