/// Claim operations a fact-checker performs: add a claim the extractor missed, dismiss one.
extension AnnotationStore {
    /// Where a person's claim is: a code-point span, or an exact quote to find in the text.
    public enum ClaimTarget: Sendable {
        case span(TextSpan)
        case quote(String)
    }

    /// Adds a claim chosen by `person` and returns it. Its mentions are the extractor's
    /// mentions inside the span.
    ///
    /// - Throws: `.invalidArgument` for a span outside the text, or a quote found nowhere or
    ///   in several places (then a `--span` is needed).
    @discardableResult
    public func addClaim(to documentID: String, at target: ClaimTarget, by person: String) throws -> Claim {
        let document = try text(documentID)
        let span = try resolve(target, in: document, documentID: documentID)
        return try update(documentID) { file in
            let mentionIDs = file.mentions.filter { span.contains($0.span) }.map(\.id)
            let kinds = Set(file.mentions.filter { mentionIDs.contains($0.id) }.map(\.kind.rawValue))
            let claim = Claim(id: file.nextClaimID, span: span, text: document.text(of: span),
                              prefix: document.prefix(before: span),
                              suffix: document.suffix(after: span),
                              mentionIDs: mentionIDs, reasons: ["added-by-person"] + kinds.sorted(), score: 1,
                              provenance: Provenance(agent: .person, name: person))
            file.claims.append(claim)
            return claim
        }
    }

    /// Marks a claim dismissed; it stays on record with the reason.
    public func dismissClaim(_ reference: ClaimReference, reason: String, by person: String?, date: String = InputChecks.today()) throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw StoreError(.invalidArgument, "a dismissal needs a --reason (e.g. \"opinion, not a checkable fact\")")
        }
        try update(reference.document) { file in
            let index = try file.claimIndex(reference)
            file.claims[index].status = .dismissed
            file.claims[index].dismissal = Dismissal(reason: reason, by: person, date: date)
        }
    }

    private func resolve(_ target: ClaimTarget, in document: Document, documentID: String) throws -> TextSpan {
        switch target {
        case .span(let span):
            guard span.end <= document.length, !span.isEmpty else {
                throw StoreError(.invalidArgument, "span \(span.start):\(span.end) is outside document '\(documentID)', whose text has \(document.length) code points")
            }
            return span
        case .quote(let quote):
            let occurrences = document.text.occurrences(of: quote)
            guard let first = occurrences.first else {
                throw StoreError(.invalidArgument, "the quote \"\(quote)\" does not occur in document '\(documentID)'; copy it exactly from `claimkit show` or give --span START:END")
            }
            guard occurrences.count == 1 else {
                throw StoreError(.invalidArgument, "the quote \"\(quote)\" occurs \(occurrences.count) times in document '\(documentID)' (at code points \(occurrences.map { String($0.start) }.joined(separator: ", "))); give --span START:END")
            }
            return first
        }
    }
}

extension AnnotationFile {
    /// The index of the referenced claim, or a `.notFound` error naming it.
    func claimIndex(_ reference: ClaimReference) throws -> Int {
        guard let index = claims.firstIndex(where: { $0.id == reference.claim }) else {
            throw StoreError(.notFound, "no claim \(reference) (document '\(reference.document)' has \(claims.count) claims, c1…); `claimkit claims \(reference.document)` lists them")
        }
        return index
    }
}

extension String {
    /// Code-point spans of every occurrence of `needle`.
    func occurrences(of needle: String) -> [TextSpan] {
        let haystack = Array(unicodeScalars), pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
        var spans: [TextSpan] = []
        var i = 0
        while i + pattern.count <= haystack.count {
            if haystack[i] == pattern[0] && Array(haystack[i..<(i + pattern.count)]) == pattern {
                spans.append(TextSpan(start: i, end: i + pattern.count))
            }
            i += 1
        }
        return spans
    }
}
