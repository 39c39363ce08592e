import Foundation
import LibXML

/// Writes one ``AnnotationFile`` in the native XML vocabulary through ``XMLWriter``.
///
/// Element and attribute order is fixed (the order of `schemas/claimkit.xsd`), so the same
/// model always gives the same bytes and a diff shows only what changed.
struct NativeXMLWriter {
    let file: AnnotationFile

    func write() throws -> Data {
        do {
            let xml = try XMLWriter()
            try xml.startElement("annotations", namespace: NativeXML.namespace)
            try xml.attribute("formatVersion", String(file.formatVersion))
            try writeDocument(file.document, xml)
            try wrapper("mentions", xml) { for mention in file.mentions { try writeMention(mention, xml) } }
            try wrapper("claims", xml) { for claim in file.claims { try writeClaim(claim, xml) } }
            try wrapper("sources", xml) { for source in file.sources { try writeSource(source, xml) } }
            try wrapper("verdicts", xml) { for verdict in file.verdicts { try writeVerdict(verdict, xml) } }
            try xml.endElement()
            return try xml.finish()
        } catch let error as LibXMLError {
            throw NativeXMLError(file: "", line: 0, message: "cannot write document '\(file.document.id)' as XML: \(error.message)")
        }
    }

    // MARK: - Parts

    private func writeDocument(_ document: DocumentMetadata, _ xml: XMLWriter) throws {
        try xml.startElement("document")
        try xml.attribute("id", document.id)
        try optionalAttribute("url", document.url, xml)
        try optionalAttribute("published", document.published, xml)
        try xml.attribute("language", document.language)
        try xml.attribute("mediaType", document.mediaType.rawValue)
        try xml.attribute("textSHA256", document.textSHA256)
        try xml.attribute("length", String(document.length))
        try optionalElement("title", document.title, xml)
        try optionalElement("publisher", document.publisher, xml)
        try optionalElement("author", document.author, xml)
        try xml.endElement()
    }

    /// A mention is `<number>`, `<date>` or `<quote>`, with the value fields of its kind.
    private func writeMention(_ mention: Mention, _ xml: XMLWriter) throws {
        try xml.startElement(mention.kind.rawValue)
        try xml.attribute("id", mention.id)
        try xml.attribute("start", String(mention.span.start))
        try xml.attribute("end", String(mention.span.end))
        switch mention.kind {
        case .number:
            let number = try required(mention.number, "mention \(mention.id) is a number without a value")
            try xml.attribute("value", try XMLNumber.string(number.value, field: "value of mention \(mention.id)"))
            if let upper = number.upperValue { try xml.attribute("upper", try XMLNumber.string(upper, field: "upper of mention \(mention.id)")) }
            try optionalAttribute("unit", number.unit, xml)
            try optionalAttribute("currency", number.currency, xml)
            try optionalAttribute("approximator", number.approximator, xml)
            try xml.element("text", text: mention.text)
            try optionalElement("noun", number.noun, xml)
        case .date:
            let date = try required(mention.date, "mention \(mention.id) is a date without a value")
            try xml.attribute("type", date.type.rawValue)
            try xml.attribute("value", date.value)
            try xml.element("text", text: mention.text)
        case .quote:
            let quote = try required(mention.quote, "mention \(mention.id) is a quote without its content span")
            if let speakerSpan = quote.speakerSpan {
                try xml.attribute("speakerStart", String(speakerSpan.start))
                try xml.attribute("speakerEnd", String(speakerSpan.end))
            }
            try optionalAttribute("cue", quote.cue, xml)
            try xml.attribute("contentStart", String(quote.contentSpan.start))
            try xml.attribute("contentEnd", String(quote.contentSpan.end))
            try xml.element("text", text: mention.text)
            try optionalElement("speaker", quote.speaker, xml)
        }
        try xml.endElement()
    }

