/// Recognises the text of a footnote marker such as `<sup>1</sup>`.
///
/// Only short labels count, so that a superscript that belongs to the text ("m²" written
/// `m<sup>2</sup>` has one digit too, but follows a letter without a word break... and is
/// still taken) is distinguished from the marker by length and shape alone: digits, digits in
/// brackets, or `*`, `†`, `‡` marks, at most four characters.
enum FootnoteLabel {
    static let maximumLength = 4

    /// The label of a marker whose text is `text`, brackets removed, or nil when `text` is
    /// not a marker.
    static func label(of text: String) -> String? {
        let scalars = Array(text.unicodeScalars.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
        guard !scalars.isEmpty, scalars.count <= maximumLength else { return nil }
        var core = scalars[...]
        if core.first == "[" && core.last == "]" && core.count > 2 { core = core.dropFirst().dropLast() }
        let isNumber = core.allSatisfy { $0.properties.numericType == .decimal && $0.isASCII }
        let isMark = core.count == scalars.count && core.allSatisfy { "*†‡".unicodeScalars.contains($0) }
        guard isNumber || isMark else { return nil }
        var label = ""
        label.unicodeScalars.append(contentsOf: core)
        return label
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }
}
