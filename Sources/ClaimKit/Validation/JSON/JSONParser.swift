import Foundation

/// Why bytes are not JSON: where, what, and how to fix it.
struct JSONSyntaxError: Error {
    let position: JSONPosition
    let message: String
    var fix: String?
}

/// A strict JSON reader (RFC 8259) over UTF-8 bytes that records where every value starts.
///
/// It exists because the validator must say *where* a problem is, and neither Foundation nor
/// any JSON library available here keeps positions (see ``JSONNode``). It is strict where
/// lenient readers guess: no comments, trailing commas, single quotes, `NaN`, leading zeros,
/// raw control characters in strings, lone surrogate escapes, invalid UTF-8 or a byte-order
/// mark. It stops at the first syntax error, since nothing after it can be trusted.
///
/// - Complexity: one pass over the bytes (plus one UTF-8 check); columns are kept by counting
///   UTF-8 continuation bytes on the current line as strings are scanned, never by rescanning.
struct JSONParser {
    /// Deeper nesting is refused, so hostile input cannot overflow the stack.
    static let maximumDepth = 512

    /// Parses `bytes` as one JSON text.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    /// Parses the bytes of `data` as one JSON text.
    static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONNode {
        let result: Result<JSONNode, JSONSyntaxError> = data.withUnsafeBytes { raw in
            Result { () throws(JSONSyntaxError) in try parse(raw.bindMemory(to: UInt8.self)) }
        }
        return try result.get()
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var line = 1
    /// Byte offset where the current line starts.
    private var lineStart = 0
    /// UTF-8 continuation bytes between `lineStart` and `offset`; they start no code point.
    private var continuationBytes = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw failure(at: bad, "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                          fix: "save the file as UTF-8")
        }
        if UTF8Bytes.startsWithByteOrderMark(bytes) {
            throw failure(at: 0, "the file starts with a byte-order mark, which JSON does not allow",
                          fix: "save the file as UTF-8 without a BOM")
        }
        skipWhitespace()
        guard offset < bytes.count else { throw failure(at: offset, "the file holds no JSON value (it is empty)") }
        let root = try parseValue()
        skipWhitespace()
        if offset < bytes.count { throw unexpected("the end of the file after the JSON value") }
        return root
    }

