/// The lexical forms the native formats give their strings, as `schemas/claimkit.schema.json`
/// states them with `pattern`, `enum` and `minLength`.
///
/// Each is checked over the string's bytes rather than with a regular expression: it is
/// faster, and follows ECMA-262 (the regex dialect of JSON Schema), where `$` matches only at
/// the very end, where Python's `re` would also match before a final line feed.
enum StringFormat: Sendable {
    case any
    /// `minLength: 1`.
    case nonEmpty
    /// `m`, `c`, `s` or `v` followed by digits: `^c[0-9]+$`.
    case identifier(prefix: UInt8, of: String)
    /// `^[A-Za-z0-9](?:[A-Za-z0-9_-]|\.[A-Za-z0-9_-])*\.?$`, at most 64 characters.
    case documentID
    /// `YYYY-MM-DD` with month 01–12 and day 01–31 (that the day exists is a meaning rule).
    case date
    /// 64 lower-case hex digits.
    case sha256
    /// `^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\S*$`.
    case webURL
    /// `^https?://` (a citation's URL, as the article wrote it).
    case httpPrefix
    /// `^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$`.
    case language
    /// `^[A-Z]{3}$`.
    case currency
    /// `enum`.
    case oneOf([String])

    func accepts(_ value: String) -> Bool {
        switch self {
        case .any: return true
        case .nonEmpty: return !value.isEmpty
        case .oneOf(let values): return values.contains(value)
        default: break
        }
        let bytes = Array(value.utf8)
        switch self {
        case .any, .nonEmpty, .oneOf: return true   // decided above
        case .identifier(let prefix, _):
            return bytes.count >= 2 && bytes[0] == prefix && bytes.dropFirst().allSatisfy(Self.isDigit)
        case .documentID:
            return (try? DocumentID.validate(value)) != nil
        case .date:
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
                  [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ Self.isDigit(bytes[$0]) }) else { return false }
            let month = Int(bytes[5] - 0x30) * 10 + Int(bytes[6] - 0x30)
            let day = Int(bytes[8] - 0x30) * 10 + Int(bytes[9] - 0x30)
            return (1...12).contains(month) && (1...31).contains(day)
        case .sha256:
            return bytes.count == 64 && bytes.allSatisfy { Self.isDigit($0) || (0x61...0x66).contains($0) }
        case .webURL:
            return Self.isWebURL(value)
        case .httpPrefix:
            return value.hasPrefix("http://") || value.hasPrefix("https://")
        case .language:
            let parts = value.split(separator: "-", omittingEmptySubsequences: false)
            return (2...8).contains(parts[0].utf8.count) && parts[0].utf8.allSatisfy(Self.isLetter)
                && parts.dropFirst().allSatisfy { (1...8).contains($0.utf8.count) && $0.utf8.allSatisfy { Self.isLetter($0) || Self.isDigit($0) } }
        case .currency:
            return bytes.count == 3 && bytes.allSatisfy { (0x41...0x5A).contains($0) }
        }
    }

    /// What the value should look like, for messages: "a date written YYYY-MM-DD".
    var expectation: String {
        switch self {
        case .any: "a string"
        case .nonEmpty: "a non-empty string"
        case .identifier(let prefix, let kind): "a \(kind) id: \(Character(Unicode.Scalar(prefix))) followed by digits (e.g. \(Character(Unicode.Scalar(prefix)))1)"
        case .documentID: "a document id: 1–64 letters, digits, '-', '_' or '.', starting with a letter or digit"
        case .date: "a date written YYYY-MM-DD (e.g. 2025-11-28)"
        case .sha256: "a SHA-256 digest in 64 lower-case hex digits"
        case .webURL: "an absolute http(s) URL with a host and no white space (e.g. https://example.org/report)"
        case .httpPrefix: "a URL starting with http:// or https://"
        case .language: "a BCP 47 language tag (e.g. en, en-GB)"
        case .currency: "an ISO 4217 currency code in three capital letters (e.g. USD)"
        case .oneOf(let values): "one of: " + values.joined(separator: ", ")
        }
    }

    /// The schema's pattern: scheme, `://`, a host part, and no white space anywhere.
    private static func isWebURL(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        let lower = String(String.UnicodeScalarView(scalars.prefix(8))).lowercased()
        let schemeLength = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        guard schemeLength > 0, scalars.count > schemeLength else { return false }
        let first = scalars[schemeLength]
        guard first != "/", first != "?", first != "#" else { return false }
        return !scalars[schemeLength...].contains(where: isWhitespace)
    }

    /// White space as Python's `re` `\s` sees it (Unicode White_Space, plus U+001C–U+001F),
    /// so the check agrees with `jsonschema`, the independent validator the tests run.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
}
