/// Writes compact JSON straight into a byte buffer: the records of `claimkit batch`.
///
/// Why a second encoding beside the `Codable` conformances: going through Swift's `Encoder`
/// protocol, even with a streaming encoder that builds no tree, spent most of the batch
/// record's time on existential boxing, metadata lookups and retain/release: encoding took
/// longer than the extraction itself (`ClaimKitBench --only "full extraction"`), and this
/// writer takes about a quarter of that time. No JSON package is available here. The record
/// types therefore also have `writeJSON(to:)` methods that call this writer directly. The
/// `Codable` conformances stay: the store's native JSON files and `claimkit extract --format
/// json` use them. The two must write the same keys in the same order with the same
/// omissions; `JSONWriterTests` parse both outputs and compare them, and check the order.
///
/// Separators are the writer's business: every key and value writes the comma it needs, so
/// callers only open and close containers, name keys and write values, in order. Output means
/// what Foundation's `JSONEncoder` writes: integral numbers without a fraction, other numbers
/// as Swift's shortest round-trip `description`, quotes, backslashes and control characters
/// escaped, everything else (`/` included) as UTF-8.
public struct JSONWriter: Sendable {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next key or value follows a sibling and needs a comma before it.
    private var needsComma = false

    /// - Parameter capacity: bytes to reserve, so that a record of about this size is written
    ///   without growing the buffer.
    public init(reservingCapacity capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// A number that JSON cannot hold (`nan`, `inf`), at a key.
    public struct NonFiniteNumber: Error, Sendable, CustomStringConvertible {
        public let key: String
        public let value: Double
        public var description: String { "\"\(key)\" is \(value), which is not a JSON number" }
    }

    // MARK: - Containers and keys

    public mutating func beginObject() {
        appendSeparated(maxCount: 1) { $0.append(UInt8(ascii: "{")) }
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        appendSeparated(maxCount: 1) { $0.append(UInt8(ascii: "[")) }
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes `"name":`. Keys are the record types' own constants, plain ASCII that needs no
    /// escaping, so they are copied as they are.
    public mutating func key(_ name: StaticString) {
        appendSeparated(maxCount: name.utf8CodeUnitCount + 3) { piece in
            piece.append(UInt8(ascii: "\""))
            piece.append(name)
            piece.append(UInt8(ascii: "\""))
            piece.append(UInt8(ascii: ":"))
        }
        needsComma = false
    }

    /// Ends a JSON Lines record.
    public mutating func endLine() {
        bytes.append(0x0A)
        needsComma = false
    }

    // MARK: - Values

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { appendEscaped($0) }
        needsComma = true
    }

    public mutating func integer(_ value: Int) {
        appendSeparated(maxCount: Piece.maximumIntegerCount) { piece in
            if value < 0 { piece.append(UInt8(ascii: "-")) }
            piece.appendDigits(of: UInt64(value.magnitude))
        }
        needsComma = true
    }

    /// Writes `value` as `JSONEncoder` does: an integral value as an integer (it prints
    /// `description` without its `.0`), anything else as the shortest text that reads back
    /// as the same `Double`.
    ///
    /// - Throws: ``NonFiniteNumber`` for `nan` and infinities; `key` names it.
    public mutating func number(_ value: Double, key: StaticString) throws(NonFiniteNumber) {
        guard value.isFinite else { throw NonFiniteNumber(key: key.description, value: value) }
        // Up to 2^53 Swift prints every integral Double in full ("9007199254740992.0");
        // above it, in exponent form ("1e+16"), which has no ".0" to drop.
        if value.magnitude <= 9_007_199_254_740_992, value == value.rounded(.towardZero) {
            appendSeparated(maxCount: Piece.maximumIntegerCount) { piece in
                if value.sign == .minus { piece.append(UInt8(ascii: "-")) }   // -0 too, as JSONEncoder
                piece.appendDigits(of: UInt64(value.magnitude))
            }
        } else {
            separate()
            bytes.append(contentsOf: value.description.utf8)   // short: held inline, no allocation
        }
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        appendSeparated(maxCount: 5) { $0.append(value ? "true" : "false") }
        needsComma = true
    }

    // MARK: - Bytes

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// Appends the separator the next key or value needs, then what `write` puts in the piece
    /// (at most `maxCount` bytes), in one piece.
    private mutating func appendSeparated(maxCount: Int, _ write: (inout Piece) -> Void) {
        let comma = needsComma
        appendPiece(maxCount: maxCount + 1) { piece in
            if comma { piece.append(UInt8(ascii: ",")) }
            write(&piece)
        }
    }

    /// Appends the bytes `write` puts in a ``Piece`` on the stack (at most `maxCount`) with one
    /// `Array.append`. Every `append` call asks the runtime whether the array is uniquely
    /// referenced; appending a key or an integer a byte at a time made that most of its cost.
    private mutating func appendPiece(maxCount: Int, _ write: (inout Piece) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxCount) { scratch in
            var piece = Piece(scratch)
            write(&piece)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<piece.count]))
        }
    }

    /// `utf8` as a JSON string: quotes, backslashes and controls below U+0020 escaped (no byte
    /// of multi-byte UTF-8 is one of those). A short string is one piece; a longer one is
    /// copied in runs of bytes that need no escape.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        if utf8.count <= Self.shortStringCount {
            appendSeparated(maxCount: 2 + utf8.count * Piece.longestEscapeCount) { $0.appendQuoted(utf8) }
            return
        }
        appendSeparated(maxCount: 1) { $0.append(UInt8(ascii: "\"")) }
        var runStart = 0
        for i in utf8.indices where Piece.needsEscape(utf8[i]) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
            appendPiece(maxCount: Piece.longestEscapeCount) { $0.appendEscape(for: utf8[i]) }
            runStart = i + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Strings up to this many bytes are escaped on the stack and appended at once.
    private static let shortStringCount = 64
}

