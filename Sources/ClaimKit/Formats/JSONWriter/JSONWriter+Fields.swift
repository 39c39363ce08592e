/// A value that writes itself with a ``JSONWriter``, as its `Encodable` conformance would.
protocol JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws
}

/// Key–value pairs of an object, one call each. An optional that is `nil` writes nothing, not
/// even its key, as `encodeIfPresent` and synthesized conformances do.
///
/// They are always inlined, so that each call writes its constant key with a few moves (see
/// ``key(_:)``).
extension JSONWriter {
    @inline(__always)
    public mutating func field(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    @inline(__always)
    public mutating func field(_ key: StaticString, _ value: String?) {
        if let value { field(key, value) }
    }

    @inline(__always)
    public mutating func field(_ key: StaticString, _ value: Int) {
        keyAndInteger(key, value)
    }

    /// Two integers, as two `field(_:_:)` calls would write them.
    @inline(__always)
    mutating func fields(_ firstKey: StaticString, _ firstValue: Int, _ secondKey: StaticString, _ secondValue: Int) {
        keysAndIntegers(firstKey, firstValue, secondKey, secondValue)
    }

    @inline(__always)
    public mutating func field(_ key: StaticString, _ value: Int?) {
        if let value { field(key, value) }
    }

    @inline(__always)
    public mutating func field(_ key: StaticString, _ value: Double) throws(NonFiniteNumber) {
        self.key(key)
        try number(value, key: key)
    }

    @inline(__always)
    public mutating func field(_ key: StaticString, _ value: Double?) throws(NonFiniteNumber) {
        if let value { try field(key, value) }
    }

    /// A string constant that needs no escaping, such as an enum's raw value: copied as it is,
    /// without making a `String` of it and looking for escapes.
    @inline(__always)
    mutating func field(_ key: StaticString, plain value: StaticString) {
        keyAndPlainString(key, value)
    }

    /// An array of strings.
    @inline(__always)
    public mutating func field(_ key: StaticString, _ values: [String]) {
        self.key(key)
        strings(values)
    }

    /// An array of strings, as a value.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    @inline(__always)
    mutating func field(_ key: StaticString, _ value: some JSONWritable) throws {
        self.key(key)
        try value.writeJSON(to: &self)
    }

    @inline(__always)
    mutating func field(_ key: StaticString, _ value: (some JSONWritable)?) throws {
        if let value { try field(key, value) }
    }

    /// An array of values. Inlined like the others, so that its constant key is a few moves.
    ///
    /// Each value is copied out of the array (retaining everything it holds) before it is
    /// written; a batch record, which owns its arrays, writes them with ``field(_:inPlace:)``.
    @inline(__always)
    mutating func field(_ key: StaticString, _ values: [some JSONWritable]) throws {
        self.key(key)
        beginArray()
        for value in values { try value.writeJSON(to: &self) }
        endArray()
    }

    /// An array of values, each written where it lies. Iterating the array copies each value
    /// out of it instead (retaining and releasing every string and array of every claim and
    /// mention), as does a read through its buffer, which the compiler cannot prove the writer
    /// leaves alone; lent `inout` to the write, a value is read where it is, with nothing
    /// retained. The array must be the caller's only reference to its storage: otherwise it
    /// is copied first.
    @inline(__always)
    mutating func field<Value: JSONWritable>(_ key: StaticString, inPlace values: inout [Value]) throws {
        try field(key, inPlace: &values) { value, writer in try value.writeJSON(to: &writer) }
    }

    /// ``field(_:inPlace:)``, each value written by `write`, which must leave it as it is.
    @inline(__always)
    mutating func field<Value>(_ key: StaticString, inPlace values: inout [Value],
                               _ write: (inout Value, inout JSONWriter) throws -> Void) rethrows {
        self.key(key)
        beginArray()
        try values.withUnsafeMutableBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return }
            for slot in start..<(start + buffer.count) { try write(&slot.pointee, &self) }
        }
        endArray()
    }
}
