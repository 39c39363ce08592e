import Foundation

/// Writes one CSV row per claim, for spreadsheets.
///
/// RFC 4180: comma-separated, CRLF line ends, a header row, and any cell holding a comma,
/// quote, CR or LF quoted with its quotes doubled. Cells that a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`, the OWASP guard
/// against CSV injection: article text is untrusted input. Lists inside a cell (sources,
/// kinds) are one item per line.
public enum CSVExporter {
    /// The columns, in order.
    public static let header = ["document", "id", "start", "end", "text", "kinds", "reasons", "score", "status",
                                "rating", "rating_label", "verdict_date", "sources", "citations"]

    /// The CSV of every claim in `documents`.
    ///
    /// - Throws: ``ExportError`` `.ratingNotOnScale` for a current verdict off the scale.
    public static func export(_ documents: [ExportDocument], scale: VerdictScale) throws -> Data {
        var rows = [header]
        for document in documents {
            for claim in document.file.claims { rows.append(try row(claim, document.file, scale: scale)) }
        }
        return Data(rows.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined().utf8)
    }

    private static func row(_ claim: Claim, _ file: AnnotationFile, scale: VerdictScale) throws -> [String] {
        let mentions = file.mentions.filter { claim.mentionIDs.contains($0.id) }
        var kinds: [String] = []
        for kind in mentions.map(\.kind.rawValue) where !kinds.contains(kind) { kinds.append(kind) }
        let verdict = file.currentVerdict(on: claim.id)
        let rating = try verdict.map { try ClaimReviewExporter.rating(of: $0, claimReference: "\(file.document.id)#\(claim.id)", scale: scale) }
        let sources = claim.sourceLinks.compactMap { link in
            file.sources.first { $0.id == link.source }.map { "\(link.relation.rawValue) \($0.url)" }
        }
        let citations = claim.citations.map { citation in
            [citation.label.map { "[\($0)]" }, citation.url ?? citation.text].compactMap { $0 }.joined(separator: " ")
        }
        return [file.document.id, claim.id, String(claim.span.start), String(claim.span.end), claim.text,
                kinds.joined(separator: "\n"), claim.reasons.joined(separator: "\n"), format(score: claim.score),
                claim.status.rawValue, rating?.name ?? "", rating?.label ?? "", verdict?.date ?? "",
                sources.joined(separator: "\n"), citations.joined(separator: "\n")]
    }

    /// One cell: formula-guarded, then quoted when RFC 4180 requires it.
    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A score with two decimals (`0.80`), as the claim lists show it.
    static func format(score: Double) -> String {
        String(format: "%.2f", score)
    }
}