    private func writeClaim(_ claim: Claim, _ xml: XMLWriter) throws {
        try xml.startElement("claim")
        try xml.attribute("id", claim.id)
        try xml.attribute("score", try XMLNumber.string(claim.score, field: "score of claim \(claim.id)"))
        try xml.attribute("status", claim.status.rawValue)

        try xml.startElement("selector")
        try xml.attribute("start", String(claim.span.start))
        try xml.attribute("end", String(claim.span.end))
        try xml.element("exact", text: claim.text)
        try xml.element("prefix", text: claim.prefix)
        try xml.element("suffix", text: claim.suffix)
        try xml.endElement()

        try wrapper("mentions", xml) { for id in claim.mentionIDs { try reference("mention", id, xml) } }
        try wrapper("reasons", xml) { for reason in claim.reasons { try xml.element("reason", text: reason) } }

        try xml.startElement("provenance")
        try xml.attribute("agent", claim.provenance.agent.rawValue)
        try xml.attribute("name", claim.provenance.name)
        try optionalAttribute("version", claim.provenance.version, xml)
        try xml.endElement()

        try wrapper("citations", xml) {
            for citation in claim.citations {
                try xml.startElement("citation")
                try optionalAttribute("label", citation.label, xml)
                try optionalAttribute("url", citation.url, xml)
                try xml.element("text", text: citation.text)
                try xml.endElement()
            }
        }
        try wrapper("sources", xml) {
            for link in claim.sourceLinks {
                try xml.startElement("source")
                try xml.attribute("ref", link.source)
                try xml.attribute("relation", link.relation.rawValue)
                try xml.endElement()
            }
        }
        if let dismissal = claim.dismissal {
            try xml.startElement("dismissal")
            try optionalAttribute("by", dismissal.by, xml)
            try xml.attribute("date", dismissal.date)
            try xml.element("reason", text: dismissal.reason)
            try xml.endElement()
        }
        if let anchoring = claim.anchoring {
            try xml.startElement("anchoring")
            try xml.attribute("method", anchoring.method.rawValue)
            if let score = anchoring.score { try xml.attribute("score", try XMLNumber.string(score, field: "anchoring score of claim \(claim.id)")) }
            try xml.attribute("fromSHA256", anchoring.fromSHA256)
            try xml.attribute("toSHA256", anchoring.toSHA256)
            try xml.endElement()
        }
        try xml.endElement()
    }

    private func writeSource(_ source: Source, _ xml: XMLWriter) throws {
        try xml.startElement("source")
        try xml.attribute("id", source.id)
        try xml.attribute("url", source.url)
        try optionalAttribute("published", source.published, xml)
        try optionalAttribute("accessed", source.accessed, xml)
        try optionalAttribute("archiveURL", source.archiveURL, xml)
        try optionalElement("title", source.title, xml)
        try optionalElement("publisher", source.publisher, xml)
        try optionalElement("note", source.note, xml)
        try xml.endElement()
    }

    private func writeVerdict(_ verdict: Verdict, _ xml: XMLWriter) throws {
        try xml.startElement("verdict")
        try xml.attribute("id", verdict.id)
        try xml.attribute("claim", verdict.claim)
        try xml.attribute("rating", verdict.rating)
        try xml.attribute("reviewer", verdict.reviewer)
        try xml.attribute("date", verdict.date)
        try xml.attribute("status", verdict.status.rawValue)
        try xml.element("rationale", text: verdict.rationale)
        try wrapper("sources", xml) { for id in verdict.sources { try reference("source", id, xml) } }
        try xml.endElement()
    }

    // MARK: - Helpers

    /// An array: a wrapper element, written even when empty.
    private func wrapper(_ name: String, _ xml: XMLWriter, _ body: () throws -> Void) throws {
        try xml.startElement(name)
        try body()
        try xml.endElement()
    }

    /// `<name ref="id"/>`: an item of an array of ids.
    private func reference(_ name: String, _ id: String, _ xml: XMLWriter) throws {
        try xml.startElement(name)
        try xml.attribute("ref", id)
        try xml.endElement()
    }

    private func optionalAttribute(_ name: String, _ value: String?, _ xml: XMLWriter) throws {
        if let value { try xml.attribute(name, value) }
    }

    private func optionalElement(_ name: String, _ value: String?, _ xml: XMLWriter) throws {
        if let value { try xml.element(name, text: value) }
    }

    private func required<T>(_ value: T?, _ problem: String) throws -> T {
        guard let value else {
            throw NativeXMLError(file: "", line: 0, message: "cannot write document '\(file.document.id)' as XML: \(problem)")
        }
        return value
    }
}
