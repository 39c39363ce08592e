import Foundation
@testable import ClaimKit

/// Builds annotation files on seed 002 by hand (the extractors are not needed to test
/// re-anchoring) and edits of its text.
struct ReanchorScenario {
    /// The text the annotations were made on.
    let old: Document
    let oldSHA256: String

    init() throws {
        old = try Fixtures.seed("002_71288f6fbee5ea84.txt")
        oldSHA256 = AnnotationStore.sha256(old.utf8)
    }

    // Sentences of seed 002 the claims are made on.
    static let firstRound = "The first round of peace talks between Russia and Ukraine took place on February 28, four days after the invasion officially began."
    static let marchThird = "They were picked up on March 3, when Ukraine and Russia first agreed to establish humanitarian corridors that would allow Ukrainian citizens to evacuate the country, but those corridors would prove a sticking point in future negotiations as both sides could not agree on proposed routes."
    static let fourDemands = "Russia laid out four demands that must be met before a permanent ceasefire would be established."
    static let peskovCrimea = "Peskov also said that Ukraine must recognize Crimea – the Ukrainian territory annexed by Russia in 2014 – as Russian, and recognize the independents of the eastern Ukrainian republic of Donetsk and Luhansk."
    /// A person's claim narrower than its sentence.
    static let convoy = "a convoy of 160 vehicles successfully left the city"

    /// c1…c4 by the extractor on whole sentences, c5 by a person on part of a sentence; a
    /// source linked to c3 and verdicts on c1 and c3.
    func file() -> AnnotationFile {
        let claims = [
            claim("c1", Self.firstRound, in: old),
            claim("c2", Self.marchThird, in: old),
            claim("c3", Self.fourDemands, in: old, sourceLinks: [SourceLink(source: "s1", relation: .context)]),
            claim("c4", Self.peskovCrimea, in: old),
            claim("c5", Self.convoy, in: old, agent: .person),
        ]
        return AnnotationFile(
            document: DocumentMetadata(id: "peace-talks", title: "Ukraine-Russia Peace Talks Stall Again", mediaType: .plainText,
                                       textSHA256: oldSHA256, length: old.length),
            mentions: [Mention(id: "m1", kind: .number, span: span(of: "four demands", in: old), text: "four demands")],
            claims: claims,
            sources: [Source(id: "s1", url: "https://www.reuters.com/world/europe/", title: "Kremlin demands", accessed: "2022-03-15")],
            verdicts: [
                Verdict(id: "v1", claim: "c1", rating: "true", rationale: "Talks began in Belarus on February 28.",
                        reviewer: "A. Checker", date: "2022-03-15", status: .published),
                Verdict(id: "v2", claim: "c3", rating: "mostly-true", rationale: "Reported by several agencies.",
                        reviewer: "A. Checker", date: "2022-03-16", sources: ["s1"], status: .draft),
            ])
    }

    /// The claim on the first occurrence of `text` in `document`, with its selector.
    func claim(_ id: String, _ text: String, in document: Document, agent: Provenance.Agent = .software,
               sourceLinks: [SourceLink] = []) -> Claim {
        var claim = Claim(id: id, span: TextSpan(start: 0, end: 0), text: "", prefix: "", suffix: "", mentionIDs: [],
                          reasons: agent == .person ? ["person"] : ["number", "date"], score: agent == .person ? 0.9 : 0.5,
                          provenance: agent == .person ? Provenance(agent: .person, name: "A. Checker") : .extractor,
                          sourceLinks: sourceLinks)
        claim.setSelector(span(of: text, in: document), in: document)
        return claim
    }

    /// What the extractor would give on `document`: its real sentences, claims on `claimTexts`
    /// (score 0.8, reason `fresh`), and number mentions on `mentionTexts`.
    func fresh(on document: Document, claims claimTexts: [String] = [], mentions mentionTexts: [String] = []) -> Extraction {
        let mentions = mentionTexts.map { span(of: $0, in: document) }.sorted().enumerated().map { index, span in
            Mention(id: "m\(index + 1)", kind: .number, span: span, text: document.text(of: span))
        }
        let claims = claimTexts.enumerated().map { index, text in
            var claim = claim("c\(index + 1)", text, in: document)
            claim.score = 0.8
            claim.reasons = ["fresh"]
            claim.citations = [Citation(url: "https://example.org/\(index + 1)", text: "cited")]
            claim.mentionIDs = mentions.filter { claim.span.contains($0.span) }.map(\.id)
            return claim
        }
        return Extraction(sentences: SentenceSegmenter().segment(document), mentions: mentions, claims: claims)
    }

    /// Re-anchors `file()` (or `file`) onto `newText`.
    func reanchor(onto newText: String, file: AnnotationFile? = nil, fresh: Extraction? = nil) -> (ReanchorResult, Document) {
        let new = Document(text: newText)
        let result = Reanchorer.reanchor(file ?? self.file(), oldText: old, newText: new,
                                         newSHA256: AnnotationStore.sha256(new.utf8), fresh: fresh ?? self.fresh(on: new))
        return (result, new)
    }

    /// The code-point span of the first occurrence of `text` in `document` (Python's `str.find`).
    func span(of text: String, in document: Document) -> TextSpan {
        let start = TextTestSupport.scalarOffset(of: text, in: document.text)!
        return TextSpan(start: start, end: start + text.unicodeScalars.count)
    }

    /// `old`'s text with the first occurrence of `target` replaced.
    func replacing(_ target: String, with replacement: String) -> String {
        guard let range = old.text.range(of: target) else { fatalError("not in seed 002: \(target)") }
        return old.text.replacingCharacters(in: range, with: replacement)
    }
}

extension ReanchorResult {
    func entry(_ id: String) -> ReanchorEntry? { entries.first { $0.claimID == id } }
}
