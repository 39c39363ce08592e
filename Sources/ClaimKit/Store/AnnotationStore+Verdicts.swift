/// Verdict operations: record a finding on a claim, keeping the history.
extension AnnotationStore {
    /// What a user gives for a verdict.
    public struct VerdictRequest: Sendable {
        public var rating: String
        public var rationale: String
        public var reviewer: String
        public var sources: [String]
        public var status: Verdict.Status
        public var date: String

        public init(rating: String, rationale: String, reviewer: String, sources: [String] = [], status: Verdict.Status = .published,
                    date: String = InputChecks.today()) {
            self.rating = rating
            self.rationale = rationale
            self.reviewer = reviewer
            self.sources = sources
            self.status = status
            self.date = date
        }
    }

    /// Appends a verdict to the claim's history and returns it.
    ///
    /// - Throws: `.invalidArgument` for a rating outside the store's scale, an empty rationale
    ///   or reviewer, a malformed date, or a source id the document does not have.
    @discardableResult
    public func addVerdict(on reference: ClaimReference, _ request: VerdictRequest) throws -> Verdict {
        guard configuration.verdictScale.rating(named: request.rating) != nil else {
            let names = configuration.verdictScale.ratings.map(\.name).joined(separator: ", ")
            throw StoreError(.invalidArgument, "rating '\(request.rating)' is not on this store's verdict scale; use one of: \(names)")
        }
        guard !request.rationale.trimmingCharacters(in: .whitespaces).isEmpty,
              !request.reviewer.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError(.invalidArgument, "a verdict needs a --rationale saying what was checked against what, and a --reviewer")
        }
        try InputChecks.date(request.date, field: "--date")
        return try update(reference.document) { file in
            _ = try file.claimIndex(reference)
            let known = Set(file.sources.map(\.id))
            if let unknown = request.sources.first(where: { !known.contains($0) }) {
                throw StoreError(.invalidArgument, "source '\(unknown)' is not in document '\(reference.document)' (it has \(file.sources.map(\.id).joined(separator: ", ")); add it with `claimkit source add \(reference) --url …`")
            }
            let verdict = Verdict(id: file.nextVerdictID, claim: reference.claim, rating: request.rating, rationale: request.rationale,
                                  reviewer: request.reviewer, date: request.date, sources: request.sources, status: request.status)
            file.verdicts.append(verdict)
            return verdict
        }
    }
}
