/// A claim's TextQuoteSelector (its exact text, prefix and suffix) as code points, with the
/// edit-distance patterns that score candidate places for it on a new text.
struct QuoteSelector {
    let exact: [UInt32]
    let prefix: [UInt32]
    let suffix: [UInt32]
    private let exactPattern: LevenshteinPattern
    private let prefixPattern: LevenshteinPattern
    private let suffixPattern: LevenshteinPattern

    init(_ claim: Claim) {
        exact = ScalarText(claim.text).scalars
        prefix = ScalarText(claim.prefix).scalars
        suffix = ScalarText(claim.suffix).scalars
        exactPattern = LevenshteinPattern(exact)
        prefixPattern = LevenshteinPattern(prefix)
        suffixPattern = LevenshteinPattern(suffix)
    }

    /// How well the text around `span` agrees with the recorded prefix and suffix, weighted as
    /// in ``ReanchorPolicy`` (so at most `prefixWeight + suffixWeight`). The context compared
    /// is as long as the recorded one, so a claim recorded at the start of the text (empty
    /// prefix) loses nothing by it.
    func contextScore(of span: Range<Int>, in text: ScalarText) -> Double {
        ReanchorPolicy.prefixWeight * prefixPattern.similarity(to: text.before(span.lowerBound, length: prefix.count))
            + ReanchorPolicy.suffixWeight * suffixPattern.similarity(to: text.after(span.upperBound, length: suffix.count))
    }

    /// Similarity of the text of `span` to the exact text, or `nil` when it cannot be high
    /// enough to matter (see ``ReanchorPolicy/minimumUsefulExactSimilarity``): the lengths
    /// alone bound it, so far-off candidates cost no edit distance.
    func exactSimilarity(of span: Range<Int>, in text: ScalarText) -> Double? {
        let longer = max(exact.count, span.count), shorter = min(exact.count, span.count)
        guard longer > 0 else { return 1 }
        let floor = ReanchorPolicy.minimumUsefulExactSimilarity
        guard Double(shorter) / Double(longer) >= floor else { return nil }
        let similarity = exactPattern.similarity(to: text[span])
        return similarity >= floor ? similarity : nil
    }

    /// The combined fuzzy score of `span` in [0, 1], or `nil` when it cannot matter.
    func score(of span: Range<Int>, in text: ScalarText) -> Double? {
        guard let exactSimilarity = exactSimilarity(of: span, in: text) else { return nil }
        return ReanchorPolicy.exactWeight * exactSimilarity + contextScore(of: span, in: text)
    }
}
