/// Encodes an `Encodable` value as one line of compact JSON, streaming: the records of
/// `claimkit batch`.
///
/// Foundation's `JSONEncoder` on Linux boxes every value into a tree first, and spent four times
/// as long encoding a batch record as the extractor spent making it (`ClaimKitBench --only
/// full`); no JSON package is available here. This encoder writes each key and value into one
/// byte buffer the moment the value's own `Encodable` conformance hands it over (so the fields
/// are still described in one place only), with no tree and no allocation per value. Keys come
/// in the order the conformance encodes them, which is fixed, so the same value always gives
/// the same bytes (a `Dictionary` aside, written in its own iteration order). The output means the same as `JSONEncoder`'s (a test compares them on the
/// seed articles): integral numbers without a fraction, other numbers as Swift prints them,
/// quotes, backslashes and control characters escaped, everything else as UTF-8.
///
/// Containers must be filled in nesting order, as synthesized and ordinary hand-written
/// conformances do: once a container's parent is written to again, the container is closed.
public struct JSONLineEncoder: Sendable {
    public init() {}

    /// The JSON bytes of `value`.
    ///
    /// - Throws: `EncodingError.invalidValue` for a number that is not finite, or for a
    ///   conformance that writes a value into a container after closing it (asking a closed
    ///   container for a nested one, which cannot throw, stops the program).
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = JSONStreamWriter()
        try JSONStreamEncoder(writer: writer, depth: 0, codingPath: []).encodeValue(value)
        try writer.closeContainers(deeperThan: 0)
        return writer.output
    }
}

/// The output buffer and the stack of containers still open in it.
///
/// The state lives behind a pointer the writer owns, not in stored `var`s of the class: every
/// write to a class's stored property pays a dynamic exclusivity check, which took a fifth of
/// the encoding time.
final class JSONStreamWriter {
    private struct State {
        var output: [UInt8] = []
        /// Open containers, outermost first: their closing byte, whether they hold a value yet
        /// and their id.
        var open: [(closer: UInt8, isEmpty: Bool, id: Int)] = []
        var nextID = 0
    }

    private let state: UnsafeMutablePointer<State>

    init() {
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        state.pointee.output.reserveCapacity(16_384)
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    var output: [UInt8] { state.pointee.output }
    var outputCount: Int { state.pointee.output.count }
    var depth: Int { state.pointee.open.count }

    /// Opens an object or array at `depth + 1`; returns its id.
    func openContainer(_ opener: UInt8, _ closer: UInt8) -> Int {
        state.pointee.output.append(opener)
        state.pointee.nextID += 1
        state.pointee.open.append((closer, true, state.pointee.nextID))
        return state.pointee.nextID
    }

    /// Closes every container nested deeper than `depth`.
    func closeContainers(deeperThan depth: Int) throws {
        while state.pointee.open.count > depth {
            state.pointee.output.append(state.pointee.open.removeLast().closer)
        }
    }

    /// Makes the container `id` at `depth` current (closing what was nested in it) and writes
    /// the separator before its next element.
    func beginElement(ofContainer id: Int, atDepth depth: Int, codingPath: [any CodingKey]) throws {
        try closeContainers(deeperThan: depth)
        guard depth > 0, state.pointee.open.count == depth, state.pointee.open[depth - 1].id == id else {
            throw EncodingError.invalidValue(id, .init(codingPath: codingPath, debugDescription: "written to a JSON container after it was closed"))
        }
        if state.pointee.open[depth - 1].isEmpty { state.pointee.open[depth - 1].isEmpty = false } else { append(UInt8(ascii: ",")) }
    }

    func writeKey(_ key: String) {
        writeString(key)
        append(UInt8(ascii: ":"))
    }

    func append(_ byte: UInt8) {
        state.pointee.output.append(byte)
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        state.pointee.output.append(contentsOf: bytes)
    }

    func writeRaw(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    func writeNumber(_ value: Double, _ codingPath: [any CodingKey]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) is not a JSON number"))
        }
        if value == value.rounded(), abs(value) < 1e15 {
            writeInteger(Int64(value))
        } else {
            state.pointee.output.append(contentsOf: value.description.utf8)
        }
    }

    func writeInteger<I: BinaryInteger>(_ value: I) {
        state.pointee.output.append(contentsOf: String(value).utf8)
    }

    /// Writes `string` as a JSON string: quotes, backslashes and control characters escaped.
    func writeString(_ string: String) {
        var string = string
        string.withUTF8 { writeString($0) }
    }

    private func writeString(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(UInt8(ascii: "\""))
        var runStart = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
            append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            runStart = i + 1
            switch b {
            case UInt8(ascii: "\""): writeRaw("\\\"")
            case UInt8(ascii: "\\"): writeRaw("\\\\")
            case 0x0A: writeRaw("\\n")
            case 0x0D: writeRaw("\\r")
            case 0x09: writeRaw("\\t")
            case 0x08: writeRaw("\\b")
            case 0x0C: writeRaw("\\f")
            default:
                let hex: StaticString = "0123456789abcdef"
                writeRaw("\\u00")
                append(hex.utf8Start[Int(b >> 4)])
                append(hex.utf8Start[Int(b & 0x0F)])
            }
        }
        append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        append(UInt8(ascii: "\""))
    }
}

