import Foundation
import Testing
@testable import ClaimKit

/// `AnnotationStore.importFile`: what it checks against the text before anything is written.
@Suite struct ImportTests {
    /// A store holding seed 002 as `talks`, and its annotation file.
    private func store() throws -> (AnnotationStore, AnnotationFile) {
        let store = try AnnotationStore.create(at: try makeTemporaryDirectory("import") + "/annotations")
        let file = try store.ingest(try Fixtures.seed("002_71288f6fbee5ea84.txt"), IngestRequest(id: "talks")).file
        return (store, file)
    }

    private func importing(_ file: AnnotationFile, into store: AnnotationStore) throws -> StoreError {
        try #require(throws: StoreError.self) {
            try store.importFile(try NativeJSON.encode(file), name: "talks.json", replace: true)
        }
    }

    @Test func spansPastTheEndOfTheTextAreRefusedButOrphansKeepTheirOldPlace() throws {
        let (store, original) = try store()
        let length = original.document.length
        var file = original
        file.claims.append(Claim(id: "c900", span: TextSpan(start: length - 1, end: length + 5), text: "x", prefix: "", suffix: "",
                                 mentionIDs: [], reasons: [], score: 1, provenance: Provenance(agent: .person, name: "Ana")))
        let error = try importing(file, into: store)
        #expect(error.message == "talks.json: claim c900 at [\(length - 1), \(length + 5)) ends past the text's \(length) code points")

        file.claims[file.claims.count - 1].anchoring = Anchoring(method: .orphaned, fromSHA256: AnnotationSamples.otherHash,
                                                                  toSHA256: original.document.textSHA256)
        #expect(try store.importFile(try NativeJSON.encode(file), name: "talks.json", replace: true).outcome == .replaced)
        #expect(try store.load("talks") == file)
    }

    @Test func aLengthThatDisagreesWithTheTextIsRefused() throws {
        let (store, original) = try store()
        var file = original
        file.document.length += 1
        #expect(try importing(file, into: store).message.contains("its length is \(original.document.length + 1) code points, but its text has \(original.document.length)"))
        #expect(try store.load("talks") == original)
    }

    @Test func xmlWithAByteOrderMarkAndLeadingSpaceIsDetected() throws {
        let (store, original) = try store()
        let xml = Data([0xEF, 0xBB, 0xBF]) + Data(" \n".utf8) + (try NativeXML.encode(original))
        // An XML declaration must come first, so this one is refused by the parser, by line.
        let error = try #require(throws: StoreError.self) { try store.importFile(xml, name: "talks.xml") }
        #expect(error.message.hasPrefix("talks.xml:2"))
        let withoutDeclaration = Data([0xEF, 0xBB, 0xBF]) + Data(" \n".utf8)
            + Data(String(decoding: try NativeXML.encode(original), as: UTF8.self).split(separator: "\n").dropFirst().joined(separator: "\n").utf8)
        #expect(try store.importFile(withoutDeclaration, name: "talks.xml").outcome == .unchanged)
    }

    @Test func aFormatVersionFromTheFutureIsRefused() throws {
        let (store, original) = try store()
        var file = original
        file.formatVersion = 2
        #expect(try importing(file, into: store).message.contains("format version 2 is not one this claimkit reads"))
    }
}
