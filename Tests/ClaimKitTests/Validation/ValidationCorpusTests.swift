import Foundation
import Testing
@testable import ClaimKit

/// Every broken file of the corpus gives exactly its problems, at their positions; the valid
/// files and store give none.
@Suite struct ValidationCorpusTests {
    @Test(arguments: ValidationCorpus.all)
    func brokenFileReportsExactlyItsProblems(_ testCase: ValidationCorpus.Case) {
        let report = Validator().validate(paths: [ValidationCorpus.path(of: testCase)])
        let found = report.issues.map { ValidationCorpus.Expected(code: $0.code.rawValue, line: $0.line, column: $0.column, pointer: $0.pointer) }
        #expect(found == testCase.expected)
        #expect(report.issues.allSatisfy { $0.severity == ($0.code.rawValue.hasPrefix("CK3") ? .warning : .error) })
        #expect(report.isValid == testCase.hasOnlyWarnings)
        #expect(report.issues.allSatisfy { $0.file == ValidationCorpus.path(of: testCase) && !$0.message.isEmpty })
    }

    @Test func strictTurnsWarningsIntoErrors() {
        let report = Validator(strict: true).validate(paths: [ValidationCorpus.path("invalid/warnings.json")])
        #expect(report.issues.map(\.code) == [.orphanedClaim, .verdictWithoutSources])
        #expect(report.issues.allSatisfy { $0.severity == .error })
        #expect(!report.isValid)
    }

    @Test func validFilesAndStorePassWithoutAWarning() {
        let paths = ValidationCorpus.validFiles.map(ValidationCorpus.path) + [ValidationCorpus.path(ValidationCorpus.validStore)]
        let report = Validator(strict: true).validate(paths: paths)
        #expect(report.issues == [])
        #expect(report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["talks.json", "talks.xml", "claimkit.json", "talks.json"])
        #expect(report.isValid && !report.hasInputProblems)
    }

    @Test func messagesNameTheValuesAndTheFix() throws {
        let report = Validator().validate(paths: [ValidationCorpus.path("invalid/exact-text-mismatch.json"),
                                                   ValidationCorpus.path("invalid/unknown-field.json"),
                                                   ValidationCorpus.path("invalid/hash-mismatch.json")])
        let messages = report.issues.map(\.message)
        #expect(messages == [
            "mention m1's recorded text \"five\" differs from the text at [40, 44): \"four\"",
            "unknown field 'scroe' in claim",
            "textSHA256 is 4d5afd0123ab…, but the text in \(ValidationCorpus.path("invalid/hash-mismatch.txt")) has SHA-256 96802d8c6e85…; spans were not checked against it",
        ])
        #expect(report.issues[1].fix == "did you mean 'score'?")
    }

    @Test func severalFilesAreReportedInTheOrderNamed() {
        let names = ["wrong-type", "duplicate-id", "invalid-enum"]
        let report = Validator().validate(paths: names.map { ValidationCorpus.path("invalid/\($0).json") })
        #expect(report.files.map { URL(fileURLWithPath: $0.path).deletingPathExtension().lastPathComponent } == names)
        #expect(report.errorCount == 3)
    }
}
