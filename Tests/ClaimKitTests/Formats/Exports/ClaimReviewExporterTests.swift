import Foundation
import Testing
@testable import ClaimKit

@Suite struct ClaimReviewExporterTests {
    private let options = ExportOptions(reviewURL: "https://factcheck.example.org/checks/kyiv", publisher: "Example Checks")

    private func reviews(_ documents: [ExportDocument], _ options: ExportOptions) throws -> [[String: Any]] {
        try #require(try ExportFixtures.json(try ClaimReviewExporter.export(documents, scale: .standard, options: options)) as? [[String: Any]])
    }

    @Test func onlyClaimsWithAPublishedVerdictAppearWithEveryRequiredField() throws {
        let reviews = try reviews([ExportFixtures.exportDocument], options)
        #expect(reviews.count == 1)   // c1; c2 has only a draft, c3 and c4 none
        let review = try #require(reviews.first)
        #expect(review["@context"] as? String == "https://schema.org")
        #expect(review["@type"] as? String == "ClaimReview")
        #expect(review["url"] as? String == "https://factcheck.example.org/checks/kyiv#kyiv-c1")
        #expect(review["claimReviewed"] as? String == ExportFixtures.file.claims[0].text)
        #expect(review["datePublished"] as? String == "2025-11-29")   // the newest published verdict, v2
        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["@type"] as? String == "Rating")
        #expect(rating["ratingValue"] as? Int == 5 && rating["bestRating"] as? Int == 5 && rating["worstRating"] as? Int == 1)
        #expect(rating["alternateName"] as? String == "True")
        let author = try #require(review["author"] as? [String: Any])
        #expect(author["@type"] as? String == "Organization" && author["name"] as? String == "Example Checks")
        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect(item["@type"] as? String == "Claim")
        #expect((item["author"] as? [String: Any])?["name"] as? String == "Yuri Ushakov")   // the quote's speaker
        #expect(item["datePublished"] as? String == "2025-11-27")
        let appearance = try #require(item["appearance"] as? [String: Any])
        #expect(appearance["url"] as? String == "https://news.example.org/kyiv?a=1&b=2")
        #expect((review["citation"] as? [[String: Any]])?.count == 2)
    }

    @Test func theReviewerIsTheAuthorWhenNoPublisherIsGiven() throws {
        let review = try #require(try reviews([ExportFixtures.exportDocument], ExportOptions(reviewURL: "https://factcheck.example.org/c#old")).first)
        #expect((review["author"] as? [String: Any])?["@type"] as? String == "Person")
        #expect((review["author"] as? [String: Any])?["name"] as? String == "Ben")
        #expect(review["url"] as? String == "https://factcheck.example.org/c#kyiv-c1")
    }

    @Test func aReviewWithoutTheReviewPageURLIsAnErrorNamingTheOption() throws {
        let error = try #require(throws: ExportError.self) {
            try ClaimReviewExporter.export([ExportFixtures.exportDocument], scale: .standard, options: ExportOptions())
        }
        #expect(error.code == .missingReviewURL && error.message.contains("--review-url"))
        // Nothing to review: no URL needed, an empty list.
        var file = ExportFixtures.file
        file.verdicts.removeAll { $0.status == .published }
        #expect(try reviews([ExportDocument(file: file, text: nil)], ExportOptions()).isEmpty)
    }

    @Test func aRatingOffTheScaleIsReportedWithTheClaim() throws {
        var file = ExportFixtures.file
        file.verdicts[1].rating = "pants-on-fire"
        let error = try #require(throws: ExportError.self) {
            try ClaimReviewExporter.export([ExportDocument(file: file, text: nil)], scale: .standard, options: options)
        }
        #expect(error.code == .ratingNotOnScale && error.message.contains("kyiv#c1") && error.message.contains("pants-on-fire"))
    }

    @Test func seedStoreGivesOneReviewForItsOnePublishedVerdict() throws {
        let store = try ExportFixtures.seededStore()
        let reviews = try reviews(try ExportFixtures.seedDocuments(store), options)
        #expect(reviews.count == 1)
        let review = try #require(reviews.first)
        #expect(review["claimReviewed"] as? String == "Russia laid out four demands")
        for key in ["url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed"] {
            #expect(review[key] != nil, "missing \(key)")
        }
        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["alternateName"] as? String == "Mostly true" && rating["ratingValue"] as? Int == 4)
        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect((item["appearance"] as? [String: Any])?["url"] as? String == "https://news.example.org/2")
        #expect(item["datePublished"] as? String == "2025-11-22")
    }
}
