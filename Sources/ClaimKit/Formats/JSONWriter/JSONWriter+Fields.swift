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
        self.key(key)
        integer(value)
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
        self.key(key)
        plainString(value)
    }

    /// An array of strings, each read where it lies (see the next function).
    @inline(__always)
    public mutating func field(_ key: StaticString, _ values: [String]) {
        self.key(key)
        beginArray()
        values.withUnsafeBufferPointer { strings in
            for i in strings.indices { string(strings[i]) }
        }
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

    /// An array of values, each written where it lies in the array's storage: `for value in
    /// values` copies every claim or mention out of the array first, retaining and releasing
    /// each of its strings and arrays.
    @inline(__always)
    mutating func field(_ key: StaticString, _ values: [some JSONWritable]) throws {
        self.key(key)
        beginArray()
        try values.withUnsafeBufferPointer { elements in
            for i in elements.indices { try elements[i].writeJSON(to: &self) }
        }
        endArray()
    }
}
