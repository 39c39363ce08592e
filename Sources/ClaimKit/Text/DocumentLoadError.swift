/// Why a document could not be turned into canonical text.
///
/// Every message names the input and, where there is one, the byte offset of the problem
/// (SPEC §1: "a clear error naming the file and the byte offset"), and says what to do.
public struct DocumentLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, for callers that branch on it.
    public enum Code: String, Sendable {
        /// The file could not be opened or read.
        case unreadable
        /// The input holds no bytes, or nothing but whitespace.
        case empty
        /// The input holds a NUL byte: it is a binary file, not text.
        case binary
        /// The bytes are not well-formed UTF-8.
        case invalidUTF8
        /// The markup could not be parsed at all.
        case malformedMarkup
    }

    public let code: Code
    /// The file path as the user gave it, or `<stdin>`.
    public let file: String
    /// Offset in bytes into the input where the problem is, when there is one place.
    public let byteOffset: Int?
    /// A human-readable explanation with the fix.
    public let message: String

    public init(code: Code, file: String, byteOffset: Int? = nil, message: String) {
        self.code = code
        self.file = file
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String {
        if let byteOffset { return "\(file): byte \(byteOffset): \(message)" }
        return "\(file): \(message)"
    }
}
