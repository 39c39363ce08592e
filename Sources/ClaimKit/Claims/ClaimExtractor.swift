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

    /// Every mention kind, built once: `batch` makes an extractor per article.
    public static let allKinds = Set(Mention.Kind.allCases)

    public init(publicationDate: CalendarDate? = nil, kinds: Set<Mention.Kind> = ClaimExtractor.allKinds) {
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

    /// Whether a number counts units of time ("three" in "three months ago"): its noun is one.
    private static func countsUnitsOfTime(_ value: NumberValue) -> Bool {
        guard let noun = value.noun else { return false }
        return timeUnitNouns.contains(noun)
    }

    private static let timeUnitNouns: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight",
        "fortnights", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
    ]

    /// Whether the matches start in text order (an extractor may report one out of it); `start`
    /// reads a match's first byte.
    private static func isInTextOrder<Match>(_ matches: [Match], start: (Match) -> Int) -> Bool {
        var previous = 0
        for index in matches.indices {
            guard start(matches[index]) >= previous else { return false }
            previous = start(matches[index])
        }
        return true
    }

    /// Runs the extractors and settles their overlaps: a number inside a calendar date
    /// ("2014", the "28" of "February 28") is part of the date, while a count of units of time
    /// ("four days", the "4" of "4 weeks ago") is kept as a quantity too.
    ///
    /// The matches stay in the extractors' lists; the mentions only point into them, so that
    /// putting them in text order moves a few integers, not the values and their strings.
    private func findMentions(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) -> (MentionMatches, [RawMention]) {
        // The kinds are read by walking the set (at most three), not by hashing each kind:
        // `batch` makes an extractor per article.
        var findsDates = false, findsNumbers = false, findsQuotes = false
        for kind in kinds {
            switch kind {
            case .date: findsDates = true
            case .number: findsNumbers = true
            case .quote: findsQuotes = true
            }
        }
        var matches = MentionMatches()
        if findsDates { matches.dates = DateExtractor(publicationDate: publicationDate).extract(bytes, sentences: sentences) }
        if findsNumbers { matches.numbers = NumberExtractor().extract(bytes, sentences: sentences) }
        if findsQuotes { matches.quotes = QuoteExtractor().extract(bytes, sentences: sentences) }

        var mentions: [RawMention] = []
        mentions.reserveCapacity(matches.quotes.count + matches.dates.count + matches.numbers.count)
        // The next number that is not part of a calendar date, from `index` on.
        var dateIndex = 0
        func nextKeptNumber(from index: Int) -> Int {
            var index = index
            while index < matches.numbers.count {
                let number = matches.numbers[index].range
                // The next calendar date (not a duration) that does not end before the number.
                while dateIndex < matches.dates.count
                        && (matches.dates[dateIndex].value.type == .duration || matches.dates[dateIndex].range.upperBound <= number.lowerBound) {
                    dateIndex += 1
                }
                guard dateIndex < matches.dates.count && matches.dates[dateIndex].range.overlaps(number)
                        && !Self.countsUnitsOfTime(matches.numbers[index].value) else { return index }
                index += 1
            }
            return index
        }
        if Self.isInTextOrder(matches.quotes, start: { $0.range.lowerBound }) && Self.isInTextOrder(matches.dates, start: { $0.range.lowerBound })
            && Self.isInTextOrder(matches.numbers, start: { $0.range.lowerBound }) {
            // Text order, by merging the three lists; among mentions that start at the same
            // byte, quotations first, then dates, then numbers, each in its extractor's order.
            var quote = 0, date = 0, number = nextKeptNumber(from: 0)
            while true {
                let quoteStart = quote < matches.quotes.count ? matches.quotes[quote].range.lowerBound : Int.max
                let dateStart = date < matches.dates.count ? matches.dates[date].range.lowerBound : Int.max
                let numberStart = number < matches.numbers.count ? matches.numbers[number].range.lowerBound : Int.max
                if quoteStart <= dateStart && quoteStart <= numberStart {
                    guard quoteStart != Int.max else { break }
                    mentions.append(RawMention(range: matches.quotes[quote].range, kind: .quote, index: quote))
                    quote += 1
                } else if dateStart <= numberStart {
                    mentions.append(RawMention(range: matches.dates[date].range, kind: .date, index: date))
                    date += 1
                } else {
                    mentions.append(RawMention(range: matches.numbers[number].range, kind: .number, index: number))
                    number = nextKeptNumber(from: number + 1)
                }
            }
        } else {
            for index in matches.quotes.indices { mentions.append(RawMention(range: matches.quotes[index].range, kind: .quote, index: index)) }
            for index in matches.dates.indices { mentions.append(RawMention(range: matches.dates[index].range, kind: .date, index: index)) }
            var number = nextKeptNumber(from: 0)
            while number < matches.numbers.count {
                mentions.append(RawMention(range: matches.numbers[number].range, kind: .number, index: number))
                number = nextKeptNumber(from: number + 1)
            }
            // Text order; the index keeps each extractor's own order among mentions that start
            // at the same byte.
            mentions.sort { ($0.range.lowerBound, $0.kind.order, $0.index) < ($1.range.lowerBound, $1.kind.order, $1.index) }
        }
        return (matches, mentions)
    }
}

/// The result of ``ClaimExtractor/extract(_:)``.
public struct Extraction: Sendable {
    public var sentences: [TextSpan] {
        didSet { sentenceBytes = nil }
    }
    public var mentions: [Mention]
    public var claims: [Claim]
    /// The sentences' byte ranges in the document's UTF-8, as the segmenter found them, which
    /// the batch writer copies each sentence's text from instead of finding them again from
    /// the code points; `nil` once `sentences` is set otherwise.
    var sentenceBytes: [ByteRange]? = nil
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
