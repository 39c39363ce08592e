/// The whole extraction of SPEC §3: sentences, typed mentions with normalised values, and the
/// claims built from them.
///
/// Each stage is one pass over the document's UTF-8 bytes; spans are converted to code
/// points only at the end.
public struct ClaimExtractor: Sendable {
    /// Resolves relative dates ("last year"); `nil` leaves them underspecified.
    public var publicationDate: CalendarDate?
    /// Which mention kinds to look for (all by default).
    public var kinds: Set<Mention.Kind>

    public init(publicationDate: CalendarDate? = nil, kinds: Set<Mention.Kind> = Set(Mention.Kind.allCases)) {
        self.publicationDate = publicationDate
        self.kinds = kinds
    }

    public func extract(_ document: Document) -> Extraction {
        document.utf8.withUnsafeBufferPointer { bytes in
            let sentences = SentenceSegmenter().byteRanges(in: bytes)
            let (matches, mentions) = findMentions(bytes, sentences: sentences)
            let citations = CitationFinder.find(in: document, sentences: sentences)
            let builder = ExtractionBuilder(document: document, bytes: bytes, matches: matches)
            return builder.build(sentences: sentences, mentions: mentions, citations: citations)
        }
    }

    /// Runs the extractors and settles their overlaps: a number inside a calendar date
    /// ("2014", the "28" of "February 28", the "4" of "4 weeks ago") is part of the date, while
    /// a number inside a duration ("four days") is kept as a quantity too.
    ///
    /// The matches stay in the extractors' lists; the mentions only point into them, so that
    /// putting them in text order moves a few integers, not the values and their strings.
    private func findMentions(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) -> (MentionMatches, [RawMention]) {
        var matches = MentionMatches()
        if kinds.contains(.date) { matches.dates = DateExtractor(publicationDate: publicationDate).extract(bytes, sentences: sentences) }
        if kinds.contains(.number) { matches.numbers = NumberExtractor().extract(bytes, sentences: sentences) }
        if kinds.contains(.quote) { matches.quotes = QuoteExtractor().extract(bytes, sentences: sentences) }

        let quotes = matches.quotes.indices.map { RawMention(range: matches.quotes[$0].range, kind: .quote, index: $0) }
        let dates = matches.dates.indices.map { RawMention(range: matches.dates[$0].range, kind: .date, index: $0) }
        var numbers: [RawMention] = []
        numbers.reserveCapacity(matches.numbers.count)
        var dateIndex = 0
        for (index, number) in matches.numbers.enumerated() {
            // The next calendar date (not a duration) that does not end before the number.
            while dateIndex < matches.dates.count
                    && (matches.dates[dateIndex].value.type == .duration || matches.dates[dateIndex].range.upperBound <= number.range.lowerBound) {
                dateIndex += 1
            }
            if dateIndex < matches.dates.count && matches.dates[dateIndex].range.overlaps(number.range) { continue }
            numbers.append(RawMention(range: number.range, kind: .number, index: index))
        }
        return (matches, Self.merged([quotes, dates, numbers]))
    }

    /// The mentions of every list in text order (quotes before dates before numbers at the
    /// same start). Each extractor already reports in text order, so a merge takes each
    /// mention once where a sort would compare it many times.
    private static func merged(_ lists: [[RawMention]]) -> [RawMention] {
        let lists = lists.map { list in
            zip(list, list.dropFirst()).allSatisfy { !RawMention.precedes($1, $0) } ? list : list.sorted(by: RawMention.precedes)
        }
        var result: [RawMention] = []
        result.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var next = Array(repeating: 0, count: lists.count)
        while true {
            var best = -1
            for k in lists.indices where next[k] < lists[k].count {
                if best < 0 || RawMention.precedes(lists[k][next[k]], lists[best][next[best]]) { best = k }
            }
            if best < 0 { return result }
            result.append(lists[best][next[best]])
            next[best] += 1
        }
    }
}

/// The result of ``ClaimExtractor/extract(_:)``.
public struct Extraction: Sendable {
    public var sentences: [TextSpan]
    public var mentions: [Mention]
    public var claims: [Claim]
}

/// What the extractors found, each list in the order its extractor reported it.
struct MentionMatches {
    var numbers: [NumberMatch] = []
    var dates: [DateMatch] = []
    var quotes: [QuoteMatch] = []
}

/// A mention still in bytes, before ids and code-point spans: where it is, and which match of
/// ``MentionMatches`` holds its value (`index` in the list of its `kind`).
///
/// It holds no value itself, so that ordering and filtering mentions copies no strings.
struct RawMention {
    let range: ByteRange
    let kind: Mention.Kind
    let index: Int

    /// Text order: by first byte, then quotes before dates before numbers.
    static func precedes(_ a: RawMention, _ b: RawMention) -> Bool {
        (a.range.lowerBound, a.kind.order) < (b.range.lowerBound, b.kind.order)
    }
}

extension Mention.Kind {
    /// Order among mentions that start at the same byte.
    var order: Int {
        switch self {
        case .quote: 0
        case .date: 1
        case .number: 2
        }
    }
}
