import Foundation

/// Writes schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview) for every claim with
/// a published verdict, with the fields Google's fact-check markup requires (`claimReviewed`,
/// `reviewRating` with `ratingValue`, `bestRating`, `worstRating` and `alternateName`, `url`)
/// and those it recommends (`author`, `datePublished`, `itemReviewed` as a `Claim` with its
/// `author`, `datePublished` and `appearance`).
///
/// The output is a JSON array of ClaimReview objects, each with its own `@context`, which is
/// what a page embeds in one `<script type="application/ld+json">`. Only the current verdict
/// (the newest published one) is reviewed; drafts never leave the store this way.
public enum ClaimReviewExporter {
    /// The reviews of every claim in `documents` that has a published verdict.
    ///
    /// - Throws: ``ExportError`` `.missingReviewURL` when there is a review to write but no
    ///   ``ExportOptions/reviewURL`` (ClaimReview's required `url`), `.ratingNotOnScale` when
    ///   a verdict's rating is not on `scale`.
    public static func export(_ documents: [ExportDocument], scale: VerdictScale, options: ExportOptions) throws -> Data {
        try JSONValue.array(documents.flatMap { try reviews(of: $0.file, scale: scale, options: options) }).encoded()
    }

    /// One ClaimReview per claim of `file` with a current (published) verdict, in claim order.
    static func reviews(of file: AnnotationFile, scale: VerdictScale, options: ExportOptions) throws -> [JSONValue] {
        try file.claims.compactMap { claim in
            guard let verdict = file.currentVerdict(on: claim.id) else { return nil }
            return try review(claim, verdict, file, scale: scale, options: options)
        }
    }

    /// The scale's entry for a verdict's rating.
    static func rating(of verdict: Verdict, claimReference: String, scale: VerdictScale) throws -> VerdictScale.Rating {
        guard let rating = scale.rating(named: verdict.rating) else {
            let names = scale.ratings.map(\.name).joined(separator: ", ")
            throw ExportError(.ratingNotOnScale, "verdict \(verdict.id) on \(claimReference) has rating '\(verdict.rating)', which is not on the store's verdict scale (\(names)); record a new verdict with one of those ratings")
        }
        return rating
    }

    /// `https://example.org/checks#talks-c3`: the review page with an anchor per claim, as
    /// Google asks when one page carries several ClaimReviews.
    static func reviewURL(_ base: String?, documentID: String, claimID: String) throws -> String {
        guard let base, InputChecks.isWebURL(base) else {
            let given = base.map { " ('\($0)' is not an absolute http(s) URL)" } ?? ""
            throw ExportError(.missingReviewURL, "ClaimReview needs the URL of the page that publishes the fact-check\(given); give it with --review-url https://…")
        }
        let page = base.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return "\(page)#\(documentID)-\(claimID)"
    }

    private static func review(_ claim: Claim, _ verdict: Verdict, _ file: AnnotationFile,
                               scale: VerdictScale, options: ExportOptions) throws -> JSONValue {
        let metadata = file.document
        let rating = try rating(of: verdict, claimReference: "\(metadata.id)#\(claim.id)", scale: scale)
        let author = options.publisher.map { organization($0) } ?? person(verdict.reviewer)
        let citations: [JSONValue] = verdict.sources.compactMap { id in
            file.sources.first { $0.id == id }.map { source in
                .object(["@type": .string("CreativeWork"), "url": .string(source.url), "name": .maybe(source.title)])
            }
        }
        return .object([
            "@context": .string("https://schema.org"),
            "@type": .string("ClaimReview"),
            "url": .string(try reviewURL(options.reviewURL, documentID: metadata.id, claimID: claim.id)),
            "claimReviewed": .string(claim.text),
            "datePublished": .string(verdict.date),
            "author": author,
            "reviewRating": .object([
                "@type": .string("Rating"),
                "ratingValue": .int(rating.value),
                "bestRating": .int(scale.best),
                "worstRating": .int(scale.worst),
                "alternateName": .string(rating.label),
            ]),
            "reviewBody": .string(verdict.rationale),
            "inLanguage": .string(metadata.language),
            "citation": citations.isEmpty ? nil : .array(citations),
            "itemReviewed": .object([
                "@type": .string("Claim"),
                "author": claimAuthor(claim, file),
                "datePublished": .maybe(metadata.published),
                "appearance": appearance(metadata),
            ]),
        ])
    }

    /// Who made the claim: the speaker of a quotation inside it, else the article's author,
    /// else its publisher.
    private static func claimAuthor(_ claim: Claim, _ file: AnnotationFile) -> JSONValue? {
        let speaker = file.mentions.first { claim.mentionIDs.contains($0.id) && $0.quote?.speaker != nil }?.quote?.speaker
        if let speaker { return person(speaker) }
        if let author = file.document.author { return person(author) }
        return file.document.publisher.map { organization($0) }
    }

    /// The article the claim appeared in, when anything is known about it.
    private static func appearance(_ metadata: DocumentMetadata) -> JSONValue? {
        guard metadata.url != nil || metadata.title != nil else { return nil }
        return .object([
            "@type": .string("CreativeWork"),
            "url": .maybe(metadata.url),
            "headline": .maybe(metadata.title),
            "datePublished": .maybe(metadata.published),
            "author": metadata.author.map { person($0) },
            "publisher": metadata.publisher.map { organization($0) },
        ])
    }

    private static func person(_ name: String) -> JSONValue {
        .object(["@type": .string("Person"), "name": .string(name)])
    }

    private static func organization(_ name: String) -> JSONValue {
        .object(["@type": .string("Organization"), "name": .string(name)])
    }
}
