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
        writer.field("id", storedID, letter: ExtractionIDs.claimLetter)
        writer.key("selector")
        writer.beginObject()
        writer.fields("start", span.start, "end", span.end)
        if let written {
            writer.key("exact")
            writer.repeatWritten(written)
        } else {
            writer.field("exact", storedText)
        }
        writer.field("prefix", storedPrefix)
        writer.field("suffix", storedSuffix)
        writer.endObject()
        writer.key("mentions")
        storedMentionIDs.writeJSON(to: &writer)
        writer.key("reasons")
        storedReasons.writeJSON(to: &writer)
        try writer.field("score", score)
        let flaggedByExtractor = status == .flagged && storedProvenance == nil
        let sourceless = citations.isEmpty && sourceLinks.isEmpty
        if flaggedByExtractor && sourceless {
            writer.members(ClaimTailJSON.shared.flaggedByExtractorWithoutSources)
        } else {
            if flaggedByExtractor {
                writer.members(ClaimTailJSON.shared.flaggedByExtractor)
            } else {
                writer.field("status", plain: status.jsonValue)
                try writer.field("provenance", provenance)
            }
            if sourceless {
                writer.members(ClaimTailJSON.shared.noSources)
            } else {
                try writer.field("citations", citations)
                try writer.field("sources", sourceLinks)
            }
        }
        try writer.field("dismissal", dismissal)
        try writer.field("anchoring", anchoring)
        writer.endObject()
    }
}

/// The members that follow a claim's score when they are the same for every claim the
/// extractor makes, written once: a batch record repeats them for each of its claims. Most
/// claims have both the extractor's status and provenance and no sources, and take them as one
/// copy (``flaggedByExtractorWithoutSources``), not one for each part.
private struct ClaimTailJSON {
    static let shared = ClaimTailJSON()

    /// `"status":"flagged","provenance":{…the extractor…}`.
    let flaggedByExtractor: [UInt8]
    /// `"citations":[],"sources":[]`.
    let noSources: [UInt8]
    /// Both, `flaggedByExtractor` then `noSources`, joined by a comma.
    let flaggedByExtractorWithoutSources: [UInt8]

    private init() {
        var writer = JSONWriter(reservingCapacity: 128)
        writer.field("status", plain: Claim.Status.flagged.jsonValue)
        try! writer.field("provenance", Provenance.extractor)   // no number in it to fail
        flaggedByExtractor = writer.bytes
        var sources = JSONWriter(reservingCapacity: 64)
        try! sources.field("citations", [Citation]())   // nothing in them to fail
        try! sources.field("sources", [SourceLink]())
        noSources = sources.bytes
        writer.members(noSources)
        flaggedByExtractorWithoutSources = writer.bytes
    }
}

extension StoredMentionIDs {
    /// The ids as a JSON array: a run's written from their numbers, without a `String` of each.
    func writeJSON(to writer: inout JSONWriter) {
        switch self {
        case .run(let first, let count):
            writer.numberedIDs(letter: UInt8(ascii: ExtractionIDs.mentionLetter), from: first, count: count)
        case .given(let ids):
            writer.strings(ids)
        }
    }
}

extension StoredReasons {
    /// The names as a JSON array: the scorer's copied from ``ReasonNamesJSON``, without a
    /// `String` retained and escaped for each.
    func writeJSON(to writer: inout JSONWriter) {
        switch self {
        case .scored(let bits): ReasonNamesJSON.shared.write(bits, to: &writer)
        case .given(let names): writer.strings(names)
        }
    }
}

/// The scorer's reason names (``ClaimScorer/reasonNames``) as JSON strings, written once, each
/// in a slot of ``JSONWriter/slotSize`` bytes: a claim's reasons are copied from there by their
/// bits, each as one fixed-size copy (``JSONWriter/json(slot:count:)``), not a `memmove` of a
/// length known only at run time.
private struct ReasonNamesJSON {
    static let shared = ReasonNamesJSON()

    /// `"number"` padded to a slot, then `"money"`…
    private let slots: [UInt8]
    /// How many bytes of each slot are the name's JSON.
    private let counts: [Int]

    private init() {
        var slots: [UInt8] = [], counts: [Int] = []
        for name in ClaimScorer.reasonNames {
            var writer = JSONWriter(reservingCapacity: 64)
            writer.string(name)
            let json = writer.bytes
            precondition(json.count <= JSONWriter.slotSize, "a reason name too long for its slot")
            slots += json + [UInt8](repeating: UInt8(ascii: " "), count: JSONWriter.slotSize - json.count)
            counts.append(json.count)
        }
        self.slots = slots
        self.counts = counts
    }

    /// Writes the names of the bits set in `bits` (bit `k` for name `k`), in bit order, as the
    /// scorer's lists have them, as a JSON array.
    func write(_ bits: Int, to writer: inout JSONWriter) {
        writer.beginArray()
        slots.withUnsafeBytes { slots in
            counts.withUnsafeBufferPointer { counts in
                var rest = bits
                while rest != 0 {
                    let k = rest.trailingZeroBitCount
                    writer.json(slot: slots.baseAddress! + k &* JSONWriter.slotSize, count: counts[k])
                    rest &= rest &- 1
                }
            }
        }
        writer.endArray()
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
