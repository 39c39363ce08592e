/// The places on the new text where an edited claim may now be, for fuzzy scoring.
///
/// Two sources: the new text's sentences (a claim is usually a sentence, and an edited
/// sentence is still one), and windows about as long as the claim that start where its first
/// word now occurs or end where its last word does (for claims narrower or wider than a
/// sentence, or whose sentence was split or merged). Window edges are snapped to white space.
/// The counts are capped, nearest to where the claim is expected (see ``ExpectedPosition``),
/// so a claim costs a bounded number of edit distances however long the text.
struct FuzzyCandidates {
    /// Sentences considered per claim (after the length filter): some forty kilobytes of
    /// prose around the expected position.
    static let maximumSentences = 256
    /// Occurrences of the first word, and of the last word, considered per claim.
    static let maximumWordAnchors = 64

    let text: ScalarText
    let sentences: [TextSpan]
    private let words: WordIndex

    init(text: ScalarText, sentences: [TextSpan]) {
        self.text = text
        self.sentences = sentences
        words = WordIndex(text)
    }

    /// Candidate spans for `selector`, whose claim is expected near `expectedStart`.
    /// Duplicates removed; order is irrelevant.
    func candidates(for selector: QuoteSelector, expectedStart: Int) -> [Range<Int>] {
        let length = selector.exact.count
        guard length > 0 else { return [] }
        var found = Set<Range<Int>>()

        // Sentences of a plausible length, nearest first.
        let floor = ReanchorPolicy.minimumUsefulExactSimilarity
        let plausible = sentences.filter { sentence in
            Double(min(sentence.length, length)) >= floor * Double(max(sentence.length, length))
        }
        for sentence in nearest(plausible, to: expectedStart, count: Self.maximumSentences, position: \.start) {
            found.insert(sentence.start..<sentence.end)
        }

        // Windows anchored on the first and last words.
        guard let first = Self.firstWord(of: selector.exact), let last = Self.lastWord(of: selector.exact) else {
            return Array(found)
        }
        let slack = max(4, length / 10)
        let starts = words.occurrences(of: first.word)
            .map { $0 - first.offset }.filter { $0 >= 0 }
        let ends = words.occurrences(of: last.word)
            .map { $0 - last.offset + length }.filter { $0 <= text.count }
        let nearStarts = nearest(starts, to: expectedStart, count: Self.maximumWordAnchors, position: { $0 })
        let nearEnds = nearest(ends, to: expectedStart + length, count: Self.maximumWordAnchors, position: { $0 })
        let sortedEnds = nearEnds.sorted()
        for start in nearStarts {
            let end = text.tokenEnd(near: start + length, slack: slack)
            if end > start { found.insert(start..<end) }
            // The last-word occurrence that best closes a window opened here.
            if let paired = Self.closest(in: sortedEnds, to: start + length), paired > start {
                found.insert(start..<paired)
            }
        }
        for end in nearEnds {
            let start = text.tokenStart(near: end - length, slack: slack)
            if start < end { found.insert(start..<end) }
        }
        return Array(found)
    }

    /// The first run of letters or digits in `scalars`, and its offset.
    static func firstWord(of scalars: [UInt32]) -> (word: [UInt32], offset: Int)? {
        guard let start = scalars.firstIndex(where: ScalarText.isWordScalar) else { return nil }
        let end = scalars[start...].firstIndex { !ScalarText.isWordScalar($0) } ?? scalars.count
        return (Array(scalars[start..<end]), start)
    }

    /// The last run of letters or digits in `scalars`, and its offset.
    static func lastWord(of scalars: [UInt32]) -> (word: [UInt32], offset: Int)? {
        guard let last = scalars.lastIndex(where: ScalarText.isWordScalar) else { return nil }
        let start = (scalars[..<last].lastIndex { !ScalarText.isWordScalar($0) }).map { $0 + 1 } ?? 0
        return (Array(scalars[start...last]), start)
    }

    /// Up to `count` of `items`, those whose position is nearest `target`.
    private func nearest<T>(_ items: [T], to target: Int, count: Int, position: (T) -> Int) -> [T] {
        guard items.count > count else { return items }
        return Array(items.sorted { abs(position($0) - target) < abs(position($1) - target) }.prefix(count))
    }

    /// The element of sorted `values` nearest `target`.
    private static func closest(in values: [Int], to target: Int) -> Int? {
        guard !values.isEmpty else { return nil }
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < target { low = mid + 1 } else { high = mid }
        }
        let above = low < values.count ? values[low] : nil
        let below = low > 0 ? values[low - 1] : nil
        switch (below, above) {
        case let (b?, a?): return target - b <= a - target ? b : a
        case let (b?, nil): return b
        case let (nil, a?): return a
        default: return nil
        }
    }
}
