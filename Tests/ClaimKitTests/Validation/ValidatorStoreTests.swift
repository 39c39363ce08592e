import Foundation
import Testing
@testable import ClaimKit

/// Validating whole stores: the store's verdict scale and texts are what files are checked
/// against, and what is wrong with the store itself is reported too.
@Suite struct ValidatorStoreTests {
    /// A copy of the valid fixture store (`claimkit.json`, `documents/talks.{json,txt}`).
    private func copyOfStore() throws -> String {
        let directory = try makeTemporaryDirectory("validate") + "/annotations"
        try FileManager.default.copyItem(atPath: ValidationCorpus.path("store"), toPath: directory)
        return directory
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func codes(_ report: ValidationReport) -> [String] {
        report.issues.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent) \($0.code.rawValue)" }
    }

    @Test func ratingsAreCheckedAgainstTheStoresOwnScale() throws {
        let store = try copyOfStore()
        try write("""
            {"formatVersion": 1, "verdictScale": {"best": 2, "worst": 1, "ratings": [
              {"name": "accurate", "label": "Accurate", "value": 2}, {"name": "unverifiable", "label": "Unverifiable", "value": 1}]}}
            """, to: store + "/claimkit.json")
        let report = Validator().validate(paths: [store])
        #expect(codes(report) == ["talks.json CK209"])
        #expect(report.issues.first?.pointer == "/verdicts/1/rating")
        #expect(report.issues.first?.message.contains("'mostly-true' is not on the store's verdict scale (accurate, unverifiable)") == true)
    }

    @Test func aFileNamedInsideAStoreIsCheckedAgainstThatStore() throws {
        let store = try copyOfStore()
        try write(#"{"formatVersion": 1, "verdictScale": {"best": 1, "worst": 1, "ratings": [{"name": "ok", "label": "OK", "value": 1}]}}"#,
                  to: store + "/claimkit.json")
        let report = Validator().validate(paths: [store + "/documents/talks.json"])
        #expect(report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["claimkit.json", "talks.json"])
        #expect(codes(report) == ["talks.json CK209", "talks.json CK209"])
    }

    @Test func aBrokenConfigurationIsReportedAndRatingsAreNotJudged() throws {
        let store = try copyOfStore()
        try write(#"{"formatVersion": 1, "verdictScale": {"best": 5, "worst": 1, "ratings": [{"name": "true", "label": "True", "value": "5"}]}, "colour": "red"}"#,
                  to: store + "/claimkit.json")
        let report = Validator().validate(paths: [store])
        #expect(codes(report) == ["claimkit.json CK102", "claimkit.json CK101"])
        #expect(report.issues.map(\.pointer) == ["/verdictScale/ratings/0/value", "/colour"])
    }

    @Test func aScaleThatContradictsItselfIsReported() throws {
        let store = try copyOfStore()
        try write(#"{"formatVersion": 1, "verdictScale": {"best": 5, "worst": 1, "ratings": [{"name": "true", "label": "True", "value": 5}, {"name": "true", "label": "Also true", "value": 9}]}}"#,
                  to: store + "/claimkit.json")
        let report = Validator().validate(paths: [store])
        #expect(report.issues.filter { $0.file.hasSuffix("claimkit.json") }.map(\.pointer)
            == ["/verdictScale/ratings/1/name", "/verdictScale/ratings/1/value"])
        #expect(report.issues.allSatisfy { $0.code == .invalidStoreConfiguration || $0.code == .ratingNotOnScale })
    }

    @Test func theDocumentIDMustBeTheFileName() throws {
        let store = try copyOfStore()
        try FileManager.default.moveItem(atPath: store + "/documents/talks.json", toPath: store + "/documents/peace.json")
        try FileManager.default.moveItem(atPath: store + "/documents/talks.txt", toPath: store + "/documents/peace.txt")
        let report = Validator().validate(paths: [store])
        #expect(codes(report) == ["peace.json CK212"])
        #expect(report.issues.first?.fix == "set the id to 'peace', or rename the file and its text to 'talks'")
    }

    @Test func aMissingTextIsAnErrorInAStoreAndAWarningForALoneFile() throws {
        let store = try copyOfStore()
        try FileManager.default.removeItem(atPath: store + "/documents/talks.txt")
        #expect(codes(Validator().validate(paths: [store])) == ["talks.json CK213"])
        #expect(!Validator().validate(paths: [store]).isValid)

        let lone = try makeTemporaryDirectory("validate") + "/talks.json"
        try FileManager.default.copyItem(atPath: store + "/documents/talks.json", toPath: lone)
        let report = Validator().validate(paths: [lone])
        #expect(codes(report) == ["talks.json CK301"])
        #expect(report.isValid)
    }

    @Test func aTextThatIsNotUTF8IsReported() throws {
        let store = try copyOfStore()
        try Data([0x41, 0xFF, 0x42]).write(to: URL(fileURLWithPath: store + "/documents/talks.txt"))
        let report = Validator().validate(paths: [store])
        #expect(codes(report) == ["talks.json CK214"])
        #expect(report.issues.first?.message.contains("byte offset 1") == true)
    }

    @Test func aTextWithoutAnnotationsIsAWarning() throws {
        let store = try copyOfStore()
        try write("An article nobody annotated.\n", to: store + "/documents/orphan-text.txt")
        let report = Validator().validate(paths: [store])
        #expect(codes(report) == ["orphan-text.txt CK304"])
        #expect(report.isValid)
        #expect(!Validator(strict: true).validate(paths: [store]).isValid)
    }

    @Test func pathsThatCannotBeValidatedAreInputProblems() throws {
        let directory = try makeTemporaryDirectory("validate")
        try write("just some notes\n", to: directory + "/notes.md")
        let report = Validator().validate(paths: [directory + "/missing.json", directory, directory + "/notes.md"])
        #expect(report.issues.map(\.code) == [.unreadablePath, .notAStore, .unknownFileKind])
        #expect(report.hasInputProblems && !report.isValid)
        #expect(report.issues.allSatisfy { $0.line == 0 && $0.pointer == nil })
    }

    @Test func aStoreConfigurationNamedAsAFileIsCheckedAsOne() throws {
        let store = try copyOfStore()
        let report = Validator().validate(paths: [store + "/claimkit.json", store + "/documents/talks.json"])
        #expect(report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["claimkit.json", "talks.json"])
        #expect(report.issues.isEmpty)
    }

    @Test func aFileNamedTwiceIsValidatedOnce() throws {
        let store = try copyOfStore()
        let report = Validator().validate(paths: [store, store + "/documents/talks.json", store + "/./documents/talks.json"])
        #expect(report.files.count == 2)
        #expect(report.issues.isEmpty)
    }

    @Test func manyFilesGiveTheSameReportAsOneByOne() throws {
        let corpus = ValidationCorpus.all.map(ValidationCorpus.path(of:))
        let together = Validator().validate(paths: corpus)
        let separately = corpus.flatMap { Validator().validate(paths: [$0]).files }
        #expect(together.files == separately)
    }
}