    // MARK: - Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard offset < bytes.count else { throw failure(at: offset, "the file ends where a value was expected") }
        let position = currentPosition
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject(position)
        case UInt8(ascii: "["): return try parseArray(position)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), position: position)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), position: position)
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true), position)
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false), position)
        case UInt8(ascii: "n"): return try parseLiteral("null", .null, position)
        default: throw unexpected("a value")
        }
    }

    private mutating func parseObject(_ position: JSONPosition) throws(JSONSyntaxError) -> JSONNode {
        try enterContainer()
        offset += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return JSONNode(value: .object(members), position: position)
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else {
                if peek == UInt8(ascii: "}") { throw failure(at: offset, "a comma before '}' (a trailing comma)", fix: "remove the comma") }
                throw unexpected("a key in double quotes")
            }
            let keyPosition = currentPosition
            let key = try parseString()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw unexpected("':' after the key \"\(key)\"") }
            offset += 1
            skipWhitespace()
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: try parseValue()))
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                depth -= 1
                return JSONNode(value: .object(members), position: position)
            default: throw unexpected("',' or '}' after the value of \"\(key)\"")
            }
        }
    }

    private mutating func parseArray(_ position: JSONPosition) throws(JSONSyntaxError) -> JSONNode {
        try enterContainer()
        offset += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return JSONNode(value: .array(items), position: position)
        }
        while true {
            skipWhitespace()
            if peek == UInt8(ascii: "]") { throw failure(at: offset, "a comma before ']' (a trailing comma)", fix: "remove the comma") }
            items.append(try parseValue())
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                depth -= 1
                return JSONNode(value: .array(items), position: position)
            default: throw unexpected("',' or ']' after an array item")
            }
        }
    }

    private mutating func enterContainer() throws(JSONSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw failure(at: offset, "objects and arrays are nested more than \(Self.maximumDepth) deep")
        }
    }

    private mutating func parseLiteral(_ word: StaticString, _ value: JSONNode.Value,
                                       _ position: JSONPosition) throws(JSONSyntaxError) -> JSONNode {
        let count = word.utf8CodeUnitCount
        let start = word.utf8Start
        for k in 0..<count where offset + k >= bytes.count || bytes[offset + k] != start[k] {
            offset += k
            throw unexpected("a value (\(word) is spelled in lower case, exactly)")
        }
        offset += count
        return JSONNode(value: value, position: position)
    }

    // MARK: - Strings

    /// Reads a string from its opening quote; escapes are decoded only when there are any.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let opening = offset
        offset += 1
        let start = offset
        var hasEscapes = false
        while true {
            guard offset < bytes.count else {
                throw failure(at: opening, "a string that is never closed", fix: "add the closing '\"'")
            }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                offset += 2
                continue
            }
            if byte < 0x20 {
                let what = byte == 0x0A ? "a line break" : "the control character U+00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true))"
                throw failure(at: offset, "\(what) inside a string", fix: "write it as an escape: \\n, \\t or \\u00XX")
            }
            if byte & 0xC0 == 0x80 { continuationBytes += 1 }
            offset += 1
        }
        let end = offset
        offset += 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        do {
            return try JSONEscapes.decode(bytes, start..<end)
        } catch {
            throw failure(at: error.offset, error.message, fix: error.fix)
        }
    }

    // MARK: - Numbers

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = offset
        if peek == UInt8(ascii: "-") { offset += 1 }
        guard isDigit(peek) else { throw unexpected("a digit") }
        if peek == UInt8(ascii: "0") {
            offset += 1
            if isDigit(peek) { throw failure(at: start, "a number with a leading zero", fix: "remove the leading zero") }
        } else {
            skipDigits()
        }
        var isWhole = true
        if peek == UInt8(ascii: ".") {
            isWhole = false
            offset += 1
            guard isDigit(peek) else { throw unexpected("a digit after the decimal point") }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            isWhole = false
            offset += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { offset += 1 }
            guard isDigit(peek) else { throw unexpected("a digit in the exponent") }
            skipDigits()
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        if isWhole, offset - start <= 18, let integer = Int(literal) {
            return JSONNumber(literal: literal, double: Double(integer), integer: integer)
        }
        guard let double = Double(literal), double.isFinite else {
            throw failure(at: start, "the number \(literal) is too large for a 64-bit floating-point value")
        }
        let integer = double.rounded(.towardZero) == double && abs(double) < 9.2e18 ? Int(double) : nil
        return JSONNumber(literal: literal, double: double, integer: integer)
    }

    private mutating func skipDigits() {
        while isDigit(peek) { offset += 1 }
    }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    // MARK: - Positions and errors

    private var peek: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A:
                offset += 1
                line += 1
                lineStart = offset
                continuationBytes = 0
            default: return
            }
        }
    }

    /// Where `offset` is; valid outside strings, where the continuation count is current.
    private var currentPosition: JSONPosition {
        JSONPosition(line: line, column: offset - lineStart - continuationBytes + 1)
    }

    /// The position of any byte offset, counted afresh (for errors only: O(n)).
    private func position(of target: Int) -> JSONPosition {
        var line = 1, column = 1
        for i in 0..<min(target, bytes.count) {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONPosition(line: line, column: column)
    }

    private func failure(at target: Int, _ message: String, fix: String? = nil) -> JSONSyntaxError {
        JSONSyntaxError(position: position(of: target), message: message, fix: fix)
    }

    /// "expected X, found Y" at the current byte, with a fix for the usual non-JSON habits.
    private func unexpected(_ expected: String) -> JSONSyntaxError {
        guard let byte = peek else { return failure(at: offset, "the file ends where \(expected) was expected") }
        var fix: String?
        switch byte {
        case UInt8(ascii: "'"): fix = "JSON strings and keys take double quotes"
        case UInt8(ascii: "/"), UInt8(ascii: "#"): fix = "JSON has no comments; remove it"
        default: break
        }
        return failure(at: offset, "expected \(expected), found \(describe(at: offset))", fix: fix)
    }

    /// `'x'` for a visible ASCII character, `U+00A0` otherwise.
    private func describe(at i: Int) -> String {
        let byte = bytes[i]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x80 { return "U+00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true))" }
        var end = i + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self).unicodeScalars.first!
        return "U+" + String(scalar.value, radix: 16, uppercase: true)
    }
}
