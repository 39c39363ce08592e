/// Where one claim now is on a changed text: the three steps of SPEC §4, strictest first.
///
/// 1. **exact**: the exact text is still at the claim's old position, and no other occurrence
///    has clearly better context;
/// 2. **moved**: the exact text occurs elsewhere; one occurrence is taken, several are told
///    apart by their prefix and suffix, and a tie is orphaned rather than guessed;
/// 3. **fuzzy**: the text was edited; candidates are scored with their context, and the best is
///    taken only above ``ReanchorPolicy/minimumFuzzyScore`` and clearly ahead of any
///    candidate elsewhere.
///
/// Anything else is **orphaned**. Re-anchoring tools that always take the best candidate
/// silently attach notes to the wrong text; an orphan is reported and kept instead.
struct ClaimLocator {
    /// The outcome for one claim.
    struct Placement {
        var method: Anchoring.Method
        /// Code-point range on the new text; `nil` for an orphan.
        var range: Range<Int>?
        /// Combined score of a fuzzy match.
        var score: Double?
        /// A few words for the audit.
        var note: String?
    }

    /// Occurrences of an exact text considered: more would mean boilerplate, and the claim
    /// could not be placed among them by context anyway.
    static let maximumExactOccurrences = 256

    let new: ScalarText
    private let index: GramIndex
    private let candidates: FuzzyCandidates

    init(new: ScalarText, newSentences: [TextSpan]) {
        self.new = new
        index = GramIndex(new)
        candidates = FuzzyCandidates(text: new, sentences: newSentences)
    }

    /// Steps 1 and 2, or `nil` when the exact text no longer occurs (go on to step 3).
    func placeExactly(_ selector: QuoteSelector, oldSpan: TextSpan) -> Placement? {
        guard !selector.exact.isEmpty else {
            return Placement(method: .orphaned, note: "the claim has no exact text to look for")
        }
        let occurrences = index.occurrences(of: selector.exact, limit: Self.maximumExactOccurrences + 1)
        if occurrences.count > Self.maximumExactOccurrences {
            return Placement(method: .orphaned, note: "the exact text occurs more than \(Self.maximumExactOccurrences) times")
        }
        return occurrences.isEmpty ? nil : placeAmong(occurrences, selector: selector, oldSpan: oldSpan)
    }

    /// Step 1 and 2: the exact text still occurs.
    private func placeAmong(_ occurrences: [Int], selector: QuoteSelector, oldSpan: TextSpan) -> Placement {
        let length = selector.exact.count
        // The exact text is still at the claim's recorded position. (For a claim orphaned
        // earlier that position is on an older text; finding the same text there again is
        // still the strongest evidence there is.)
        let stayed = occurrences.contains(oldSpan.start)
        if occurrences.count == 1 {
            let start = occurrences[0]
            return stayed ? Placement(method: .exact, range: start..<start + length)
                          : Placement(method: .moved, range: start..<start + length)
        }
        let ranked = occurrences
            .map { (start: $0, context: selector.contextScore(of: $0..<$0 + length, in: new)) }
            .sorted { $0.context > $1.context }
        if stayed {
            let here = ranked.first { $0.start == oldSpan.start }!.context
            let elsewhere = ranked.first { $0.start != oldSpan.start }!.context
            // Another occurrence wins only if its context is clearly better.
            if !(here < elsewhere - ReanchorPolicy.ambiguityMargin) {
                return Placement(method: .exact, range: oldSpan.start..<oldSpan.end)
            }
        }
        let best = ranked[0], runnerUp = ranked[1]
        guard runnerUp.context < best.context - ReanchorPolicy.ambiguityMargin else {
            let tied = ranked.filter { !($0.context < best.context - ReanchorPolicy.ambiguityMargin) }.count
            return Placement(method: .orphaned, note: "the exact text occurs \(occurrences.count) times and \(tied) have equally good context")
        }
        return Placement(method: .moved, range: best.start..<best.start + length,
                         note: "chosen by context among \(occurrences.count) occurrences")
    }

    /// Step 3: the exact text is gone; look for an edited version of it, first near
    /// `expectedStart`, where the claim would be if only the text around it changed.
    func placeFuzzily(_ selector: QuoteSelector, expectedStart: Int) -> Placement {
        let spans = candidates.candidates(for: selector, expectedStart: expectedStart)
        let scored = spans.compactMap { span in selector.score(of: span, in: new).map { (span: span, score: $0) } }
        // Highest score first; ties broken by position so the outcome never depends on hashing.
        guard let best = scored.min(by: { ($1.score, $0.span.lowerBound) < ($0.score, $1.span.lowerBound) }) else {
            return Placement(method: .orphaned, note: "no similar text found")
        }
        guard best.score >= ReanchorPolicy.minimumFuzzyScore else {
            return Placement(method: .orphaned,
                             note: "best candidate \(Self.format(best.score)) at \(Self.format(best.span)) is below \(Self.format(ReanchorPolicy.minimumFuzzyScore))")
        }
        // The runner-up must be somewhere else: windows around the best place score alike.
        let elsewhere = scored.filter { !$0.span.overlaps(best.span) }
        if let runnerUp = elsewhere.max(by: { $0.score < $1.score }),
           !(runnerUp.score < best.score - ReanchorPolicy.ambiguityMargin) {
            return Placement(method: .orphaned,
                             note: "ambiguous: \(Self.format(best.score)) at \(Self.format(best.span)) and \(Self.format(runnerUp.score)) at \(Self.format(runnerUp.span))")
        }
        return Placement(method: .fuzzy, range: best.span, score: Self.rounded(best.score))
    }

    /// Scores are stored to three decimals so that annotation files diff cleanly.
    static func rounded(_ score: Double) -> Double {
        (score * 1000).rounded(.down) / 1000
    }

    private static func format(_ score: Double) -> String {
        let thousandths = Int((score * 1000).rounded(.down))
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    private static func format(_ range: Range<Int>) -> String {
        TextSpan(start: range.lowerBound, end: range.upperBound).description
    }
}
