import Foundation

/// Writes brat standoff (https://brat.nlplab.org/standoff.html): for each document `ID.txt`
/// (the canonical text) and `ID.ann`, and for the collection an `annotation.conf` and a
/// `visual.conf`, so the annotations open in brat and INCEpTION.
///
/// In `ID.ann`, mentions are text-bound `Number`, `Date` and `Quote` annotations (a quote's
/// speaker is a `Speaker` linked by a `SaidBy` relation), claims are `Claim` annotations
/// linked to their mentions by `HasMention` relations, the current rating is a `Rating`
/// attribute and a dismissal a `Dismissed` attribute; values, scores and sources ride in
/// `AnnotatorNotes` (``BratNotes``). brat offsets are code points into the `.txt`, exactly
/// claimkit's offsets; a span that crosses a line break is written as fragments, since a
/// brat line cannot hold one. Orphaned claims (no longer found in the text) are left out.
///
/// Without the text (``ExportOptions/includeText`` off), `ID.sha256` replaces `ID.txt`: the
/// hash in `sha256sum` form, so whoever holds the article can check it with `sha256sum -c`.
public enum BratExporter {
    public static func export(_ documents: [ExportDocument], scale: VerdictScale, options: ExportOptions) throws -> [ExportOutput] {
        var outputs: [ExportOutput] = []
        for document in documents {
            let id = document.file.document.id
            if options.includeText, let text = document.text {
                outputs.append(ExportOutput(name: "\(id).txt", data: Data(text.utf8)))
            } else {
                outputs.append(ExportOutput(name: "\(id).sha256", data: Data("\(document.file.document.textSHA256)  \(id).txt\n".utf8)))
            }
            outputs.append(ExportOutput(name: "\(id).ann", data: Data(try annotations(document.file, scale: scale).utf8)))
        }
        outputs.append(ExportOutput(name: "annotation.conf", data: Data(BratConfiguration.annotationConf(scale).utf8)))
        outputs.append(ExportOutput(name: "visual.conf", data: Data(BratConfiguration.visualConf.utf8)))
        return outputs
    }

    /// The `.ann` text of one annotation file.
    static func annotations(_ file: AnnotationFile, scale: VerdictScale) throws -> String {
        var lines = BratLines()
        var mentionTags: [String: String] = [:]
        for mention in file.mentions where mention.span.end <= file.document.length {
            let tag = lines.textBound(BratConfiguration.typeName(mention.kind), mention.span, exact: mention.text)
            mentionTags[mention.id] = tag
            lines.note(tag, BratNotes.mentionNote(mention))
            if let quote = mention.quote, let speakerSpan = quote.speakerSpan, let speaker = quote.speaker,
               speakerSpan.end <= file.document.length {
                let speakerTag = lines.textBound("Speaker", speakerSpan, exact: speaker)
                lines.relation("SaidBy", tag, speakerTag)
            }
        }
        for claim in file.claims where claim.anchoring?.method != .orphaned && claim.span.end <= file.document.length {
            let tag = lines.textBound("Claim", claim.span, exact: claim.text)
            lines.note(tag, BratNotes.claimNote(claim, file))
            for mentionID in claim.mentionIDs {
                if let mentionTag = mentionTags[mentionID] { lines.relation("HasMention", tag, mentionTag) }
            }
            if let verdict = file.currentVerdict(on: claim.id) {
                let rating = try ClaimReviewExporter.rating(of: verdict, claimReference: "\(file.document.id)#\(claim.id)", scale: scale)
                lines.attribute("Rating", tag, value: rating.name)
            }
            if claim.status == .dismissed { lines.attribute("Dismissed", tag) }
        }
        return lines.text
    }
}
