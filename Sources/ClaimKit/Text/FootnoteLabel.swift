/// Recognises footnote markers such as `lives<sup>1</sup>` among superscripts.
///
/// A superscript is a marker when its text is a short label: digits, digits in brackets, or
/// `*`, `†`, `‡` marks, at most four characters. Digits are an exponent instead, kept in the
/// text, when they stick to a unit or a variable (`m<sup>2</sup>`, `km<sup>2</sup>`,
/// `x<sup>2</sup>`) or to a power of ten (`10<sup>6</sup>`); a footnote after a number
/// (`41,000<sup>3</sup>`) stays a footnote.
enum FootnoteLabel {
    static let maximumLength = 4

    /// Words that take exponents; single letters (units such as `m`, variables such as `x`)
    /// are taken as well.
    private static let exponentBases: Set<String> = ["cm", "mm", "km", "dm", "nm", "ft", "in", "mi", "yd", "10"]

    /// The label of a marker whose text is `text`, brackets removed, or nil when `text` is not
    /// a marker.
    ///
    /// - Parameter precedingWord: the letters or digits just before the superscript with no
    ///   space between, or nil when a space or line break separates them.
    static func label(of text: String, after precedingWord: String?) -> String? {
        let scalars = Array(text.unicodeScalars.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
        guard !scalars.isEmpty, scalars.count <= maximumLength else { return nil }
        if scalars.allSatisfy({ "*†‡".unicodeScalars.contains($0) }) { return String(String.UnicodeScalarView(scalars)) }
        var digits = scalars[...]
        if digits.first == "[" && digits.last == "]" { digits = digits.dropFirst().dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.properties.numericType == .decimal }) else { return nil }
        if digits.count == scalars.count, let word = precedingWord, isExponentBase(word) { return nil }
        return String(String.UnicodeScalarView(digits))
    }

    private static func isExponentBase(_ word: String) -> Bool {
        (word.unicodeScalars.count == 1 && word.unicodeScalars.allSatisfy(\.properties.isAlphabetic))
            || exponentBases.contains(word)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }
}
