/// A JSON value read by ``JSONParser``, with the place in the file where it starts.
///
/// Foundation's `JSONSerialization` and `JSONDecoder` say nothing about where a value is, and
/// no JSON library that keeps positions is available to this package, so the validator reads
/// JSON itself into this small tree: every value, and every object key, knows its 1-based line
/// and its 1-based column in code points.
struct JSONNode {
    enum Value {
        /// Members in file order; a key may repeat (the validator reports it, and lookups
        /// take the last one, as most JSON readers do).
        case object([JSONMember])
        case array([JSONNode])
        case string(String)
        case number(JSONNumber)
        case bool(Bool)
        case null
    }

    let value: Value
    let position: JSONPosition

    /// The last member named `key` of an object (`nil` for other values).
    func member(_ key: String) -> JSONMember? {
        guard case .object(let members) = value else { return nil }
        return members.last { $0.key == key }
    }

    /// The member `key`'s value, for an object that has it.
    subscript(key: String) -> JSONNode? { member(key)?.value }

    var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    var number: JSONNumber? {
        if case .number(let number) = value { return number }
        return nil
    }

    var array: [JSONNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    var isObject: Bool {
        if case .object = value { return true }
        return false
    }

    /// "an object", "a string"…: what the value is, for messages.
    var kindDescription: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number(let number): number.integer != nil ? "a whole number" : "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

/// An object member: its key, where the key is written, and its value.
struct JSONMember {
    let key: String
    let keyPosition: JSONPosition
    let value: JSONNode
}

/// A JSON number as written, with its value.
struct JSONNumber {
    /// The literal, for messages (`1.50e3`).
    let literal: String
    let double: Double
    /// The value as an `Int` when it is a whole number that fits one (JSON Schema's
    /// "integer" counts `3.0` as a whole number, and so does this).
    let integer: Int?
}

/// A 1-based line and a 1-based column in Unicode code points.
struct JSONPosition: Sendable, Equatable {
    let line: Int
    let column: Int
}
