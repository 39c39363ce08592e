@testable import ClaimKit

/// A quotation as the tests read it: texts rather than byte ranges.
struct FoundQuote: Equatable, CustomStringConvertible {
    let quote: String
    let content: String
    let speaker: String?
    let cue: String?

    var description: String { "\(quote) — \(speaker ?? "nobody") \(cue.map { "(\($0))" } ?? "")" }
}

enum QuoteTestSupport {
    /// Runs the segmenter and the quote extractor over `text`, as the pipeline does.
    static func quotes(in text: String) -> [FoundQuote] {
        quotes(in: Document(text: text))
    }

    static func quotes(in document: Document) -> [FoundQuote] {
        let matches = matches(in: document)
        return matches.map { match in
            FoundQuote(quote: document.text(ofBytes: match.range), content: document.text(ofBytes: match.content),
                       speaker: match.speaker.map { document.text(ofBytes: $0) }, cue: match.cue)
        }
    }

    static func matches(in document: Document) -> [QuoteMatch] {
        document.utf8.withUnsafeBufferPointer { bytes in
            QuoteExtractor().extract(bytes, sentences: SentenceSegmenter().byteRanges(in: bytes))
        }
    }

    /// The one quotation in `text` (a test fails elsewhere if there are more or none).
    static func only(in text: String) -> FoundQuote? {
        let found = quotes(in: text)
        return found.count == 1 ? found[0] : nil
    }
}
