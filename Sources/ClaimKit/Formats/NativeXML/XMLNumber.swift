/// Numbers in native XML attributes: written in a form that reads back exactly, read strictly.
///
/// Doubles use Swift's `description`, the shortest decimal that parses back to the same
/// `Double` (`25600000.0`, `0.1`, `1e+16`), so JSON → XML → JSON loses nothing. Reading
/// accepts the lexical forms `schemas/claimkit.xsd` accepts, after trimming the XML white
/// space an XSD validator would collapse, and nothing more: Swift's own parser would also take
/// `inf`, `nan` and hexadecimal floats, which are refused here.
enum XMLNumber {
    /// - Throws: ``NativeXMLError`` for infinities and NaN, which neither JSON nor the
    ///   schema can carry.
    static func string(_ value: Double, field: String) throws -> String {
        guard value.isFinite else {
            throw NativeXMLError(file: "", line: 0, message: "the \(field) is \(value), which cannot be written (only finite numbers can)")
        }
        return value.description
    }

    /// A finite double written `-?digits(.digits)?([eE][+-]?digits)?`, or `nil`.
    static func double(_ text: String) -> Double? {
        let trimmed = trimmingXMLSpace(text)
        guard isDecimal(Array(trimmed.utf8)), let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    /// A non-negative whole number written in ASCII digits that fits an `Int`, or `nil`.
    static func offset(_ text: String) -> Int? {
        let trimmed = trimmingXMLSpace(text)
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(trimmed)
    }

    /// Drops the four XML white-space characters from both ends.
    static func trimmingXMLSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    private static func isDecimal(_ bytes: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i > start
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digits() else { return false }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() else { return false }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() else { return false }
        }
        return i == bytes.count
    }
}
