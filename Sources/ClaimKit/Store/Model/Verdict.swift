/// A fact-checker's finding on a claim (SPEC §4, "Verdicts").
///
/// A claim keeps every verdict ever recorded; the newest published one is current.
public struct Verdict: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case draft, published
    }

    /// Id within the document's annotation file: `v1`, `v2`…
    public var id: String
    /// The claim's id (`c3`).
    public var claim: String
    /// A rating name from the store's verdict scale (`mostly-true`).
    public var rating: String
    public var rationale: String
    public var reviewer: String
    /// ISO 8601 date of the verdict.
    public var date: String
    /// Ids of the sources relied on.
    public var sources: [String]
    public var status: Status

    public init(id: String, claim: String, rating: String, rationale: String, reviewer: String, date: String,
                sources: [String] = [], status: Status) {
        self.id = id
        self.claim = claim
        self.rating = rating
        self.rationale = rationale
        self.reviewer = reviewer
        self.date = date
        self.sources = sources
        self.status = status
    }
}

/// The ratings a store allows, configurable per store (SPEC §4, "Verdict scale").
public struct VerdictScale: Sendable, Equatable, Codable {
    public struct Rating: Sendable, Equatable, Codable {
        /// Machine name used in verdicts: `mostly-true`.
        public var name: String
        /// What reviewers read: "Mostly true".
        public var label: String
        /// ClaimReview's ratingValue: 1 (worst) … 5 (best).
        public var value: Int

        public init(name: String, label: String, value: Int) {
            self.name = name
            self.label = label
            self.value = value
        }
    }

    public var ratings: [Rating]
    /// ClaimReview's bestRating and worstRating.
    public var best: Int
    public var worst: Int

    public init(ratings: [Rating], best: Int, worst: Int) {
        self.ratings = ratings
        self.best = best
        self.worst = worst
    }

    public func rating(named name: String) -> Rating? {
        ratings.first { $0.name == name }
    }

    /// The SPEC §4 default: true … false, misleading, unverifiable.
    public static let standard = VerdictScale(ratings: [
        Rating(name: "true", label: "True", value: 5),
        Rating(name: "mostly-true", label: "Mostly true", value: 4),
        Rating(name: "mixed", label: "Mixed", value: 3),
        Rating(name: "mostly-false", label: "Mostly false", value: 2),
        Rating(name: "false", label: "False", value: 1),
        Rating(name: "misleading", label: "Misleading", value: 2),
        Rating(name: "unverifiable", label: "Unverifiable", value: 3),
    ], best: 5, worst: 1)
}
