import Foundation
import Testing
@testable import ClaimKit

/// What claimkit writes in its native formats passes: the store it keeps, and its JSON and
/// XML exports with their text.
@Suite struct NativeExportValidationTests {
    @Test func nativeJSONAndXMLExportsOfTheFixturePass() throws {
        let model = try NativeJSON.decode(Data(contentsOf: URL(fileURLWithPath: ValidationCorpus.path("store/documents/talks.json"))))
        let directory = try makeTemporaryDirectory("validate-export")
        try NativeJSON.encode(model).write(to: URL(fileURLWithPath: directory + "/talks.json"))
        try NativeXML.encode(model).write(to: URL(fileURLWithPath: directory + "/talks.xml"))
        try FileManager.default.copyItem(atPath: ValidationCorpus.path("store/documents/talks.txt"), toPath: directory + "/talks.txt")
        let report = Validator(strict: true).validate(paths: [directory + "/talks.json", directory + "/talks.xml"])
        #expect(report.issues == [])
        #expect(report.files.count == 2)
    }

    @Test func theValidatorReadsTheSameModelAsTheNativeReaders() throws {
        let json = try Data(contentsOf: URL(fileURLWithPath: ValidationCorpus.path("valid/talks.json")))
        guard case .decoded(let fromTree, _) = JSONAnnotationValidation.read(json, file: "talks.json") else {
            Issue.record("the valid fixture did not decode")
            return
        }
        #expect(fromTree == (try NativeJSON.decode(json)))
        let xml = try Data(contentsOf: URL(fileURLWithPath: ValidationCorpus.path("valid/talks.xml")))
        guard case .decoded(let fromXML, _) = XMLAnnotationValidation.read(xml, file: "talks.xml") else {
            Issue.record("the valid XML fixture did not decode")
            return
        }
        #expect(fromXML == fromTree)
    }

    @Test func aStoreOfIngestedSeedArticlesWithClaimsSourcesAndVerdictsPasses() throws {
        let path = try makeTemporaryDirectory("validate-seeds") + "/annotations"
        let store = try AnnotationStore.create(at: path)
        for (index, name) in Fixtures.seedNames.enumerated() {
            _ = try store.ingest(try Fixtures.seed(name), IngestRequest(id: "seed-\(index)", published: "2025-11-28"))
        }
        let file = try store.load("seed-2")
        if let claim = file.claims.first {
            let reference = ClaimReference(document: "seed-2", claim: claim.id)
            _ = try store.addSource(to: reference, AnnotationStore.SourceRequest(url: "https://www.un.org/en/about-us/un-charter", relation: .context))
            _ = try store.addVerdict(on: reference, AnnotationStore.VerdictRequest(rating: "mixed", rationale: "partly", reviewer: "Ana", sources: ["s1"]))
        }
        let report = Validator(strict: true).validate(paths: [path])
        #expect(report.issues == [])
        #expect(report.files.count == Fixtures.seedNames.count + 1)

        let exports = try makeTemporaryDirectory("validate-seed-exports")
        for id in try store.documentIDs() {
            try NativeXML.encode(try store.load(id)).write(to: URL(fileURLWithPath: "\(exports)/\(id).xml"))
            try FileManager.default.copyItem(atPath: store.textURL(id).path, toPath: "\(exports)/\(id).txt")
        }
        #expect(Validator(strict: true).validate(paths: try store.documentIDs().map { "\(exports)/\($0).xml" }).issues == [])
    }
}
