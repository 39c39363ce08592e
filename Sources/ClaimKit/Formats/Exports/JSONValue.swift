import Foundation

/// A JSON value built in code, for the JSON-LD exports whose shape is not the native model's.
///
/// Objects are written with sorted keys (so `@context`, `@type` and `id` come first and the
/// same input always gives the same bytes); absent optional members are simply left out.
enum JSONValue: Encodable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case array([JSONValue])
    case dictionary([String: JSONValue])

    /// An object from members, dropping those whose value is `nil`.
    static func object(_ members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var dictionary: [String: JSONValue] = [:]
        for (key, value) in members { if let value { dictionary[key] = value } }
        return .dictionary(dictionary)
    }

    /// `.string` for a present value, `nil` (left out of its object) otherwise.
    static func maybe(_ value: String?) -> JSONValue? {
        value.map { .string($0) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .dictionary(let value): try container.encode(value)
        }
    }

    /// Pretty-printed UTF-8 with sorted keys and unescaped slashes, ending with a newline.
    func encoded() throws -> Data {
        var data = try NativeJSON.encoder().encode(self)
        data.append(0x0A)
        return data
    }
}