extension JSONWriter {
    /// A short run of bytes being put together on the stack before ``JSONWriter`` appends it.
    private struct Piece {
        /// Digits of the largest `UInt64`, and a sign.
        static let maximumIntegerCount = 21

        private let scratch: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        init(_ scratch: UnsafeMutableBufferPointer<UInt8>) {
            self.scratch = scratch
        }

        mutating func append(_ byte: UInt8) {
            scratch[count] = byte
            count += 1
        }

        mutating func append(_ text: StaticString) {
            for i in 0..<text.utf8CodeUnitCount { append(text.utf8Start[i]) }
        }

        /// `utf8` in quotes, escaped where JSON needs it.
        mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
            append(UInt8(ascii: "\""))
            for byte in utf8 {
                if Piece.needsEscape(byte) { appendEscape(for: byte) } else { append(byte) }
            }
            append(UInt8(ascii: "\""))
        }

        /// Bytes of the longest escape, `\u001F`.
        static let longestEscapeCount = 6

        static func needsEscape(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
        }

        /// The escape for `byte`, one that ``needsEscape(_:)``: the short form JSON has, else
        /// `\u00XX`.
        mutating func appendEscape(for byte: UInt8) {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            default:
                let hex: StaticString = "0123456789abcdef"
                append("\\u00")
                append(hex.utf8Start[Int(byte >> 4)])
                append(hex.utf8Start[Int(byte & 0x0F)])
            }
        }

        /// The decimal digits of `value`, most significant first, with no `String` made.
        mutating func appendDigits(of value: UInt64) {
            var digits = 1
            var power: UInt64 = 10
            while digits < 20 && value >= power {
                digits += 1
                power &*= 10
            }
            var rest = value
            for i in stride(from: count + digits - 1, through: count, by: -1) {
                scratch[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            count += digits
        }
    }
}
