/// Why a native XML annotation file could not be read, or a model could not be written as XML.
///
/// Reading errors name the file, the line and what is wrong, with the XPath of the element
/// (`talks.xml:14: <claim> has no 'score' attribute (at /annotations/claims/claim[2])`), so a
/// person can open the file and fix it.
public struct NativeXMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's name as the caller gave it (a path, or a name such as `<stdin>`); empty for
    /// an error while writing.
    public let file: String
    /// 1-based line, or 0 when unknown.
    public let line: Int
    /// 1-based column, or 0 when unknown (libxml2 keeps columns only for syntax errors).
    public let column: Int
    /// What is wrong and, where it helps, how to fix it.
    public let message: String
    /// The XPath (local names) of the element at fault, when there is one.
    public let path: String?

    public init(file: String, line: Int, column: Int = 0, message: String, path: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.path = path
    }

    /// `file:line:column: message (at path)`, leaving out what is unknown.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" + (column > 0 ? ":\(column)" : "") }
        return (location.isEmpty ? "" : location + ": ") + message + (path.map { " (at \($0))" } ?? "")
    }
}
