/// What each byte-level extractor finds, before ids and code-point spans are assigned.
///
/// Extractors read the UTF-8 bytes of the canonical text and the sentence byte ranges the
/// segmenter found; ``ClaimExtractor`` turns their matches into ``Mention``s.

/// A number found by ``NumberExtractor``.
struct NumberMatch: Equatable {
    /// Bytes of the whole mention, approximator and counted noun excluded
    /// ("over [1,400] drone strikes", "[$25.6M]", "[12 percent]").
    let range: ByteRange
    let value: NumberValue
}

/// A date or time expression found by ``DateExtractor``.
struct DateMatch: Equatable {
    let range: ByteRange
    let value: DateValue
}

/// A quotation found by ``QuoteExtractor``.
struct QuoteMatch: Equatable {
    /// Bytes from the opening mark to the closing mark, both included (or to the end of the
    /// paragraph for a quotation left open).
    let range: ByteRange
    /// Bytes of the quoted words, inside the marks.
    let content: ByteRange
    /// Bytes of the speaker's name, where the text attributes the quote.
    let speaker: ByteRange?
    /// The attributing verb as written ("said", "mentioned").
    let cue: String?
}

extension DateValue {
    /// "recently", "these days", "the future", "for decades": a vague reference (PAST_REF,
    /// PRESENT_REF, FUTURE_REF) or a length with no count ("PXDE"), which ``DateExtractor``
    /// reads but does not report.
    var namesNoCheckableTime: Bool {
        switch value {
        case "PAST_REF", "PRESENT_REF", "FUTURE_REF": return true
        default: return type == .duration && value.utf8.contains(UInt8(ascii: "X"))
        }
    }
}
