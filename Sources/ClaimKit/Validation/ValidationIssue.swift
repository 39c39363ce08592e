/// One problem the validator found in one file: a value, so every problem can be reported,
/// in whatever form the caller prints (SPEC §7; STYLE conventions 5 and 6).
///
/// Positions are where a person fixes the problem: the value, the key, or the object that
/// lacks a field. ``line`` and ``column`` are 1-based; ``column`` counts Unicode code points
/// from the start of the line (the unit of SPEC §1), so non-ASCII text earlier on a line does
/// not shift it. Either is 0 when unknown: libxml2 keeps no columns for parsed nodes, and a
/// problem with a whole file (an unreadable path) has no position at all.
public struct ValidationIssue: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        /// The file is wrong: `claimkit validate` exits 1.
        case error
        /// Worth a look but not wrong (an orphaned claim, a text that is not there to check
        /// against); an error under `--strict`.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    /// The stable code of the rule (`CK203`), for searching, filtering and documentation.
    public var code: Code
    /// The file as the caller named it (a path given on the command line, or one inside a
    /// store directory given there), so CI annotations point into the repository.
    public var file: String
    /// 1-based line, 0 when unknown.
    public var line: Int
    /// 1-based column in code points, 0 when unknown.
    public var column: Int
    /// A JSON pointer (RFC 6901, `/claims/2/selector/start`) for JSON files, an XPath
    /// (`/annotations/claims/claim[3]/selector/@start`) for XML files; `nil` for a problem
    /// with the file as a whole.
    public var pointer: String?
    /// What is wrong, naming the values involved.
    public var message: String
    /// How to fix it, where there is something better to say than "correct the value".
    public var fix: String?

    public init(severity: Severity? = nil, code: Code, file: String, line: Int = 0, column: Int = 0,
                pointer: String? = nil, message: String, fix: String? = nil) {
        self.severity = severity ?? code.defaultSeverity
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
        self.message = message
        self.fix = fix
    }

    /// `file:line:column: error: message [pointer] (fix) [CK203]`, leaving out what is unknown.
    public var description: String {
        var text = file
        if line > 0 { text += ":\(line)" + (column > 0 ? ":\(column)" : "") }
        text += ": \(severity.rawValue): \(message)"
        if let pointer { text += " [\(pointer)]" }
        if let fix { text += " (\(fix))" }
        return text + " [\(code.rawValue)]"
    }
}
