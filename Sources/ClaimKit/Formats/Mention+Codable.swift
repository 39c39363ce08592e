/// The native JSON form of a mention: flat `start`/`end` beside `text`, and the value fields
/// of its kind (`value`, `upper`, `unit`, `currency`, `approximator`, `noun` for numbers;
/// `value`, `type` for dates; `speaker`, `speakerStart`, `speakerEnd`, `cue`, `contentStart`,
/// `contentEnd` for quotes). Absent fields are left out.
extension Mention: Codable {
    private enum Key: String, CodingKey {
        case id, kind, start, end, text, value, type, upper, unit, currency, approximator, noun
        case speaker, speakerStart, speakerEnd, cue, contentStart, contentEnd
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(text, forKey: .text)
        if let number {
            try c.encode(number.value, forKey: .value)
            try c.encodeIfPresent(number.upperValue, forKey: .upper)
            try c.encodeIfPresent(number.unit, forKey: .unit)
            try c.encodeIfPresent(number.currency, forKey: .currency)
            try c.encodeIfPresent(number.approximator, forKey: .approximator)
            try c.encodeIfPresent(number.noun, forKey: .noun)
        }
        if let date {
            try c.encode(date.value, forKey: .value)
            try c.encode(date.type, forKey: .type)
        }
        if let quote {
            try c.encodeIfPresent(quote.speaker, forKey: .speaker)
            try c.encodeIfPresent(quote.speakerSpan?.start, forKey: .speakerStart)
            try c.encodeIfPresent(quote.speakerSpan?.end, forKey: .speakerEnd)
            try c.encodeIfPresent(quote.cue, forKey: .cue)
            try c.encode(quote.contentSpan.start, forKey: .contentStart)
            try c.encode(quote.contentSpan.end, forKey: .contentEnd)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(Kind.self, forKey: .kind)
        let span = try Self.span(c, .start, .end, decoder)
        self.init(id: try c.decode(String.self, forKey: .id), kind: kind, span: span, text: try c.decode(String.self, forKey: .text))
        switch kind {
        case .number:
            number = NumberValue(value: try c.decode(Double.self, forKey: .value),
                                 upperValue: try c.decodeIfPresent(Double.self, forKey: .upper),
                                 unit: try c.decodeIfPresent(String.self, forKey: .unit),
                                 currency: try c.decodeIfPresent(String.self, forKey: .currency),
                                 approximator: try c.decodeIfPresent(String.self, forKey: .approximator),
                                 noun: try c.decodeIfPresent(String.self, forKey: .noun))
        case .date:
            date = DateValue(type: try c.decode(DateValue.TimexType.self, forKey: .type),
                             value: try c.decode(String.self, forKey: .value))
        case .quote:
            let speakerSpan = c.contains(.speakerStart) ? try Self.span(c, .speakerStart, .speakerEnd, decoder) : nil
            quote = QuoteValue(speaker: try c.decodeIfPresent(String.self, forKey: .speaker), speakerSpan: speakerSpan,
                               cue: try c.decodeIfPresent(String.self, forKey: .cue),
                               contentSpan: try Self.span(c, .contentStart, .contentEnd, decoder))
        }
    }

    private static func span(_ c: KeyedDecodingContainer<Key>, _ startKey: Key, _ endKey: Key, _ decoder: any Decoder) throws -> TextSpan {
        let start = try c.decode(Int.self, forKey: startKey), end = try c.decode(Int.self, forKey: endKey)
        guard start >= 0, start <= end else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [startKey],
                                                    debugDescription: "span needs 0 <= \(startKey.rawValue) <= \(endKey.rawValue), got \(start) and \(end)"))
        }
        return TextSpan(start: start, end: end)
    }
}

extension Mention: JSONWritable {
    /// Writes what ``encode(to:)`` writes (same keys, order and omissions) without going
    /// through an `Encoder`; see ``JSONWriter`` for why there are two.
    ///
    /// Always inlined: a mention is a large struct (some 260 bytes), and called on one read in
    /// place (``JSONWriter/field(_:inPlace:)``), the call copied it whole to the stack first.
    @inline(__always)
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.field("id", storedID, letter: ExtractionIDs.mentionLetter)
        // The raw value as a constant written where it is known, a few moves: one looked up
        // by kind had a length known only at run time, copied with a call to `memcpy`.
        // `JSONWriterTests` compare these with the `Codable` conformance's `rawValue`.
        switch kind {
        case .number: writer.field("kind", plain: "number")
        case .date: writer.field("kind", plain: "date")
        case .quote: writer.field("kind", plain: "quote")
        }
        writer.fields("start", span.start, "end", span.end)
        writer.field("text", storedText)
        if let number {
            try writer.field("value", number.value)
            try writer.field("upper", number.upperValue)
            writer.field("unit", number.unit)
            writer.field("currency", number.currency)
            writer.field("approximator", number.approximator)
            writer.field("noun", number.noun)
        }
        if let date {
            writer.field("value", date.value)
            switch date.type {   // as `kind` above
            case .date: writer.field("type", plain: "DATE")
            case .duration: writer.field("type", plain: "DURATION")
            case .set: writer.field("type", plain: "SET")
            case .time: writer.field("type", plain: "TIME")
            }
        }
        if let quote {
            writer.field("speaker", quote.speaker)
            writer.field("speakerStart", quote.speakerSpan?.start)
            writer.field("speakerEnd", quote.speakerSpan?.end)
            writer.field("cue", quote.cue)
            writer.fields("contentStart", quote.contentSpan.start, "contentEnd", quote.contentSpan.end)
        }
        writer.endObject()
    }
}
