/// One line of the re-anchoring audit: where one claim was on the old text, where it is on the
/// new text, and how it was found (SPEC §4).
public struct ReanchorEntry: Sendable, Equatable {
    public let claimID: String
    public let method: Anchoring.Method
    /// The combined similarity for a fuzzy match; `nil` otherwise (see ``Anchoring/score``).
    public let score: Double?
    /// The claim's span on the old text (for an orphan that was already orphaned, the span it
    /// last had on a text where it was found).
    public let oldSpan: TextSpan
    /// The claim's span on the new text; `nil` for an orphan.
    public let newSpan: TextSpan?
    /// Why, in a few words, for the audit: which occurrence was chosen, or why the claim was
    /// orphaned ("best candidate 0.62 is below 0.75", "2 occurrences with equally good context").
    public let note: String?

    public init(claimID: String, method: Anchoring.Method, score: Double?, oldSpan: TextSpan, newSpan: TextSpan?,
                note: String? = nil) {
        self.claimID = claimID
        self.method = method
        self.score = score
        self.oldSpan = oldSpan
        self.newSpan = newSpan
        self.note = note
    }
}

/// The annotation file re-anchored onto the new text, and the audit of every old claim.
public struct ReanchorResult: Sendable {
    /// The file on the new text: every old claim (orphans included), the fresh mentions, the new
    /// claims the extractor found where no old claim lies, and the unchanged sources and verdicts.
    public var file: AnnotationFile
    /// One entry per old claim, in the old file's order.
    public var entries: [ReanchorEntry]

    public init(file: AnnotationFile, entries: [ReanchorEntry]) {
        self.file = file
        self.entries = entries
    }
}
