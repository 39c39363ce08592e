import Foundation

/// Turns parsed `.ann` records into claimkit mentions, claims and sources (``BratImporter``).
struct BratModelBuilder {
    let parsed: BratAnnFile
    let text: Document
    let annotator: String
    private(set) var issues: [BratImportIssue] = []
    /// The mention id given to each brat tag.
    private var mentionIDs: [String: String] = [:]

    init(parsed: BratAnnFile, text: Document, annotator: String) {
        self.parsed = parsed
        self.text = text
        self.annotator = annotator
    }

    // MARK: - Mentions

    mutating func mentions() -> [Mention] {
        for entity in parsed.textBounds where BratConfiguration.mentionKinds[entity.type.lowercased()] == nil
            && !["claim", "speaker"].contains(entity.type.lowercased()) {
            issues.append(BratImportIssue(line: entity.line, message: "\(entity.tag) has type \(entity.type), which claimkit does not read (Claim, Number, Date, Quote, Speaker…); skipped"))
        }
        let bounds = usable(parsed.textBounds.filter { BratConfiguration.mentionKinds[$0.type.lowercased()] != nil })
        let notes = bounds.map { MentionFields.parse(parsed.notes[$0.tag] ?? "") }
        let (ids, kept) = Self.ids(bounds.indices.map { notes[$0]["id"] }, prefix: "m")
        var mentions: [Mention] = []
        for (index, entity) in bounds.enumerated() {
            mentionIDs[entity.tag] = ids[index]
            mentions.append(mention(entity, id: ids[index], fields: notes[index]))
        }
        return kept ? mentions.sorted { Self.number($0.id) < Self.number($1.id) } : mentions
    }

    private mutating func mention(_ entity: BratAnnFile.TextBound, id: String, fields: [String: String]) -> Mention {
        let kind = BratConfiguration.mentionKinds[entity.type.lowercased()]!
        var mention = Mention(id: id, kind: kind, span: entity.span, text: text.text(of: entity.span))
        switch kind {
        case .number:
            let digits = mention.text.filter { $0.isNumber || $0 == "." }
            guard let value = fields["value"].flatMap(Double.init) ?? Double(digits) else {
                issues.append(BratImportIssue(line: entity.line, message: "\(entity.tag) '\(mention.text)' has no numeric value (note `value=…`); kept without one"))
                break
            }
            mention.number = NumberValue(value: value, upperValue: fields["upper"].flatMap(Double.init), unit: fields["unit"],
                                         currency: fields["currency"], approximator: fields["approximator"], noun: fields["noun"])
        case .date:
            guard let value = fields["value"] else {
                issues.append(BratImportIssue(line: entity.line, message: "\(entity.tag) '\(mention.text)' has no TIMEX3 value (note `value=…`); kept without one"))
                break
            }
            mention.date = DateValue(type: fields["type"].flatMap(DateValue.TimexType.init(rawValue:)) ?? .date, value: value)
        case .quote:
            let speakerTag = parsed.relations.first { $0.type == "SaidBy" && $0.from == entity.tag }?.to
            let speakerSpan = speakerTag.flatMap { tag in parsed.textBounds.first { $0.tag == tag } }.map(\.span)
                .flatMap { $0.end <= text.length ? $0 : nil }
            mention.quote = QuoteValue(speaker: fields["speaker"] ?? speakerSpan.map { text.text(of: $0) }, speakerSpan: speakerSpan,
                                       cue: fields["cue"], contentSpan: contentSpan(fields["content"], quote: entity.span))
        }
        return mention
    }

    /// The note's `content=START-END`, else the quote without its opening and closing marks.
    private func contentSpan(_ field: String?, quote span: TextSpan) -> TextSpan {
        if let parts = field?.split(separator: "-").compactMap({ Int($0) }), parts.count == 2, parts[0] <= parts[1],
           span.contains(TextSpan(start: parts[0], end: parts[1])) {
            return TextSpan(start: parts[0], end: parts[1])
        }
        let marks = Set("\"'“”‘’«»„‚‹›".unicodeScalars)
        let scalars = Array(text.text(of: span).unicodeScalars)
        let opens = scalars.first.map(marks.contains) ?? false, closes = scalars.count > 1 && marks.contains(scalars.last!)
        return TextSpan(start: span.start + (opens ? 1 : 0), end: max(span.start + (opens ? 1 : 0), span.end - (closes ? 1 : 0)))
    }

    // MARK: - Claims

