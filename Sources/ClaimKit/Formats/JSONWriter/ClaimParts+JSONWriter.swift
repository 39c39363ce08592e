// The parts of a claim whose `Codable` conformance is synthesized: their keys are the stored
// properties in declaration order, a `nil` optional left out. Each writer below follows its
// type's declaration; see ``JSONWriter`` for why there are two encodings.

extension Provenance: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        if self == .extractor {
            writer.json(Self.extractorJSON)
            return
        }
        writeFields(to: &writer)
    }

    /// ``extractor``, the provenance of every claim the extractor makes, written once: a batch
    /// record repeats it for each of its claims.
    private static let extractorJSON: [UInt8] = {
        var writer = JSONWriter(reservingCapacity: 128)
        extractor.writeFields(to: &writer)
        return writer.bytes
    }()

    private func writeFields(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("agent", agent.rawValue)
        writer.field("name", name)
        writer.field("version", version)
        writer.endObject()
    }
}

extension Citation: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.field("label", label)
        writer.field("url", url)
        writer.field("text", text)
        writer.endObject()
    }
}

extension SourceLink: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.field("source", source)
        writer.field("relation", relation.rawValue)
        writer.endObject()
    }
}

extension Dismissal: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.field("reason", reason)
        writer.field("by", by)
        writer.field("date", date)
        writer.endObject()
    }
}

extension Anchoring: JSONWritable {
    func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.field("method", method.rawValue)
        try writer.field("score", score)
        writer.field("fromSHA256", fromSHA256)
        writer.field("toSHA256", toSHA256)
        writer.endObject()
    }
}
