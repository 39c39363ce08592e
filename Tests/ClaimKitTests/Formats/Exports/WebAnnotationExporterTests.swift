import Foundation
import Testing
@testable import ClaimKit

@Suite struct WebAnnotationExporterTests {
    private func items(_ documents: [ExportDocument]) throws -> (collection: [String: Any], items: [[String: Any]]) {
        let collection = try #require(try ExportFixtures.json(try WebAnnotationExporter.export(documents, scale: .standard)) as? [String: Any])
        let page = try #require(collection["first"] as? [String: Any])
        return (collection, try #require(page["items"] as? [[String: Any]]))
    }

    private func selectors(_ item: [String: Any]) throws -> (position: [String: Any], quote: [String: Any], source: [String: Any]) {
        let target = try #require(item["target"] as? [String: Any])
        let selectors = try #require(target["selector"] as? [[String: Any]])
        let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
        let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
        return (position, quote, try #require(target["source"] as? [String: Any]))
    }

    @Test func everySelectorResolvesToItsExactTextByCodePoints() throws {
        let (collection, items) = try items([ExportFixtures.exportDocument])
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(collection["type"] as? String == "AnnotationCollection")
        #expect(items.count == 12 && collection["total"] as? Int == 12)   // 5 mentions, 4 claims, 3 verdicts
        for item in items {
            #expect(item["type"] as? String == "Annotation")
            let (position, quote, _) = try selectors(item)
            let start = try #require(position["start"] as? Int), end = try #require(position["end"] as? Int)
            let text = ExportFixtures.text
            #expect(ExportFixtures.slice(text, start, end) == quote["exact"] as? String)
            #expect(ExportFixtures.slice(text, max(0, start - 32), start) == quote["prefix"] as? String)
            #expect(ExportFixtures.slice(text, end, min(text.unicodeScalars.count, end + 32)) == quote["suffix"] as? String)
        }
        // The flag emoji before the first span is two code points but four UTF-16 units.
        let quoteMention = try #require(items.first { $0["schema:identifier"] as? String == "kyiv#m1" })
        #expect(try selectors(quoteMention).position["start"] as? Int == ExportFixtures.span(of: "“over").start)
    }

    @Test func claimsCarryTheirCurrentRatingAndSourceLinksAndVerdictsTheirReviewer() throws {
        let (_, items) = try items([ExportFixtures.exportDocument])
        let claim = try #require(items.first { $0["schema:identifier"] as? String == "kyiv#c1" })
        #expect(claim["motivation"] as? String == "highlighting")
        let bodies = try #require(claim["body"] as? [[String: Any]])
        let rating = try #require(bodies.first { $0["purpose"] as? String == "assessing" })
        #expect(rating["value"] as? String == "True" && rating["schema:ratingValue"] as? Int == 5)
        let links = bodies.filter { $0["purpose"] as? String == "linking" }.compactMap { ($0["source"] as? [String: Any])?["id"] as? String }
        #expect(links == ["https://www.un.org/en/report?x=1&y=2", "https://example.org/counter", "https://example.org/ref1"])
        #expect(bodies.contains { $0["purpose"] as? String == "tagging" && $0["value"] as? String == "attributed-quote" })

        let verdicts = items.filter { $0["motivation"] as? String == "assessing" }
        #expect(verdicts.map { $0["schema:identifier"] as? String } == ["kyiv#v1", "kyiv#v2", "kyiv#v3"])
        let newest = verdicts[1]
        #expect((newest["creator"] as? [String: Any])?["name"] as? String == "Ben")
        #expect(newest["schema:about"] as? String == claim["id"] as? String)
        #expect(newest["schema:creativeWorkStatus"] as? String == "published" && verdicts[2]["schema:creativeWorkStatus"] as? String == "draft")
        let dismissed = try #require(items.first { $0["schema:identifier"] as? String == "kyiv#c3" })
        #expect((dismissed["body"] as? [[String: Any]])?.contains { $0["purpose"] as? String == "moderating" } == true)
    }

    @Test func targetsNameTheTextByItsHashAndIdentifiersAreStableAndUnique() throws {
        let (_, items) = try items([ExportFixtures.exportDocument])
        let file = ExportFixtures.file
        let source = try selectors(items[0]).source
        #expect(source["schema:sha256"] as? String == file.document.textSHA256)
        #expect((source["id"] as? String)?.hasPrefix("ni:///sha-256;") == true)
        #expect(source["schema:isBasedOn"] as? String == file.document.url)
        let ids = items.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == items.count && ids.allSatisfy { $0.hasPrefix("urn:uuid:") && $0.count == 45 })
        let again = try WebAnnotationExporter.export([ExportFixtures.exportDocument], scale: .standard)
        #expect(again == (try WebAnnotationExporter.export([ExportFixtures.exportDocument], scale: .standard)))
    }

    @Test func selectorsResolveOnEverySeedArticle() throws {
        let store = try ExportFixtures.seededStore()
        let documents = try ExportFixtures.seedDocuments(store)
        let (_, items) = try items(documents)
        let expected = documents.reduce(0) { $0 + $1.file.mentions.count + $1.file.claims.count + $1.file.verdicts.count }
        #expect(items.count == expected && expected > 5)
        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.file.document.id, try! String(contentsOf: store.textURL($0.file.document.id), encoding: .utf8)) })
        for item in items {
            let (position, quote, source) = try selectors(item)
            let text = try #require(texts[source["schema:identifier"] as? String ?? ""])
            let start = try #require(position["start"] as? Int), end = try #require(position["end"] as? Int)
            #expect(ExportFixtures.slice(text, start, end) == quote["exact"] as? String, "\(item["schema:identifier"] ?? "")")
        }
    }
}
