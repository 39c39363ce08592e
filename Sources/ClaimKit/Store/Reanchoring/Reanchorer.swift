/// Carries an annotation file over to a changed text (SPEC §4, last point).
///
/// Every claim keeps its id, so the sources and verdicts that point at it stay attached; its
/// TextQuoteSelector is moved to the new text where ``ClaimLocator`` finds it, and its
/// ``Claim/anchoring`` records how (exact, moved, fuzzy with a score, orphaned) between the
/// old and the new text hashes. Orphans keep their old selector and are never dropped. The
/// extractor's fresh result on the new text supplies the mentions, and any claim it finds where
/// no old claim lies.
public enum Reanchorer {
    /// `file` was made on `oldText` (its claims' selectors point there); `newText` is the
    /// changed text with its SHA-256 `newSHA256`; `fresh` is the extractor's result on `newText`.
    ///
    /// - Complexity: O(n log n) once to index the new text, then per claim a lookup of its
    ///   exact text and, for a claim whose text was edited, a bounded number of bit-parallel
    ///   edit distances near where it is expected.
    public static func reanchor(_ file: AnnotationFile, oldText: Document, newText: Document, newSHA256: String,
                                fresh: Extraction) -> ReanchorResult {
        let locator = ClaimLocator(new: ScalarText(newText), newSentences: fresh.sentences)
        let freshBySpan = Dictionary(fresh.claims.map { ($0.span, $0) }, uniquingKeysWith: { first, _ in first })
        let mentionStarts = fresh.mentions.map(\.span.start)

        // Exact text first, for every claim; the claims found this way then tell where the
        // edited ones are likely to be.
        let selectors = file.claims.map(QuoteSelector.init)
        var placements = zip(file.claims, selectors).map { claim, selector in locator.placeExactly(selector, oldSpan: claim.span) }
        let expected = ExpectedPosition(
            anchors: zip(file.claims, placements).compactMap { claim, placement in
                placement?.range.map { (old: claim.span.start, new: $0.lowerBound) }
            },
            oldLength: oldText.length, newLength: newText.length)
        for index in placements.indices where placements[index] == nil {
            placements[index] = locator.placeFuzzily(selectors[index], expectedStart: expected.newStart(forOldStart: file.claims[index].span.start))
        }

        var result = file
        result.mentions = fresh.mentions
        result.claims = []
        var entries: [ReanchorEntry] = []
        for (claim, placement) in zip(file.claims, placements.map { $0! }) {
            var moved = claim
            moved.anchoring = Anchoring(method: placement.method, score: placement.score,
                                        fromSHA256: file.document.textSHA256, toSHA256: newSHA256)
            var newSpan: TextSpan?
            if let range = placement.range {
                let span = TextSpan(start: range.lowerBound, end: range.upperBound)
                newSpan = span
                moved.setSelector(span, in: newText)
                moved.mentionIDs = mentionIDs(in: span, starts: mentionStarts, mentions: fresh.mentions)
                if claim.provenance.agent == .software, let same = freshBySpan[span] {
                    moved.score = same.score
                    moved.reasons = same.reasons
                    moved.citations = same.citations
                }
            } else {
                // The old mentions are replaced by the new text's; none of them is the orphan's.
                moved.mentionIDs = []
            }
            result.claims.append(moved)
            entries.append(ReanchorEntry(claimID: claim.id, method: placement.method, score: placement.score,
                                         oldSpan: claim.span, newSpan: newSpan, note: placement.note))
        }

        let placed = PlacedSpans(result.claims.filter { $0.anchoring?.method != .orphaned }.map(\.span))
        for claim in fresh.claims where !placed.coversOrOverlaps(claim.span) {
            var added = claim
            added.id = result.nextClaimID
            added.anchoring = nil
            result.claims.append(added)
        }

        result.document.textSHA256 = newSHA256
        result.document.length = newText.length
        return ReanchorResult(file: result, entries: entries)
    }

    /// Ids of the mentions whose start lies in `span` (`starts` sorted, as mentions are).
    private static func mentionIDs(in span: TextSpan, starts: [Int], mentions: [Mention]) -> [String] {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < span.start { low = mid + 1 } else { high = mid }
        }
        var ids: [String] = []
        while low < starts.count && starts[low] < span.end {
            ids.append(mentions[low].id)
            low += 1
        }
        return ids
    }
}

extension Claim {
    /// Points the claim's TextQuoteSelector at `span` of `document`: its exact text and
    /// ``Claim/contextLength`` code points of prefix and suffix.
    mutating func setSelector(_ span: TextSpan, in document: Document) {
        self.span = span
        text = document.text(of: span)
        prefix = document.prefix(before: span)
        suffix = document.suffix(after: span)
    }
}

/// The spans of the re-anchored claims, for asking whether a fresh claim adds anything.
private struct PlacedSpans {
    /// Sorted by start.
    private let spans: [TextSpan]
    /// `maximumEnd[i]`: the largest end among `spans[0...i]`.
    private let maximumEnd: [Int]

    init(_ spans: [TextSpan]) {
        self.spans = spans.sorted()
        var running = Int.min
        maximumEnd = self.spans.map { running = max(running, $0.end); return running }
    }

    /// Whether some placed span equals or overlaps `span`.
    func coversOrOverlaps(_ span: TextSpan) -> Bool {
        // Spans starting before `span` ends (or at its start, for an empty span).
        var low = 0, high = spans.count
        let limit = max(span.end, span.start + 1)
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].start < limit { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return false }
        if maximumEnd[low - 1] > span.start { return true }
        return spans[..<low].contains { $0 == span }
    }
}
