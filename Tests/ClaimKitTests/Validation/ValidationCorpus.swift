import Foundation
@testable import ClaimKit

/// The corpus of broken annotation files in `Fixtures/validation/invalid/`: one per rule,
/// and some with several problems at once, each with exactly the problems the validator must
/// report, where. Positions were computed independently of claimkit (by a Python script that
/// walked the JSON with the standard library's decoder, and by hand for the XML).
///
/// A JSON case `NAME` is `invalid/NAME.json`, an XML case `invalid/NAME.xml`; a case whose
/// meaning is checked has its text beside it as `invalid/NAME.txt`.
enum ValidationCorpus {
    struct Expected: Equatable, CustomStringConvertible {
        let code: String
        let line: Int
        let column: Int
        let pointer: String?

        var description: String { "\(code) \(line):\(column) \(pointer ?? "-")" }
    }

    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let fileExtension: String
        /// (code, line, column, pointer), in the order of their positions in the file.
        let problems: [(String, Int, Int, String?)]

        var description: String { "\(name).\(fileExtension)" }
        var expected: [Expected] { problems.map { Expected(code: $0.0, line: $0.1, column: $0.2, pointer: $0.3) } }
        /// Only warnings: valid unless `--strict`.
        var hasOnlyWarnings: Bool { problems.allSatisfy { $0.0.hasPrefix("CK3") } }
        /// Whether an independent schema validator must reject it.
        var isSchemaLevel: Bool {
            problems.contains { ValidationIssue.Code(rawValue: $0.0)?.isSchemaLevel == true }
        }
    }

    static let json: [Case] = [
        // Schema level.
        Case(name: "syntax-trailing-comma", fileExtension: "json", problems: [("CK100", 196, 5, nil)]),
        Case(name: "unknown-field", fileExtension: "json", problems: [("CK101", 20, 7, "/claims/0/scroe")]),
        Case(name: "wrong-type", fileExtension: "json", problems: [("CK102", 82, 16, "/claims/2/score")]),
        Case(name: "missing-field", fileExtension: "json", problems: [("CK103", 185, 5, "/verdicts/1")]),
        Case(name: "invalid-enum", fileExtension: "json", problems: [("CK104", 28, 17, "/claims/0/status")]),
        Case(name: "invalid-date-form", fileExtension: "json", problems: [("CK104", 165, 19, "/sources/0/accessed")]),
        Case(name: "score-out-of-range", fileExtension: "json", problems: [("CK104", 82, 16, "/claims/2/score")]),
        Case(name: "format-version", fileExtension: "json", problems: [("CK105", 110, 20, "/formatVersion")]),
        Case(name: "unknown-mention-kind", fileExtension: "json", problems: [("CK104", 115, 15, "/mentions/0/kind")]),
        Case(name: "speaker-span-half", fileExtension: "json", problems: [("CK103", 130, 5, "/mentions/2")]),
        Case(name: "schema-several", fileExtension: "json", problems: [
            ("CK103", 30, 5, "/claims/1"),
            ("CK101", 105, 5, "/document/summary"),
            ("CK104", 106, 19, "/document/textSHA256"),
            ("CK104", 125, 16, "/mentions/1/start"),
            ("CK104", 188, 13, "/verdicts/1/id"),
        ]),
        Case(name: "duplicate-key", fileExtension: "json", problems: [("CK106", 20, 7, "/claims/0/score")]),
        // Meaning.
        Case(name: "hash-mismatch", fileExtension: "json", problems: [("CK201", 106, 19, "/document/textSHA256")]),
        Case(name: "length-mismatch", fileExtension: "json", problems: [("CK202", 102, 15, "/document/length")]),
        Case(name: "span-outside-text", fileExtension: "json", problems: [("CK203", 154, 14, "/mentions/4/end")]),
        Case(name: "span-reversed", fileExtension: "json", problems: [("CK204", 24, 18, "/claims/0/selector/start")]),
        Case(name: "exact-text-mismatch", fileExtension: "json", problems: [("CK205", 118, 15, "/mentions/0/text")]),
        Case(name: "context-mismatch", fileExtension: "json", problems: [("CK206", 53, 19, "/claims/1/selector/prefix")]),
        Case(name: "duplicate-id", fileExtension: "json", problems: [("CK207", 176, 13, "/sources/1/id")]),
        Case(name: "unresolved-references", fileExtension: "json", problems: [
            ("CK208", 9, 9, "/claims/0/mentions/2"),
            ("CK208", 94, 21, "/claims/2/sources/0/source"),
            ("CK208", 177, 16, "/verdicts/0/claim"),
            ("CK208", 195, 9, "/verdicts/1/sources/1"),
        ]),
        Case(name: "rating-not-on-scale", fileExtension: "json", problems: [("CK209", 189, 17, "/verdicts/1/rating")]),
        Case(name: "invalid-date", fileExtension: "json", problems: [("CK210", 177, 15, "/verdicts/0/date")]),
        Case(name: "invalid-url", fileExtension: "json", problems: [("CK211", 166, 21, "/sources/0/archiveURL")]),
        Case(name: "meaning-several", fileExtension: "json", problems: [
            ("CK208", 71, 9, "/claims/2/mentions/1"),
            ("CK205", 150, 15, "/mentions/3/text"),
            ("CK210", 187, 15, "/verdicts/1/date"),
            ("CK207", 188, 13, "/verdicts/1/id"),
            ("CK209", 189, 17, "/verdicts/1/rating"),
        ]),
        // Warnings.
        Case(name: "warnings", fileExtension: "json", problems: [
            ("CK302", 6, 19, "/claims/0/anchoring/method"),
            ("CK303", 54, 18, "/claims/1/sources"),
        ]),
        Case(name: "text-not-found", fileExtension: "json", problems: [("CK301", 99, 15, "/document")]),
    ]

    /// libxml2 keeps no columns for elements, so only syntax errors have one.
    static let xml: [Case] = [
        Case(name: "xml-not-well-formed", fileExtension: "xml", problems: [("CK110", 113, 13, nil)]),
        Case(name: "xml-format-version", fileExtension: "xml", problems: [("CK105", 2, 0, "/annotations/@formatVersion")]),
        Case(name: "xml-schema-several", fileExtension: "xml", problems: [
            ("CK111", 6, 0, "/annotations/document/summary"),
            ("CK111", 29, 0, "/annotations/claims/claim[1]"),
            ("CK111", 70, 0, "/annotations/claims/claim[3]"),
        ]),
        Case(name: "xml-span-reversed", fileExtension: "xml", problems: [("CK112", 12, 0, "/annotations/mentions/date[1]")]),
        Case(name: "xml-meaning-several", fileExtension: "xml", problems: [
            ("CK203", 23, 0, "/annotations/mentions/date[2]/@end"),
            ("CK208", 103, 0, "/annotations/verdicts/verdict[1]/@claim"),
            ("CK209", 107, 0, "/annotations/verdicts/verdict[2]/@rating"),
            ("CK208", 111, 0, "/annotations/verdicts/verdict[2]/sources/source[2]/@ref"),
        ]),
    ]

    static let all = json + xml

    /// The valid files: what claimkit writes (a JSON and an XML export with their text) and a store.
    static let validFiles = ["valid/talks.json", "valid/talks.xml"]
    static let validStore = "store"

    /// The folder holding the corpus, in the test bundle.
    static var root: URL { Fixtures.url("validation") }

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func path(of testCase: Case) -> String { path("invalid/\(testCase.name).\(testCase.fileExtension)") }
}