/// The `Encoder` handed to a value: it writes at the writer's current position, at `depth`.
struct JSONStreamEncoder: Encoder {
    let writer: JSONStreamWriter
    let depth: Int
    /// The path of the container the value is in, and the value's key there: the full path
    /// is only built when asked for (by a container or an error), not for every field.
    let parentPath: [any CodingKey]
    let key: (any CodingKey)?
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(writer: JSONStreamWriter, depth: Int, codingPath parentPath: [any CodingKey], key: (any CodingKey)? = nil) {
        self.writer = writer
        self.depth = depth
        self.parentPath = parentPath
        self.key = key
    }

    var codingPath: [any CodingKey] { key.map { parentPath + [$0] } ?? parentPath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONStreamKeyedContainer<Key>(writer: writer, id: writer.openContainer(UInt8(ascii: "{"), UInt8(ascii: "}")),
                                                             depth: depth + 1, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONStreamUnkeyedContainer(writer: writer, id: writer.openContainer(UInt8(ascii: "["), UInt8(ascii: "]")),
                                   depth: depth + 1, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONStreamSingleValue(encoder: self)
    }

    /// Writes `value`: the common scalars directly (type checks are pointer comparisons, not
    /// dynamic casts), anything else through its own `encode(to:)`.
    func encodeValue<T: Encodable>(_ value: T) throws {
        // `T` is the very type checked, so the bit casts only restate what is known.
        if T.self == String.self {
            writer.writeString(unsafeBitCast(value, to: String.self))
        } else if T.self == Int.self {
            writer.writeInteger(unsafeBitCast(value, to: Int.self))
        } else if T.self == Double.self {
            try writer.writeNumber(unsafeBitCast(value, to: Double.self), codingPath)
        } else if T.self == Bool.self {
            if unsafeBitCast(value, to: Bool.self) { writer.writeRaw("true") } else { writer.writeRaw("false") }
        } else {
            // Other integer types and Float reach ``JSONStreamSingleValue``'s overloads.
            let before = writer.outputCount
            try value.encode(to: self)
            if writer.outputCount == before { writer.writeRaw("{}") }   // encoded nothing: JSONEncoder writes {}
        }
    }
}

private struct JSONStreamKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONStreamWriter
    let id: Int
    let depth: Int
    let codingPath: [any CodingKey]

    /// Starts the value of `key` and returns the encoder that writes it.
    private func begin(_ key: Key) throws -> JSONStreamEncoder {
        try writer.beginElement(ofContainer: id, atDepth: depth, codingPath: codingPath)
        writer.writeKey(key.stringValue)
        return JSONStreamEncoder(writer: writer, depth: depth, codingPath: codingPath, key: key)
    }

    mutating func encodeNil(forKey key: Key) throws { _ = try begin(key); writer.writeRaw("null") }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try begin(key).encodeValue(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { _ = try begin(key); writer.writeString(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { _ = try begin(key); writer.writeInteger(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try begin(key).encodeValue(value) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try begin(key).encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        beginNested(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        beginNested(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { beginNested(Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { beginNested(key) }

    /// ``begin(_:)`` for the container calls that cannot throw: writing into a closed container
    /// is a conformance that breaks the nesting order, a programming error, not bad data.
    private func beginNested(_ key: Key) -> JSONStreamEncoder {
        do { return try begin(key) } catch { preconditionFailure("JSONLineEncoder: \(error)") }
    }
}

private struct JSONStreamUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: JSONStreamWriter
    let id: Int
    let depth: Int
    let codingPath: [any CodingKey]
    private(set) var count = 0

    init(writer: JSONStreamWriter, id: Int, depth: Int, codingPath: [any CodingKey]) {
        self.writer = writer
        self.id = id
        self.depth = depth
        self.codingPath = codingPath
    }

    private mutating func begin() throws -> JSONStreamEncoder {
        try writer.beginElement(ofContainer: id, atDepth: depth, codingPath: codingPath)
        count += 1
        return JSONStreamEncoder(writer: writer, depth: depth, codingPath: codingPath)
    }

    mutating func encodeNil() throws { _ = try begin(); writer.writeRaw("null") }
    mutating func encode<T: Encodable>(_ value: T) throws { try begin().encodeValue(value) }
    mutating func encode(_ value: String) throws { _ = try begin(); writer.writeString(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        beginNested().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        beginNested().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { beginNested() }

    /// See ``JSONStreamKeyedContainer``'s `beginNested`.
    private mutating func beginNested() -> JSONStreamEncoder {
        do { return try begin() } catch { preconditionFailure("JSONLineEncoder: \(error)") }
    }
}

private struct JSONStreamSingleValue: SingleValueEncodingContainer {
    let encoder: JSONStreamEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.writer.writeRaw("null") }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
    mutating func encode(_ value: String) throws { encoder.writer.writeString(value) }
    mutating func encode(_ value: Bool) throws { try encoder.encodeValue(value) }
    mutating func encode(_ value: Double) throws { try encoder.writer.writeNumber(value, codingPath) }
    mutating func encode(_ value: Float) throws { try encoder.writer.writeNumber(Double(value), codingPath) }
    mutating func encode(_ value: Int) throws { encoder.writer.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { encoder.writer.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { encoder.writer.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { encoder.writer.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { encoder.writer.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { encoder.writer.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { encoder.writer.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { encoder.writer.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { encoder.writer.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { encoder.writer.writeInteger(value) }
}
