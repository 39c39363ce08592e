import Foundation

/// The `AnnotatorNotes` text claimkit writes on brat annotations and reads back.
///
/// brat has no place for values, scores or sources, so they ride in the one free-text note
/// each annotation may carry, as `key=value` pieces joined by `"; "` (the format of
/// ``MentionFields``). A key may repeat (`source=`); a `;` inside a value is written `%3B`.
enum BratNotes {
    /// A note's pieces, in order, keys kept as written.
    typealias Pieces = [(key: String, value: String)]

    static func format(_ pieces: Pieces) -> String {
        pieces.map { "\($0.key)=\($0.value.replacingOccurrences(of: ";", with: "%3B").replacingOccurrences(of: "\n", with: " "))" }
            .joined(separator: MentionFields.separator)
    }

    static func parse(_ note: String) -> Pieces {
        note.components(separatedBy: MentionFields.separator).compactMap { piece in
            guard let equals = piece.firstIndex(of: "=") else { return nil }
            return (String(piece[..<equals]).trimmingCharacters(in: .whitespaces),
                    String(piece[piece.index(after: equals)...]).replacingOccurrences(of: "%3B", with: ";"))
        }
    }

    /// The note on a mention: its id, value fields and, for quotes, the quoted words' span.
    static func mentionNote(_ mention: Mention) -> String {
        var pieces: Pieces = [("id", mention.id)]
        pieces += MentionFields.fields(of: mention)
        if let content = mention.quote?.contentSpan { pieces.append(("content", "\(content.start)-\(content.end)")) }
        return format(pieces)
    }

    /// The note on a claim: id, score, status, reasons, who made it, dismissal, sources and
    /// the article's own citations.
    static func claimNote(_ claim: Claim, _ file: AnnotationFile) -> String {
        var pieces: Pieces = [("id", claim.id), ("score", CSVExporter.format(score: claim.score)),
                              ("status", claim.status.rawValue), ("reasons", claim.reasons.joined(separator: ","))]
        let provenance = claim.provenance
        pieces.append(("by", ([provenance.agent.rawValue, provenance.name] + (provenance.version.map { [$0] } ?? [])).joined(separator: ":")))
        if let dismissal = claim.dismissal {
            pieces.append(("dismissed", dismissal.reason))
            pieces.append(("dismissed-on", dismissal.date))
            if let by = dismissal.by { pieces.append(("dismissed-by", by)) }
        }
        for link in claim.sourceLinks {
            guard let source = file.sources.first(where: { $0.id == link.source }) else { continue }
            let title = source.title.map { " (\($0))" } ?? ""
            pieces.append(("source", "\(source.id) \(link.relation.rawValue) \(source.url)\(title)"))
        }
        for citation in claim.citations {
            let target = citation.url.map { "\($0) (\(citation.text))" } ?? citation.text
            pieces.append(("cited", [citation.label.map { "[\($0)]" }, target].compactMap { $0 }.joined(separator: " ")))
        }
        return format(pieces)
    }

    /// Reads `s1 supports https://example.org/x (Title)` back into a source and its link.
    static func source(_ value: String) -> (Source, SourceLink)? {
        let parts = value.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true).map(String.init)
        guard parts.count >= 3, let relation = SourceRelation(rawValue: parts[1]), InputChecks.isWebURL(parts[2]) else { return nil }
        var title: String?
        if parts.count == 4, parts[3].hasPrefix("("), parts[3].hasSuffix(")") { title = String(parts[3].dropFirst().dropLast()) }
        return (Source(id: parts[0], url: parts[2], title: title), SourceLink(source: parts[0], relation: relation))
    }

    /// Reads `software:claimkit-extractor:0.1.0` or `person:Ana` back (a person's name may
    /// hold colons; software's version is what follows the last one).
    static func provenance(_ value: String) -> Provenance? {
        guard let colon = value.firstIndex(of: ":"), let agent = Provenance.Agent(rawValue: String(value[..<colon])) else { return nil }
        let rest = String(value[value.index(after: colon)...])
        guard !rest.isEmpty else { return nil }
        if agent == .person { return Provenance(agent: .person, name: rest) }
        guard let last = rest.lastIndex(of: ":") else { return Provenance(agent: .software, name: rest) }
        return Provenance(agent: .software, name: String(rest[..<last]), version: String(rest[rest.index(after: last)...]))
    }
}
