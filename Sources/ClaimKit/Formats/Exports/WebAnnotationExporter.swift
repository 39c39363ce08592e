import Foundation

/// Writes W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).
///
/// One `AnnotationCollection` holds, for each document, an annotation per mention
/// (`classifying`), per claim (`highlighting`, with its reasons, current rating, sources and
/// the article's own citations as bodies) and per verdict (`assessing`, with the rating, the
/// rationale and the sources relied on). Every target names the canonical text by its SHA-256
/// and selects the span twice: a `TextPositionSelector`, whose `start`/`end` count code points
/// exactly as claimkit's offsets do, and a `TextQuoteSelector` with the exact text and its
/// context, so the annotation survives edits to the article. Terms the annotation vocabulary
/// lacks (hash, rating value, ids) use the `schema:` prefix that the annotation context
/// already declares, so the output stays valid JSON-LD under the standard context alone.
public enum WebAnnotationExporter {
    /// The JSON-LD context of the Web Annotation Data Model.
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    /// The collection for `documents`, as UTF-8 JSON-LD.
    public static func export(_ documents: [ExportDocument], scale: VerdictScale) throws -> Data {
        let items = try documents.flatMap { try annotations(of: $0, scale: scale) }
        let key = documents.map { "\($0.file.document.id):\($0.file.document.textSHA256)" }.joined(separator: ",")
        let label = documents.count == 1 ? "claimkit annotations of \(documents[0].file.document.id)"
                                         : "claimkit annotations of \(documents.count) documents"
        let collectionID = AnnotationIdentifiers.uuidURN("claimkit:collection:\(key)")
        let page = JSONValue.object([
            "id": .string(AnnotationIdentifiers.uuidURN("claimkit:page:\(key)")),
            "type": .string("AnnotationPage"),
            "partOf": .string(collectionID),
            "startIndex": .int(0),
            "items": .array(items),
        ])
        return try JSONValue.object([
            "@context": .string(context),
            "id": .string(collectionID),
            "type": .string("AnnotationCollection"),
            "label": .string(label),
            "total": .int(items.count),
            "generator": .object(["type": .string("Software"), "name": .string("claimkit"),
                                  "schema:softwareVersion": .string(ClaimKitVersion.string)]),
            "first": page,
        ]).encoded()
    }

    /// The annotations of one document: mentions, then each claim followed by its verdicts.
    static func annotations(of document: ExportDocument, scale: VerdictScale) throws -> [JSONValue] {
        let file = document.file
        var items = file.mentions.map { mentionAnnotation($0, document) }
        for claim in file.claims {
            items.append(try claimAnnotation(claim, document, scale: scale))
            for verdict in file.verdicts(on: claim.id) {
                items.append(try verdictAnnotation(verdict, claim: claim, document, scale: scale))
            }
        }
        return items
    }

    // MARK: - Annotations

    private static func mentionAnnotation(_ mention: Mention, _ document: ExportDocument) -> JSONValue {
        let summary = MentionFields.summary(of: mention)
        var bodies: [JSONValue] = [textualBody(mention.kind.rawValue, purpose: "classifying")]
        if !summary.isEmpty { bodies.append(textualBody(summary, purpose: "describing")) }
        return .object([
            "id": .string(AnnotationIdentifiers.annotationURN(document.file.document, mention.id)),
            "type": .string("Annotation"),
            "motivation": .string("classifying"),
            "schema:identifier": .string("\(document.file.document.id)#\(mention.id)"),
            "body": .array(bodies),
            "target": target(mention.span, exact: mention.text,
                             prefix: document.text?.prefix(before: mention.span), suffix: document.text?.suffix(after: mention.span),
                             document.file.document),
        ])
    }

    private static func claimAnnotation(_ claim: Claim, _ document: ExportDocument, scale: VerdictScale) throws -> JSONValue {
        let file = document.file
        var bodies = claim.reasons.map { textualBody($0, purpose: "tagging") }
        let mentions = claim.mentionIDs.isEmpty ? "" : "; mentions \(claim.mentionIDs.joined(separator: ", "))"
        bodies.append(textualBody("check-worthiness \(CSVExporter.format(score: claim.score)); \(claim.status.rawValue)\(mentions)",
                                  purpose: "describing"))
        if let verdict = file.currentVerdict(on: claim.id) {
            bodies.append(try ratingBody(verdict, claimReference: "\(file.document.id)#\(claim.id)", scale: scale))
        }
        if let dismissal = claim.dismissal {
            let by = dismissal.by.map { " by \($0)" } ?? ""
            bodies.append(textualBody("dismissed\(by) on \(dismissal.date): \(dismissal.reason)", purpose: "moderating"))
        }
        for link in claim.sourceLinks {
            guard let source = file.sources.first(where: { $0.id == link.source }) else { continue }
            bodies.append(linkBody(sourceResource(source), relation: link.relation.rawValue))
        }
        for citation in claim.citations {
            let label = citation.label.map { "[\($0)] " } ?? ""
            if let url = citation.url {
                let resource = JSONValue.object(["id": .string(url), "type": .string("Text"), "schema:name": .string(citation.text)])
                bodies.append(linkBody(resource, relation: "cited by the article \(label)".trimmingCharacters(in: .whitespaces)))
            } else {
                bodies.append(textualBody("cited by the article: \(label)\(citation.text)", purpose: "describing"))
            }
        }
        return .object([
            "id": .string(AnnotationIdentifiers.annotationURN(file.document, claim.id)),
            "type": .string("Annotation"),
            "motivation": .string("highlighting"),
            "schema:identifier": .string("\(file.document.id)#\(claim.id)"),
            "creator": agent(claim.provenance),
            "body": .array(bodies),
            "target": target(claim.span, exact: claim.text, prefix: claim.prefix, suffix: claim.suffix, file.document),
        ])
    }

