/// The thresholds and weights of fuzzy re-anchoring, in one place so the audit can quote them.
///
/// A fuzzy candidate's score is `exactWeight · sim(exact) + prefixWeight · sim(prefix) +
/// suffixWeight · sim(suffix)`, each `sim` a normalised Levenshtein similarity over code
/// points. The weights favour the quote itself: context alone can never reach the threshold.
public enum ReanchorPolicy {
    /// The lowest score a fuzzy match may have. Below it the claim is orphaned: a claim
    /// attached to the wrong sentence is worse than one reported as lost.
    public static let minimumFuzzyScore = 0.75
    /// How far ahead of the runner-up (at a different place) the best candidate must be.
    /// Closer than this, the choice would be a guess, so the claim is orphaned instead. The
    /// same margin decides between several exact occurrences on their context alone.
    public static let ambiguityMargin = 0.05
    /// Weight of the similarity of the quote (the claim's exact text).
    public static let exactWeight = 0.7
    /// Weight of the similarity of the text before the candidate to the recorded prefix.
    public static let prefixWeight = 0.15
    /// Weight of the similarity of the text after the candidate to the recorded suffix.
    public static let suffixWeight = 0.15

    /// The smallest quote similarity with which a candidate could still matter: perfect
    /// context plus this much quote reaches the threshold less the ambiguity margin. Cheaper
    /// candidates are skipped before any edit distance is computed.
    static var minimumUsefulExactSimilarity: Double {
        (minimumFuzzyScore - ambiguityMargin - prefixWeight - suffixWeight) / exactWeight
    }
}
