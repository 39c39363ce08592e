import Foundation
@testable import ClaimKit

/// Annotation files for the format tests: one hand-built file that sets every optional field
/// (with emoji, CJK, markup characters and significant white space), one that sets none, and
/// the files a real store writes for the seed articles.
enum AnnotationSamples {
    static let textHash = String(repeating: "0123456789abcdef", count: 4)
    static let otherHash = String(repeating: "fedcba9876543210", count: 4)

    /// Every optional field present, and strings that test escaping and white space.
    static var everyField: AnnotationFile {
        AnnotationFile(
            document: DocumentMetadata(id: "kyiv-talks.2025_v2", title: "  Talks stall 🕊️ — 和平谈判 <again> & \"again\"\n",
                                       url: "https://example.org/news?id=1&lang=en#top", publisher: "Example News & Co.",
                                       author: "Jane “JJ” Doe", published: "2025-11-28", language: "en-GB",
                                       mediaType: .markdown, textSHA256: textHash, length: 5120),
            mentions: [
                Mention(id: "m1", kind: .number, span: TextSpan(start: 10, end: 22), text: "over 800,000",
                        number: NumberValue(value: 800_000, upperValue: 1.34e12, unit: "percent", currency: "JPY",
                                            approximator: "more than", noun: "drone strikes 🚀")),
                Mention(id: "m2", kind: .number, span: TextSpan(start: 30, end: 33), text: "0.1",
                        number: NumberValue(value: 0.1)),
                Mention(id: "m3", kind: .number, span: TextSpan(start: 40, end: 45), text: "tiny", number: NumberValue(value: 5e-324, upperValue: 1e300)),
                Mention(id: "m4", kind: .date, span: TextSpan(start: 50, end: 67), text: "November 30, 2023",
                        date: DateValue(type: .date, value: "2023-11-30")),
                Mention(id: "m5", kind: .date, span: TextSpan(start: 70, end: 79), text: "four days", date: DateValue(type: .duration, value: "P4D")),
                Mention(id: "m6", kind: .quote, span: TextSpan(start: 100, end: 107), text: "“我们会谈”",
                        quote: QuoteValue(speaker: "Yuri Ushakov", speakerSpan: TextSpan(start: 80, end: 92), cue: "mentioned",
                                          contentSpan: TextSpan(start: 101, end: 106))),
                Mention(id: "m7", kind: .quote, span: TextSpan(start: 110, end: 117), text: "'scare'",
                        quote: QuoteValue(contentSpan: TextSpan(start: 111, end: 116))),
            ],
            claims: [
                Claim(id: "c1", span: TextSpan(start: 0, end: 120), text: "Russia said “over 800,000”\r\n\tindented ]]> <b>&amp;</b>",
                      prefix: "", suffix: " \n  trailing spaces  ", mentionIDs: ["m1", "m6"], reasons: ["number", "attributed-quote"],
                      score: 0.8500000000000001, status: .dismissed, provenance: Provenance(agent: .software, name: "claimkit-extractor", version: "0.1.0"),
                      citations: [Citation(label: "1", url: "https://example.org/report.pdf", text: "UN report, p. 4"),
                                  Citation(text: "a link with no URL")],
                      sourceLinks: [SourceLink(source: "s1", relation: .supports), SourceLink(source: "s2", relation: .refutes)],
                      dismissal: Dismissal(reason: "opinion,\nnot a checkable fact", by: "Ana María", date: "2025-11-29"),
                      anchoring: Anchoring(method: .fuzzy, score: 0.93, fromSHA256: otherHash, toSHA256: textHash)),
                Claim(id: "c2", span: TextSpan(start: 130, end: 140), text: "Four days", prefix: "p", suffix: "s", mentionIDs: [],
                      reasons: [], score: 0, provenance: Provenance(agent: .person, name: "Ben"),
                      anchoring: Anchoring(method: .orphaned, fromSHA256: otherHash, toSHA256: textHash)),
            ],
            sources: [
                Source(id: "s1", url: "https://www.un.org/en/about-us/un-charter", title: "UN Charter 📜", publisher: "United Nations",
                       published: "1945-06-26", accessed: "2025-11-28", archiveURL: "https://web.archive.org/web/2025/https://www.un.org/",
                       note: "  Article 5,\n  see also 第五条  "),
                Source(id: "s2", url: "http://example.com"),
            ],
            verdicts: [
                Verdict(id: "v1", claim: "c1", rating: "unverifiable", rationale: "no record found yet", reviewer: "Ana",
                        date: "2025-11-28", sources: [], status: .draft),
                Verdict(id: "v2", claim: "c1", rating: "mostly-true", rationale: "Matches the UN's figure;\nsee s1 & s2.", reviewer: "Ben",
                        date: "2025-11-30", sources: ["s1", "s2"], status: .published),
            ])
    }

    /// No optional field, every array empty.
    static var minimal: AnnotationFile {
        AnnotationFile(document: DocumentMetadata(id: "empty", mediaType: .plainText, textSHA256: textHash, length: 0))
    }

    /// The annotation files of a fresh store holding the five seed articles, with a claim a
    /// person added, a source, a draft and a published verdict, and a dismissal.
    static func seedStoreFiles() throws -> [AnnotationFile] {
        let store = try AnnotationStore.create(at: try makeTemporaryDirectory("formats") + "/annotations")
        for (index, name) in Fixtures.seedNames.enumerated() {
            _ = try store.ingest(try Fixtures.seed(name), IngestRequest(id: "seed-\(index)", title: "Seed \(index)",
                                                                          url: "https://example.org/seed/\(index)", published: "2025-11-28"))
        }
        let claim = try store.addClaim(to: "seed-2", at: .quote("Russia laid out four demands"), by: "Ana")
        let reference = ClaimReference(document: "seed-2", claim: claim.id)
        try store.addSource(to: reference, .init(url: "https://www.un.org/en/about-us/un-charter", title: "UN Charter", relation: .context))
        try store.addVerdict(on: reference, .init(rating: "unverifiable", rationale: "no record yet", reviewer: "Ana", status: .draft))
        try store.addVerdict(on: reference, .init(rating: "true", rationale: "four demands listed", reviewer: "Ben", sources: ["s1"]))
        try store.dismissClaim(reference, reason: "covered elsewhere", by: "Ben")
        return try store.documentIDs().map { try store.load($0) }
    }

    /// Every file above.
    static func all() throws -> [AnnotationFile] {
        [everyField, minimal] + (try seedStoreFiles())
    }
}
