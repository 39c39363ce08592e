/// The native JSON form of a claim. Its position is a `selector` in the shape of the W3C
/// TextPositionSelector and TextQuoteSelector together: `start`, `end`, `exact`, `prefix`,
/// `suffix`, so the claim can be re-found after the article is edited.
extension Claim: Codable {
    private enum Key: String, CodingKey {
        case id, selector, mentions, reasons, score, status, provenance, citations, sources, dismissal, anchoring
    }

    private struct Selector: Codable {
        let start: Int
        let end: Int
        let exact: String
        let prefix: String
        let suffix: String
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: .id)
        try c.encode(Selector(start: span.start, end: span.end, exact: text, prefix: prefix, suffix: suffix), forKey: .selector)
        try c.encode(mentionIDs, forKey: .mentions)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(score, forKey: .score)
        try c.encode(status, forKey: .status)
        try c.encode(provenance, forKey: .provenance)
        try c.encode(citations, forKey: .citations)
        try c.encode(sourceLinks, forKey: .sources)
        try c.encodeIfPresent(dismissal, forKey: .dismissal)
        try c.encodeIfPresent(anchoring, forKey: .anchoring)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let selector = try c.decode(Selector.self, forKey: .selector)
        guard selector.start >= 0, selector.start <= selector.end else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [Key.selector],
                                                    debugDescription: "selector needs 0 <= start <= end, got \(selector.start) and \(selector.end)"))
        }
        self.init(id: try c.decode(String.self, forKey: .id), span: TextSpan(start: selector.start, end: selector.end),
                  text: selector.exact, prefix: selector.prefix, suffix: selector.suffix,
                  mentionIDs: try c.decode([String].self, forKey: .mentions),
                  reasons: try c.decode([String].self, forKey: .reasons),
                  score: try c.decode(Double.self, forKey: .score),
                  status: try c.decode(Status.self, forKey: .status),
                  provenance: try c.decode(Provenance.self, forKey: .provenance),
                  citations: try c.decode([Citation].self, forKey: .citations),
                  sourceLinks: try c.decode([SourceLink].self, forKey: .sources),
                  dismissal: try c.decodeIfPresent(Dismissal.self, forKey: .dismissal),
                  anchoring: try c.decodeIfPresent(Anchoring.self, forKey: .anchoring))
    }
}

extension Claim: JSONWritable {
    /// Writes what ``encode(to:)`` writes (same keys, order and omissions) without going
    /// through an `Encoder`; see ``JSONWriter`` for why there are two.
    func writeJSON(to writer: inout JSONWriter) throws {
        try writeJSON(to: &writer, exactWrittenAt: nil)
    }

    /// ``writeJSON(to:)``, with the exact text copied from where the writer has already
    /// written it, quoted and escaped, when `written` says where (a batch record's claims are
    /// its sentences, written before them).
    func writeJSON(to writer: inout JSONWriter, exactWrittenAt written: Range<Int>?) throws {
        writer.beginObject()
        writer.field("id", id)
        writer.key("selector")
        writer.beginObject()
        writer.field("start", span.start)
        writer.field("end", span.end)
        if let written {
            writer.key("exact")
            writer.repeatWritten(written)
        } else {
            writer.field("exact", storedText)
        }
        writer.field("prefix", storedPrefix)
        writer.field("suffix", storedSuffix)
        writer.endObject()
        writer.field("mentions", mentionIDs)
        writer.field("reasons", reasons)
        try writer.field("score", score)
        writer.field("status", plain: status.jsonValue)
        try writer.field("provenance", provenance)
        try writer.field("citations", citations)
        try writer.field("sources", sourceLinks)
        try writer.field("dismissal", dismissal)
        try writer.field("anchoring", anchoring)
        writer.endObject()
    }
}

private extension Claim.Status {
    /// `rawValue` as a constant, which the writer copies without making a `String` of it.
    var jsonValue: StaticString {
        switch self {
        case .flagged: "flagged"
        case .dismissed: "dismissed"
        }
    }
}
