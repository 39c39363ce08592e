import Foundation

/// Checks on what a user types (dates, URLs, ratings), each failing with a message that names
/// the problem and the fix. Shared by the store operations and the validator.
public enum InputChecks {
    /// Accepts ISO 8601 `YYYY-MM-DD` naming a real day.
    public static func date(_ value: String, field: String) throws {
        guard CalendarDate(iso8601: value) != nil else {
            throw StoreError(.invalidArgument, "\(field) '\(value)' is not a date written YYYY-MM-DD (e.g. 2025-11-28)")
        }
    }

    /// Whether `value` is an absolute http(s) URL with a host.
    public static func isWebURL(_ value: String) -> Bool {
        guard let url = URL(string: value), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty,
              !value.contains(where: { $0.isWhitespace }) else { return false }
        return true
    }

    /// Accepts an absolute http(s) URL.
    public static func webURL(_ value: String, field: String) throws {
        guard isWebURL(value) else {
            throw StoreError(.invalidArgument, "\(field) '\(value)' is not an absolute http(s) URL (e.g. https://example.org/report)")
        }
    }

    /// Today's date in UTC, for records that default to it.
    public static func today() -> String {
        let days = Int(Date().timeIntervalSince1970 / 86_400)
        return CalendarDate(year: 1970, month: 1, day: 1)!.adding(days: days).description
    }
}

/// `DOC#c3`: a claim in a document.
public struct ClaimReference: Sendable, Equatable, CustomStringConvertible {
    public let document: String
    public let claim: String

    public init(document: String, claim: String) {
        self.document = document
        self.claim = claim
    }

    /// Parses `DOC#c3`.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "#", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].hasPrefix("c"), Int(parts[1].dropFirst()) != nil else {
            throw StoreError(.invalidArgument, "'\(text)' is not a claim reference; write DOC#cN, e.g. kyiv-talks#c3 (`claimkit claims` lists them)")
        }
        try DocumentID.validate(String(parts[0]))
        self.init(document: String(parts[0]), claim: String(parts[1]))
    }

    public var description: String { "\(document)#\(claim)" }
}
