@testable import ClaimKit

/// A number found in a test text, in the form the tests compare: the exact text of the match
/// and its value.
struct FoundNumber: Equatable, CustomStringConvertible {
    let text: String
    let value: NumberValue

    var description: String {
        var parts = ["\"\(text)\" = \(value.value)"]
        if let upper = value.upperValue { parts.append("…\(upper)") }
        if let unit = value.unit { parts.append("unit \(unit)") }
        if let currency = value.currency { parts.append(currency) }
        if let approximator = value.approximator { parts.append("approximator \"\(approximator)\"") }
        if let noun = value.noun { parts.append("noun \"\(noun)\"") }
        return parts.joined(separator: ", ")
    }
}

/// Runs the segmenter and the number extractor over `text`, the way the pipeline does.
func numbers(in text: String) -> [FoundNumber] {
    numbers(in: Document(text: text))
}

func numbers(in document: Document) -> [FoundNumber] {
    document.utf8.withUnsafeBufferPointer { bytes in
        let sentences = SentenceSegmenter().byteRanges(in: bytes)
        return NumberExtractor().extract(bytes, sentences: sentences).map {
            FoundNumber(text: document.text(ofBytes: $0.range), value: $0.value)
        }
    }
}

/// The texts of the numbers found in `text`.
func numberTexts(in text: String) -> [String] {
    numbers(in: text).map(\.text)
}

/// The one number found in `text`, or `nil` when there are none or several.
func onlyNumber(in text: String) -> FoundNumber? {
    let found = numbers(in: text)
    return found.count == 1 ? found[0] : nil
}

/// Shorthand for expected values.
func number(_ value: Double, upper: Double? = nil, unit: String? = nil, currency: String? = nil,
            approximator: String? = nil, noun: String? = nil) -> NumberValue {
    NumberValue(value: value, upperValue: upper, unit: unit, currency: currency, approximator: approximator, noun: noun)
}