    mutating func claims(mentions: [Mention]) -> ([Claim], [Source], [String: String]) {
        let bounds = usable(parsed.textBounds.filter { $0.type.lowercased() == "claim" })
        let notes = bounds.map { BratNotes.parse(parsed.notes[$0.tag] ?? "") }
        let (ids, kept) = Self.ids(notes.map { note in note.first { $0.key == "id" }?.value }, prefix: "c")
        let hasRelations = parsed.relations.contains { $0.type == "HasMention" }
        var claims: [Claim] = [], sources: [Source] = [], ratings: [String: String] = [:]
        for (index, entity) in bounds.enumerated() {
            let note = notes[index]
            func value(_ key: String) -> String? { note.first { $0.key == key }?.value }
            let inside: [Mention] = hasRelations
                ? parsed.relations.filter { $0.type == "HasMention" && $0.from == entity.tag }.compactMap { relation in
                    mentionIDs[relation.to].flatMap { id in mentions.first { $0.id == id } } }
                : mentions.filter { entity.span.contains($0.span) }
            let attributes = parsed.attributes.filter { $0.tag == entity.tag }
            let dismissed = attributes.contains { $0.name == "Dismissed" } || value("status") == Claim.Status.dismissed.rawValue
            var links: [SourceLink] = []
            for piece in note where piece.key == "source" {
                guard let (source, link) = BratNotes.source(piece.value) else {
                    issues.append(BratImportIssue(line: entity.line, message: "\(entity.tag): source note '\(piece.value)' is not `ID RELATION URL (title)`; skipped"))
                    continue
                }
                if let known = sources.first(where: { $0.id == source.id }), known.url != source.url {
                    issues.append(BratImportIssue(line: entity.line, message: "\(entity.tag): source \(source.id) names \(source.url) but was \(known.url) before; skipped"))
                    continue
                }
                if !sources.contains(where: { $0.id == source.id }) { sources.append(source) }
                links.append(link)
            }
            let kinds = Set(inside.map(\.kind.rawValue)).sorted()
            let reasons = value("reasons").map { $0.split(separator: ",").map(String.init) } ?? ["added-by-person"] + kinds
            let dismissal = dismissed ? Dismissal(reason: value("dismissed") ?? "dismissed in brat", by: value("dismissed-by"),
                                                  date: value("dismissed-on") ?? InputChecks.today()) : nil
            claims.append(Claim(id: ids[index], span: entity.span, text: text.text(of: entity.span),
                                prefix: text.prefix(before: entity.span), suffix: text.suffix(after: entity.span),
                                mentionIDs: inside.map(\.id), reasons: reasons, score: value("score").flatMap(Double.init) ?? 1,
                                status: dismissed ? .dismissed : .flagged,
                                provenance: value("by").flatMap(BratNotes.provenance) ?? Provenance(agent: .person, name: annotator),
                                citations: note.filter { $0.key == "cited" }.map { Self.citation($0.value) },
                                sourceLinks: links, dismissal: dismissal))
            if let rating = attributes.first(where: { $0.name == "Rating" })?.value { ratings[ids[index]] = rating }
        }
        if kept { claims.sort { Self.number($0.id) < Self.number($1.id) } }
        return (claims, sources.sorted { Self.number($0.id) < Self.number($1.id) }, ratings)
    }

    /// `[1] https://example.org (Ministry report)` → a footnote citation with its URL and text.
    private static func citation(_ value: String) -> Citation {
        var rest = Substring(value), label: String?
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            label = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        let first = String(rest.prefix { $0 != " " })
        guard InputChecks.isWebURL(first) else { return Citation(label: label, text: String(rest)) }
        let title = rest.dropFirst(first.count).drop { $0 == " " }
        let text = title.hasPrefix("(") && title.hasSuffix(")") ? String(title.dropFirst().dropLast()) : first
        return Citation(label: label, url: first, text: text)
    }

    // MARK: - Helpers

    /// Entities whose span lies inside the text, in text order; the others are reported.
    private mutating func usable(_ bounds: [BratAnnFile.TextBound]) -> [BratAnnFile.TextBound] {
        var kept: [BratAnnFile.TextBound] = []
        for entity in bounds {
            guard entity.span.end <= text.length else {
                issues.append(BratImportIssue(line: entity.line, message: "\(entity.tag) ends at \(entity.span.end), past the end of the text (\(text.length) code points); skipped"))
                continue
            }
            let actual = text.text(of: entity.span)
            if !entity.recordedText.isEmpty, entity.recordedText != actual.split(separator: "\n").joined(separator: " ") {
                issues.append(BratImportIssue(line: entity.line, message: "\(entity.tag) records '\(entity.recordedText)' but the text there is '\(actual)'; the offsets were kept"))
            }
            kept.append(entity)
        }
        return kept.sorted { $0.span < $1.span }
    }

    /// The ids the notes gave when they are all present, well-formed and distinct (and so
    /// kept, with the file's order), else `prefix1`, `prefix2`… in text order.
    private static func ids(_ given: [String?], prefix: String) -> (ids: [String], kept: Bool) {
        let ids = given.compactMap { $0 }
        let wellFormed = ids.count == given.count && Set(ids).count == ids.count
            && ids.allSatisfy { $0.hasPrefix(prefix) && Int($0.dropFirst(prefix.count)) != nil }
        return wellFormed ? (ids, true) : (given.indices.map { "\(prefix)\($0 + 1)" }, false)
    }

    /// The number of an id such as `c12`, for ordering.
    private static func number(_ id: String) -> Int {
        Int(id.drop { !$0.isNumber }) ?? Int.max
    }
}
