import Foundation
import Testing
@testable import ClaimKit

/// Regression tests for what CLI crash-safety testing found (CrashSafetyTests): a SIGKILL while
/// `add` re-ingested changed text could leave the new text beside the old annotation file
/// (text hash and length mismatch), and a `../` id could make the store read a text outside it.
@Suite struct StoreCrashRecoveryTests {
    private func storeWithSeed() throws -> (AnnotationStore, Document, Document) {
        let store = try AnnotationStore.create(at: try makeTemporaryDirectory() + "/annotations")
        let old = try Fixtures.seed("002_71288f6fbee5ea84.txt")
        let new = Document(text: "Editor's note: updated.\n" + old.text)
        try store.ingest(old, IngestRequest(id: "talks"))
        return (store, old, new)
    }

    private func validationErrors(_ store: AnnotationStore) -> [ValidationIssue] {
        Validator().validate(paths: [store.root.path]).issues.filter { $0.severity == .error }
    }

    /// Killed after the annotation file (the commit point) was written, before the text moved.
    @Test func aCommittedPendingTextIsValidatedAndMovedIntoPlaceOnOpen() throws {
        let (store, old, new) = try storeWithSeed()
        // What the interrupted `add` was writing: the annotations of the new text.
        let scratch = try AnnotationStore.create(at: try makeTemporaryDirectory() + "/annotations")
        let committed = try scratch.ingest(new, IngestRequest(id: "talks")).file
        try store.withLock {
            try AtomicFile.write(Data(new.utf8), to: store.pendingTextURL("talks"))
            try AtomicFile.write(try NativeJSON.encode(committed), to: store.annotationURL("talks"))
        }
        #expect(try Data(contentsOf: store.textURL("talks")) == Data(old.utf8))
        #expect(validationErrors(store).isEmpty, "\(validationErrors(store))")

        let reopened = try AnnotationStore(at: store.root.path)
        #expect(try Data(contentsOf: reopened.textURL("talks")) == Data(new.utf8))
        #expect(!FileManager.default.fileExists(atPath: reopened.pendingTextURL("talks").path))
        #expect(try reopened.load("talks") == committed)
        #expect(validationErrors(reopened).isEmpty)
    }

    /// Killed before the annotation file was written: the old pair stands, the pending text goes.
    @Test func anUncommittedPendingTextIsDropped() throws {
        let (store, old, new) = try storeWithSeed()
        let before = try store.load("talks")
        try AtomicFile.write(Data(new.utf8), to: store.pendingTextURL("talks"))
        #expect(validationErrors(store).isEmpty)

        let reopened = try AnnotationStore(at: store.root.path)
        #expect(!FileManager.default.fileExists(atPath: reopened.pendingTextURL("talks").path))
        #expect(try Data(contentsOf: reopened.textURL("talks")) == Data(old.utf8))
        #expect(try reopened.load("talks") == before)
    }

    @Test func reIngestingChangedTextLeavesNoPendingFile() throws {
        let (store, _, new) = try storeWithSeed()
        let result = try store.ingest(new, IngestRequest(id: "talks"))
        #expect(result.outcome == .reanchored)
        #expect(try store.text("talks").text == new.text)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.root.path + "/documents").sorted()
        #expect(names == ["talks.json", "talks.txt"])
        #expect(validationErrors(store).isEmpty)
    }

    @Test func textRefusesIdsThatLeaveTheStore() throws {
        let (store, _, _) = try storeWithSeed()
        // A text where `documents/../../outside.txt` lands.
        let outside = store.root.deletingLastPathComponent().appendingPathComponent("outside.txt")
        try Data("Outside the store.".utf8).write(to: outside)
        #expect(throws: StoreError.self) { try store.text("../../outside") }
        #expect(throws: StoreError.self) { try store.addClaim(to: "../../outside", at: .span(TextSpan(start: 0, end: 7)), by: "x") }
    }
}