    private static func verdictAnnotation(_ verdict: Verdict, claim: Claim, _ document: ExportDocument,
                                          scale: VerdictScale) throws -> JSONValue {
        let file = document.file
        var bodies = [try ratingBody(verdict, claimReference: "\(file.document.id)#\(claim.id)", scale: scale),
                      JSONValue.object(["type": .string("TextualBody"), "purpose": .string("commenting"),
                                        "format": .string("text/plain"), "value": .string(verdict.rationale)])]
        for id in verdict.sources {
            guard let source = file.sources.first(where: { $0.id == id }) else { continue }
            bodies.append(linkBody(sourceResource(source), relation: "relied on"))
        }
        return .object([
            "id": .string(AnnotationIdentifiers.annotationURN(file.document, verdict.id)),
            "type": .string("Annotation"),
            "motivation": .string("assessing"),
            "schema:identifier": .string("\(file.document.id)#\(verdict.id)"),
            "schema:about": .string(AnnotationIdentifiers.annotationURN(file.document, claim.id)),
            "schema:dateCreated": .string(verdict.date),
            "schema:creativeWorkStatus": .string(verdict.status.rawValue),
            "creator": .object(["type": .string("Person"), "name": .string(verdict.reviewer)]),
            "body": .array(bodies),
            "target": target(claim.span, exact: claim.text, prefix: claim.prefix, suffix: claim.suffix, file.document),
        ])
    }

    // MARK: - Parts

    /// The canonical text as the target's source, with its hash and the page it came from.
    private static func target(_ span: TextSpan, exact: String, prefix: String?, suffix: String?,
                               _ metadata: DocumentMetadata) -> JSONValue {
        let source = JSONValue.object([
            "id": .string(AnnotationIdentifiers.textIRI(sha256Hex: metadata.textSHA256)),
            "type": .string("Text"),
            "format": .string("text/plain"),
            "language": .string(metadata.language),
            "schema:sha256": .string(metadata.textSHA256),
            "schema:identifier": .string(metadata.id),
            "schema:name": .maybe(metadata.title),
            "schema:isBasedOn": .maybe(metadata.url),
        ])
        let position = JSONValue.object(["type": .string("TextPositionSelector"), "start": .int(span.start), "end": .int(span.end)])
        let quote = JSONValue.object(["type": .string("TextQuoteSelector"), "exact": .string(exact),
                                      "prefix": .maybe(prefix), "suffix": .maybe(suffix)])
        return .object(["source": source, "selector": .array([position, quote])])
    }

    private static func ratingBody(_ verdict: Verdict, claimReference: String, scale: VerdictScale) throws -> JSONValue {
        let rating = try ClaimReviewExporter.rating(of: verdict, claimReference: claimReference, scale: scale)
        return .object([
            "type": .string("TextualBody"),
            "purpose": .string("assessing"),
            "value": .string(rating.label),
            "schema:identifier": .string(rating.name),
            "schema:ratingValue": .int(rating.value),
            "schema:bestRating": .int(scale.best),
            "schema:worstRating": .int(scale.worst),
        ])
    }

    private static func textualBody(_ value: String, purpose: String) -> JSONValue {
        .object(["type": .string("TextualBody"), "purpose": .string(purpose), "value": .string(value)])
    }

    private static func linkBody(_ resource: JSONValue, relation: String) -> JSONValue {
        .object(["type": .string("SpecificResource"), "purpose": .string("linking"), "source": resource,
                 "schema:description": .string(relation)])
    }

    private static func sourceResource(_ source: Source) -> JSONValue {
        .object([
            "id": .string(source.url),
            "type": .string("Text"),
            "schema:identifier": .string(source.id),
            "schema:name": .maybe(source.title),
            "schema:publisher": .maybe(source.publisher),
            "schema:datePublished": .maybe(source.published),
            "schema:archivedAt": .maybe(source.archiveURL),
            "schema:description": .maybe(source.note),
        ])
    }

    private static func agent(_ provenance: Provenance) -> JSONValue {
        .object([
            "type": .string(provenance.agent == .software ? "Software" : "Person"),
            "name": .string(provenance.name),
            "schema:softwareVersion": .maybe(provenance.version),
        ])
    }
}
