/// The records of a brat `.ann` file, before they are turned into claimkit's model.
///
/// brat lines are tab-separated: `T1<TAB>Type 10 20;25 30<TAB>text` (text-bound, possibly in
/// fragments), `R1<TAB>Type Arg1:T1 Arg2:T2`, `A1<TAB>Name T1 [value]` (also the older `M`),
/// `#1<TAB>AnnotatorNotes T1<TAB>note`. Events, normalisations and equivalences are not
/// claimkit's and are reported as skipped; nothing in the file stops the parse.
struct BratAnnFile {
    struct TextBound {
        let tag: String
        let type: String
        /// From the first fragment's start to the last fragment's end.
        let span: TextSpan
        /// The text the `.ann` recorded, fragments joined by a space.
        let recordedText: String
        let line: Int
    }

    struct Relation {
        let type: String
        let from: String
        let to: String
        let line: Int
    }

    struct Attribute {
        let name: String
        let tag: String
        let value: String?
        let line: Int
    }

    var textBounds: [TextBound] = []
    var relations: [Relation] = []
    var attributes: [Attribute] = []
    /// Notes by the tag they annotate; several notes on one tag are joined with `"; "`.
    var notes: [String: String] = [:]
    var issues: [BratImportIssue] = []

    init(parsing ann: String) {
        for (index, raw) in ann.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { continue }
            parse(line, number: index + 1)
        }
    }

    private mutating func parse(_ line: Substring, number: Int) {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        let tag = String(fields[0])
        let words = fields.count > 1 ? fields[1].split(separator: " ").map(String.init) : []
        switch tag.first {
        case "T":
            guard words.count >= 3, let span = Self.span(words.dropFirst().joined(separator: " ")) else {
                return issue(number, "text-bound annotation \(tag) needs `Type START END` offsets; skipped")
            }
            textBounds.append(TextBound(tag: tag, type: words[0], span: span,
                                        recordedText: fields.count > 2 ? String(fields[2]) : "", line: number))
        case "R":
            guard words.count == 3, words[1].hasPrefix("Arg1:"), words[2].hasPrefix("Arg2:") else {
                return issue(number, "relation \(tag) needs `Type Arg1:T1 Arg2:T2`; skipped")
            }
            relations.append(Relation(type: words[0], from: String(words[1].dropFirst(5)), to: String(words[2].dropFirst(5)), line: number))
        case "A", "M":
            guard words.count == 2 || words.count == 3 else { return issue(number, "attribute \(tag) needs `Name T1 [value]`; skipped") }
            attributes.append(Attribute(name: words[0], tag: words[1], value: words.count == 3 ? words[2] : nil, line: number))
        case "#":
            guard words.count == 2, fields.count > 2 else { return issue(number, "note \(tag) needs `AnnotatorNotes T1<TAB>text`; skipped") }
            notes[words[1]] = notes[words[1]].map { "\($0)\(MentionFields.separator)\(fields[2])" } ?? String(fields[2])
        case "E", "N", "*":
            issue(number, "\(tag): events, normalisations and equivalences are not part of claimkit's model; skipped")
        default:
            issue(number, "'\(line.prefix(20))' is not a brat annotation line (T, R, A, M, #, E, N or *); skipped")
        }
    }

    /// `10 20;25 30` → 10..<30 (claimkit keeps one span; fragments only break lines).
    private static func span(_ offsets: String) -> TextSpan? {
        var lower = Int.max, upper = Int.min
        for fragment in offsets.split(separator: ";") {
            let numbers = fragment.split(separator: " ").compactMap { Int($0) }
            guard numbers.count == 2, numbers[0] >= 0, numbers[0] <= numbers[1] else { return nil }
            lower = min(lower, numbers[0])
            upper = max(upper, numbers[1])
        }
        return lower <= upper ? TextSpan(start: lower, end: upper) : nil
    }

    private mutating func issue(_ line: Int, _ message: String) {
        issues.append(BratImportIssue(line: line, message: message))
    }
}
