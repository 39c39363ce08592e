@testable import ClaimKit

/// Runs the date extractor the way the pipeline does (segmenter first) and renders each match as
/// "text | TYPE | value", which reads well in a failed `#expect`.
enum DatesUnderTest {
    static func mentions(in document: Document, published: String? = nil) -> [String] {
        let publicationDate = published.flatMap(CalendarDate.init(iso8601:))
        let matches = document.utf8.withUnsafeBufferPointer { bytes in
            DateExtractor(publicationDate: publicationDate)
                .extract(bytes, sentences: SentenceSegmenter().byteRanges(in: bytes))
        }
        return matches.map { "\(document.text(ofBytes: $0.range)) | \($0.value.type.rawValue) | \($0.value.value)" }
    }

    static func mentions(in text: String, published: String? = nil) -> [String] {
        mentions(in: Document(text: text), published: published)
    }

    /// The single mention found in `text`, or a description of what was found instead.
    static func only(in text: String, published: String? = nil) -> String {
        let found = mentions(in: text, published: published)
        return found.count == 1 ? found[0] : "\(found.count) mentions: \(found)"
    }

    /// The raw matches, for span checks.
    static func matches(in text: String, published: String? = nil) -> [DateMatch] {
        let document = Document(text: text)
        return document.utf8.withUnsafeBufferPointer { bytes in
            DateExtractor(publicationDate: published.flatMap(CalendarDate.init(iso8601:)))
                .extract(bytes, sentences: SentenceSegmenter().byteRanges(in: bytes))
        }
    }
}
