import Foundation

/// A mention's normalised value as `key=value` fields, shared by the exports that can only
/// carry text (brat notes, HTML titles, Web Annotation descriptions) and read back by
/// ``BratImporter``.
///
/// Fields are joined with `"; "`, so values may hold spaces ("noun=drone strikes") but not
/// semicolons; a semicolon in a value (which claimkit's extractors never produce) is replaced
/// by a comma.
enum MentionFields {
    static let separator = "; "

    /// The fields of `mention`'s value, in a fixed order.
    static func fields(of mention: Mention) -> [(key: String, value: String)] {
        var fields: [(String, String)] = []
        func add(_ key: String, _ value: String?) {
            if let value { fields.append((key, value.replacingOccurrences(of: ";", with: ","))) }
        }
        if let number = mention.number {
            add("value", format(number.value))
            add("upper", number.upperValue.map(format))
            add("unit", number.unit)
            add("currency", number.currency)
            add("approximator", number.approximator)
            add("noun", number.noun)
        }
        if let date = mention.date {
            add("value", date.value)
            add("type", date.type.rawValue)
        }
        if let quote = mention.quote {
            add("speaker", quote.speaker)
            add("cue", quote.cue)
        }
        return fields
    }

    /// `value=25600000; currency=USD`.
    static func summary(of mention: Mention) -> String {
        fields(of: mention).map { "\($0.key)=\($0.value)" }.joined(separator: separator)
    }

    /// Parses `key=value; key=value` back; pieces without `=` are ignored.
    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for piece in text.components(separatedBy: separator) {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingCharacters(in: .whitespaces)
            fields[key] = String(piece[piece.index(after: equals)...])
        }
        return fields
    }

    /// Integral values without a fraction (`25600000`, not `25600000.0`), others in Swift's
    /// shortest round-tripping form; `Double(_:)` reads both back exactly.
    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
