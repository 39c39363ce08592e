import CLibXML2

/// An error reported by libxml2, copied out of its structured `xmlError`.
///
/// libxml2's own error value lives inside the parser context and dies with it, and its
/// variadic callbacks cannot be written in Swift, so the fields callers need are copied into
/// this plain value when a parse fails.
public struct LibXMLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxml2's error code (`xmlParserErrors`), for callers that branch on it.
    public let code: Int
    /// 1-based line in the input, or 0 when libxml2 does not know it.
    public let line: Int
    /// 1-based column in the input, or 0 when libxml2 does not know it.
    public let column: Int
    /// libxml2's message, without its trailing newline.
    public let message: String

    public init(code: Int, line: Int, column: Int, message: String) {
        self.code = code
        self.line = line
        self.column = column
        self.message = message
    }

    /// Copies libxml2's structured error.
    init(_ error: xmlError) {
        let text = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        self.init(code: Int(error.code), line: Int(error.line), column: Int(error.int2),
                  message: String(text.reversed().drop { $0.isNewline }.reversed()))
    }

    public var description: String {
        line > 0 ? "line \(line), column \(column): \(message)" : message
    }
}
