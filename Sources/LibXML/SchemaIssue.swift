/// One way a document breaks an XML Schema: a value, so a caller can report every problem
/// (SPEC §7) in whatever form it likes.
public struct SchemaIssue: Equatable, Sendable, CustomStringConvertible {
    /// 1-based line in the validated document (for schema compilation errors, in the XSD),
    /// or 0 when libxml2 does not know it.
    public let line: Int
    /// 1-based column, or 0 when unknown. libxml2 keeps no columns in a parsed tree, so
    /// validation issues usually have 0 here; parse errors have a column.
    public let column: Int
    /// libxml2's message, without its trailing newline, e.g. "Element '{…}claim':
    /// The attribute 'score' is required but missing."
    public let message: String
    /// The XPath (local names) of the offending element or attribute, e.g.
    /// `/annotations/claims/claim[2]/@score`, when libxml2 names a node.
    public let path: String?

    public init(line: Int, column: Int, message: String, path: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.path = path
    }

    public var description: String {
        let position = line > 0 ? (column > 0 ? "line \(line), column \(column): " : "line \(line): ") : ""
        return position + message + (path.map { " (at \($0))" } ?? "")
    }
}
