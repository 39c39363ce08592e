/// A value that writes itself with a ``JSONWriter``, as its `Encodable` conformance would.
protocol JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws
}

/// Key–value pairs of an object, one call each. An optional that is `nil` writes nothing, not
/// even its key, as `encodeIfPresent` and synthesized conformances do.
extension JSONWriter {
    public mutating func field(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    public mutating func field(_ key: StaticString, _ value: String?) {
        if let value { field(key, value) }
    }

    public mutating func field(_ key: StaticString, _ value: Int) {
        self.key(key)
        integer(value)
    }

    public mutating func field(_ key: StaticString, _ value: Int?) {
        if let value { field(key, value) }
    }

    public mutating func field(_ key: StaticString, _ value: Double) throws(NonFiniteNumber) {
        self.key(key)
        try number(value, key: key)
    }

    public mutating func field(_ key: StaticString, _ value: Double?) throws(NonFiniteNumber) {
        if let value { try field(key, value) }
    }

    /// An array of strings.
    public mutating func field(_ key: StaticString, _ values: [String]) {
        self.key(key)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    mutating func field(_ key: StaticString, _ value: some JSONWritable) throws {
        self.key(key)
        try value.writeJSON(to: &self)
    }

    mutating func field(_ key: StaticString, _ value: (some JSONWritable)?) throws {
        if let value { try field(key, value) }
    }

    mutating func field(_ key: StaticString, _ values: [some JSONWritable]) throws {
        self.key(key)
        beginArray()
        for value in values { try value.writeJSON(to: &self) }
        endArray()
    }
}
