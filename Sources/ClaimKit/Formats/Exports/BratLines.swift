/// The numbered lines of one `.ann` file.
struct BratLines {
    private(set) var text = ""
    private var counters: [Character: Int] = [:]

    private mutating func next(_ prefix: Character) -> String {
        counters[prefix, default: 0] += 1
        return "\(prefix)\(counters[prefix]!)"
    }

    /// `T1<TAB>Number 10 20<TAB>800,000`; returns the tag.
    mutating func textBound(_ type: String, _ span: TextSpan, exact: String) -> String {
        let tag = next("T")
        let pieces = Self.fragments(span, exact: exact)
        let offsets = pieces.map { "\($0.span.start) \($0.span.end)" }.joined(separator: ";")
        text += "\(tag)\t\(type) \(offsets)\t\(pieces.map(\.text).joined(separator: " "))\n"
        return tag
    }

    mutating func relation(_ type: String, _ from: String, _ to: String) {
        text += "\(next("R"))\t\(type) Arg1:\(from) Arg2:\(to)\n"
    }

    mutating func attribute(_ name: String, _ tag: String, value: String? = nil) {
        text += "\(next("A"))\t\(name) \(tag)\(value.map { " \($0)" } ?? "")\n"
    }

    mutating func note(_ tag: String, _ note: String) {
        text += "\(next("#"))\tAnnotatorNotes \(tag)\t\(note)\n"
    }

    /// `span` cut at line breaks, from its exact text (which has one scalar per offset);
    /// the whole span when the exact text does not match its length.
    static func fragments(_ span: TextSpan, exact: String) -> [(span: TextSpan, text: String)] {
        guard exact.unicodeScalars.count == span.length, exact.unicodeScalars.contains("\n") else {
            return [(span, exact.replacingOccurrences(of: "\n", with: " "))]
        }
        var result: [(TextSpan, String)] = []
        var start = span.start, offset = span.start
        var current = String.UnicodeScalarView()
        for scalar in exact.unicodeScalars {
            if scalar == "\n" {
                if offset > start { result.append((TextSpan(start: start, end: offset), String(current))) }
                start = offset + 1
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
            offset += 1
        }
        if offset > start { result.append((TextSpan(start: start, end: offset), String(current))) }
        return result.isEmpty ? [(span, "")] : result
    }
}
