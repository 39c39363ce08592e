import Foundation
import Testing
@testable import ClaimKit

/// The fact-checker's workflow through the library, on the seed articles (SPEC §4).
@Suite struct StoreWorkflowTests {
    private func storeWithSeed(_ name: String, id: String, published: String? = nil) throws -> (AnnotationStore, AnnotationFile) {
        let store = try AnnotationStore.create(at: try makeTemporaryDirectory() + "/annotations")
        let result = try store.ingest(try Fixtures.seed(name), IngestRequest(id: id, published: published))
        return (store, result.file)
    }

    @Test func initWritesConfigurationWithTheDefaultScaleAndRefusesASecondInit() throws {
        let path = try makeTemporaryDirectory() + "/annotations"
        let store = try AnnotationStore.create(at: path)
        #expect(store.configuration.verdictScale.ratings.map(\.name) == ["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unverifiable"])
        #expect(FileManager.default.fileExists(atPath: path + "/claimkit.json"))
        #expect(throws: StoreError.self) { try AnnotationStore.create(at: path) }
        #expect(throws: StoreError(.noStore, "no claimkit store at /nonexistent/x (no claimkit.json); create one with `claimkit init /nonexistent/x` or point --store at it")) {
            try AnnotationStore(at: "/nonexistent/x")
        }
    }

    @Test func addStoresTextWithItsHashAndAnAnnotationFile() throws {
        let (store, file) = try storeWithSeed("002_71288f6fbee5ea84.txt", id: "peace-talks-stall")
        let text = try String(contentsOf: store.textURL("peace-talks-stall"), encoding: .utf8)
        #expect(file.document.textSHA256 == AnnotationStore.sha256(Array(text.utf8)))
        #expect(file.document.length == text.unicodeScalars.count)
        #expect(try store.load("peace-talks-stall") == file)
        // Written twice, byte for byte the same: stable key order and ids.
        let first = try Data(contentsOf: store.annotationURL("peace-talks-stall"))
        _ = try store.ingest(try Fixtures.seed("002_71288f6fbee5ea84.txt"), IngestRequest(id: "peace-talks-stall"))
        #expect(try Data(contentsOf: store.annotationURL("peace-talks-stall")) == first)
    }

    @Test func personAddsAClaimByQuoteAndDismissesAnother() throws {
        let (store, _) = try storeWithSeed("002_71288f6fbee5ea84.txt", id: "talks")
        let claim = try store.addClaim(to: "talks", at: .quote("Russia laid out four demands"), by: "Ana")
        #expect(claim.provenance == Provenance(agent: .person, name: "Ana"))
        let document = try store.text("talks")
        #expect(document.text(of: claim.span) == "Russia laid out four demands")
        try store.dismissClaim(ClaimReference(document: "talks", claim: claim.id), reason: "duplicate", by: "Ana", date: "2025-11-29")
        let stored = try #require(try store.load("talks").claim(claim.id))
        #expect(stored.status == .dismissed)
        #expect(stored.dismissal == Dismissal(reason: "duplicate", by: "Ana", date: "2025-11-29"))
    }

    @Test func sourcesAndVerdictHistoryWithTheNewestPublishedOneCurrent() throws {
        let (store, _) = try storeWithSeed("002_71288f6fbee5ea84.txt", id: "talks")
        let claim = try store.addClaim(to: "talks", at: .quote("four days after the invasion officially began"), by: "Ana")
        let reference = ClaimReference(document: "talks", claim: claim.id)
        let source = try store.addSource(to: reference, .init(url: "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine",
                                                              title: "Russian invasion of Ukraine", relation: .supports))
        try store.addVerdict(on: reference, .init(rating: "mostly-true", rationale: "first look", reviewer: "Ana", sources: [source.id],
                                                  status: .published, date: "2025-11-28"))
        try store.addVerdict(on: reference, .init(rating: "true", rationale: "24 Feb + 4 days = 28 Feb", reviewer: "Ben",
                                                  sources: [source.id], status: .published, date: "2025-11-29"))
        try store.addVerdict(on: reference, .init(rating: "false", rationale: "unreviewed draft", reviewer: "Cy", status: .draft, date: "2025-11-30"))
        let file = try store.load("talks")
        #expect(file.verdicts(on: claim.id).map(\.rating) == ["mostly-true", "true", "false"])
        #expect(file.currentVerdict(on: claim.id)?.rating == "true")
        #expect(file.claim(claim.id)?.sourceLinks == [SourceLink(source: source.id, relation: .supports)])
    }

    @Test func badInputIsRefusedWithTheStoreUnchanged() throws {
        let (store, file) = try storeWithSeed("002_71288f6fbee5ea84.txt", id: "talks")
        let claim = try store.addClaim(to: "talks", at: .quote("Russia laid out four demands"), by: "Ana")
        let reference = ClaimReference(document: "talks", claim: claim.id)
        let before = try snapshot(store.root.path)
        #expect(throws: StoreError.self) { try store.addVerdict(on: reference, .init(rating: "pants-on-fire", rationale: "x", reviewer: "y")) }
        #expect(throws: StoreError.self) { try store.addVerdict(on: ClaimReference(document: "talks", claim: "c999"), .init(rating: "true", rationale: "x", reviewer: "y")) }
        #expect(throws: StoreError.self) { try store.addSource(to: reference, .init(url: "not a url")) }
        #expect(throws: StoreError.self) { try store.addVerdict(on: reference, .init(rating: "true", rationale: "x", reviewer: "y", date: "2025-02-30")) }
        #expect(throws: StoreError.self) { try store.ingest(try Fixtures.seed("000_2d6beb6aebf89fa1.txt"), IngestRequest(id: "../escape")) }
        #expect(try snapshot(store.root.path) == before)
        #expect(file.claims.count + 1 == (try store.load("talks").claims.count))
    }
}
