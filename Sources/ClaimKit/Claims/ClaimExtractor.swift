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
            let mentions = findMentions(bytes, sentences: sentences)
            let citations = CitationFinder.find(in: document, sentences: sentences)
            var builder = ExtractionBuilder(document: document, bytes: bytes)
            return builder.build(sentences: sentences, mentions: mentions, citations: citations)
        }
    }

    /// Runs the extractors and settles their overlaps: a number inside a calendar date
    /// ("2014", the "28" of "February 28", the "4" of "4 weeks ago") is part of the date, while
    /// a number inside a duration ("four days") is kept as a quantity too.
    private func findMentions(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) -> [RawMention] {
        var mentions: [RawMention] = []
        let dates = kinds.contains(.date)
            ? DateExtractor(publicationDate: publicationDate).extract(bytes, sentences: sentences) : []
        mentions += dates.map { RawMention(range: $0.range, kind: .date, date: $0.value) }
        if kinds.contains(.number) {
            let calendarDates = dates.filter { $0.value.type != .duration }.map(\.range)
            var dateIndex = 0
            for number in NumberExtractor().extract(bytes, sentences: sentences) {
                while dateIndex < calendarDates.count && calendarDates[dateIndex].upperBound <= number.range.lowerBound { dateIndex += 1 }
                if dateIndex < calendarDates.count && calendarDates[dateIndex].overlaps(number.range) { continue }
                mentions.append(RawMention(range: number.range, kind: .number, number: number.value))
            }
        }
        if kinds.contains(.quote) {
            mentions += QuoteExtractor().extract(bytes, sentences: sentences).map { RawMention(range: $0.range, kind: .quote, quote: $0) }
        }
        mentions.sort { ($0.range.lowerBound, $0.kind.order) < ($1.range.lowerBound, $1.kind.order) }
        return mentions
    }
}

/// The result of ``ClaimExtractor/extract(_:)``.
public struct Extraction: Sendable {
    public var sentences: [TextSpan]
    public var mentions: [Mention]
    public var claims: [Claim]
}

/// A mention still in bytes, before ids and code-point spans.
struct RawMention {
    let range: ByteRange
    let kind: Mention.Kind
    var number: NumberValue?
    var date: DateValue?
    var quote: QuoteMatch?
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
