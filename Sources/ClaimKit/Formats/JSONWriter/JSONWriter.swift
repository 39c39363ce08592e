/// Writes compact JSON straight into a byte buffer: the records of `claimkit batch`.
///
/// Why a second encoding beside the `Codable` conformances: going through Swift's `Encoder`
/// protocol, even with a streaming encoder that builds no tree, spent most of the batch
/// record's time on existential boxing, metadata lookups and retain/release, twice as long as
/// the extraction itself (`ClaimKitBench --only "full extraction"`); no JSON package is
/// available here. The record types therefore also have `writeJSON(to:)` methods that call
/// this writer directly. The `Codable` conformances stay: the store's native JSON files and
/// `claimkit extract --format json` use them. The two must write the same keys in the same
/// order with the same omissions; `JSONWriterTests` parse both outputs and compare them.
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
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes `"name":`. Keys are the record types' own constants, plain ASCII that needs no
    /// escaping, so they are copied as they are.
    public mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Ends a JSON Lines record.
    public mutating func endLine() {
        bytes.append(0x0A)
        needsComma = false
    }

    // MARK: - Values

    public mutating func string(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { appendEscaped($0) }
        needsComma = true
    }

    public mutating func integer(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(of: value.magnitude)
        needsComma = true
    }

    /// Writes `value` as `JSONEncoder` does: an integral value as an integer (it prints
    /// `description` without its `.0`), anything else as the shortest text that reads back
    /// as the same `Double`.
    ///
    /// - Throws: ``NonFiniteNumber`` for `nan` and infinities; `key` names it.
    public mutating func number(_ value: Double, key: StaticString) throws(NonFiniteNumber) {
        guard value.isFinite else { throw NonFiniteNumber(key: key.description, value: value) }
        separate()
        // Up to 2^53 Swift prints every integral Double in full ("9007199254740992.0");
        // above it, in exponent form ("1e+16"), which has no ".0" to drop.
        if value.magnitude <= 9_007_199_254_740_992, value == value.rounded(.towardZero) {
            if value.sign == .minus { bytes.append(UInt8(ascii: "-")) }   // -0 too, as JSONEncoder
            appendDigits(of: UInt64(value.magnitude))
        } else {
            bytes.append(contentsOf: value.description.utf8)   // short: held inline, no allocation
        }
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        if value { appendASCII("true") } else { appendASCII("false") }
        needsComma = true
    }

    // MARK: - Bytes

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendASCII(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Decimal digits of `value`, written least significant first and turned around in place,
    /// so no `String` is made.
    private mutating func appendDigits<T: UnsignedInteger>(of value: T) {
        let start = bytes.count
        var rest = value
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    /// `utf8` as a JSON string. Runs of bytes that need no escape (everything but `"`, `\` and
    /// controls below U+0020; multi-byte UTF-8 never contains those) are copied whole.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for i in utf8.indices where Self.needsEscape(utf8[i]) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
            appendEscape(for: utf8[i])
            runStart = i + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func appendEscape(for byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): appendASCII("\\\"")
        case UInt8(ascii: "\\"): appendASCII("\\\\")
        case 0x0A: appendASCII("\\n")
        case 0x0D: appendASCII("\\r")
        case 0x09: appendASCII("\\t")
        case 0x08: appendASCII("\\b")
        case 0x0C: appendASCII("\\f")
        default:
            let hex: StaticString = "0123456789abcdef"
            appendASCII("\\u00")
            bytes.append(hex.utf8Start[Int(byte >> 4)])
            bytes.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}
