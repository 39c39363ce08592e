import Foundation
@testable import ClaimKit

/// Annotation files for the export tests: one built by hand with every kind of record, and
/// the seed articles ingested through a real store.
enum ExportFixtures {
    /// Text with a flag emoji (two code points, four UTF-16 units), accents and curly quotes
    /// before the spans, so any count in UTF-16 units or graphemes lands on the wrong text;
    /// markup and formula bait that the exports must neutralise; a claim across a line break.
    static let text = """
        Café 🇺🇦 report — Officials said “over 1,400 drone strikes hit Kyiv in 2022,” according to Yuri Ushakov.
        The ministry spent $25.6M on <script>alert("x")</script> repairs, up 12% from last year.
        =SUM(A1) said the "auditor", with commas, in a bullet.
        """

    static var document: Document { Document(text: text) }

    /// The code-point span of the first occurrence of `needle`.
    static func span(of needle: String, in text: String = text) -> TextSpan {
        guard let range = text.range(of: needle) else { fatalError("'\(needle)' is not in the fixture") }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return TextSpan(start: start, end: start + needle.unicodeScalars.count)
    }

    /// Code-point slicing done independently of the library (Python's `text[start:end]`).
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }

    static func claim(_ id: String, _ quote: String, mentions: [String], reasons: [String], score: Double,
                      provenance: Provenance = .extractor) -> Claim {
        let span = span(of: quote)
        return Claim(id: id, span: span, text: quote, prefix: document.prefix(before: span), suffix: document.suffix(after: span),
                     mentionIDs: mentions, reasons: reasons, score: score, provenance: provenance)
    }

    /// Every kind of record: four mentions and a quote, four claims (one dismissed, one across
    /// a line break), two sources, a verdict history with a newer published verdict and a
    /// draft that must stay out of ClaimReview.
    static var file: AnnotationFile {
        let quote = "“over 1,400 drone strikes hit Kyiv in 2022,”"
        let mentions = [
            Mention(id: "m1", kind: .quote, span: span(of: quote), text: quote,
                    quote: QuoteValue(speaker: "Yuri Ushakov", speakerSpan: span(of: "Yuri Ushakov"), cue: "said",
                                      contentSpan: span(of: "over 1,400 drone strikes hit Kyiv in 2022,"))),
            Mention(id: "m2", kind: .number, span: span(of: "over 1,400"), text: "over 1,400",
                    number: NumberValue(value: 1400, approximator: "over", noun: "drone strikes")),
            Mention(id: "m3", kind: .date, span: span(of: "2022"), text: "2022", date: DateValue(type: .date, value: "2022")),
            Mention(id: "m4", kind: .number, span: span(of: "$25.6M"), text: "$25.6M", number: NumberValue(value: 25_600_000, currency: "USD")),
            Mention(id: "m5", kind: .number, span: span(of: "12%"), text: "12%", number: NumberValue(value: 12, unit: "percent")),
        ]
        var c1 = claim("c1", "Officials said \(quote) according to Yuri Ushakov.", mentions: ["m1", "m2", "m3"],
                       reasons: ["attributed-quote", "number", "date"], score: 0.91)
        c1.sourceLinks = [SourceLink(source: "s1", relation: .supports), SourceLink(source: "s2", relation: .refutes)]
        c1.citations = [Citation(label: "1", url: "https://example.org/ref1", text: "Ministry report")]
        let c2 = claim("c2", "The ministry spent $25.6M on <script>alert(\"x\")</script> repairs, up 12% from last year.",
                       mentions: ["m4", "m5"], reasons: ["money", "percentage"], score: 0.74)
        var c3 = claim("c3", "=SUM(A1) said the \"auditor\", with commas, in a bullet.", mentions: [], reasons: ["added-by-person"],
                       score: 0.2, provenance: Provenance(agent: .person, name: "Ana"))
        c3.status = .dismissed
        c3.dismissal = Dismissal(reason: "not a factual claim", by: "Ana", date: "2025-11-29")
        let c4 = claim("c4", "up 12% from last year.\n=SUM(A1)", mentions: ["m5"], reasons: ["added-by-person", "number"], score: 1,
                       provenance: Provenance(agent: .person, name: "Ben"))
        let sources = [
            Source(id: "s1", url: "https://www.un.org/en/report?x=1&y=2", title: "UN report <2022>", publisher: "United Nations",
                   published: "2023-01-10", accessed: "2025-11-28", archiveURL: "https://web.archive.org/web/2025/https://www.un.org/en/report"),
            Source(id: "s2", url: "https://example.org/counter", title: "Counter-analysis", note: "disputes the count"),
        ]
        let verdicts = [
            Verdict(id: "v1", claim: "c1", rating: "mostly-true", rationale: "first look", reviewer: "Ana", date: "2025-11-28",
                    sources: ["s1"], status: .published),
            Verdict(id: "v2", claim: "c1", rating: "true", rationale: "count confirmed by the UN <b>report</b>", reviewer: "Ben",
                    date: "2025-11-29", sources: ["s1", "s2"], status: .published),
            Verdict(id: "v3", claim: "c2", rating: "false", rationale: "unchecked draft", reviewer: "Cy", date: "2025-11-30", status: .draft),
        ]
        let metadata = DocumentMetadata(id: "kyiv", title: "Strikes <b>report</b>", url: "https://news.example.org/kyiv?a=1&b=2",
                                        publisher: "Example News", author: "Jane Doe", published: "2025-11-27", mediaType: .plainText,
                                        textSHA256: AnnotationStore.sha256(Array(text.utf8)), length: text.unicodeScalars.count)
        return AnnotationFile(document: metadata, mentions: mentions, claims: [c1, c2, c3, c4], sources: sources, verdicts: verdicts)
    }

    static var exportDocument: ExportDocument { ExportDocument(file: file, text: document) }

    /// The five seeds ingested into a fresh store, with a claim on seed 002 that has a source,
    /// a published verdict and a newer draft. Made once and shared: the tests only read it.
    static func seededStore() throws -> AnnotationStore {
        try sharedSeededStore.get()
    }

    private static let sharedSeededStore = Result { try makeSeededStore() }

    private static func makeSeededStore() throws -> AnnotationStore {
        let store = try AnnotationStore.create(at: try makeTemporaryDirectory("export") + "/annotations")
        for (index, name) in Fixtures.seedNames.enumerated() {
            _ = try store.ingest(try Fixtures.seed(name), IngestRequest(id: "seed\(index)", url: "https://news.example.org/\(index)",
                                                                        published: "2025-11-2\(index)"))
        }
        let claim = try store.addClaim(to: "seed2", at: .quote("Russia laid out four demands"), by: "Ana")
        let reference = ClaimReference(document: "seed2", claim: claim.id)
        let source = try store.addSource(to: reference, .init(url: "https://www.un.org/en/about-us/un-charter", title: "UN Charter", relation: .context))
        try store.addVerdict(on: reference, .init(rating: "mostly-true", rationale: "four demands listed by Peskov", reviewer: "Ben",
                                                  sources: [source.id], status: .published, date: "2025-11-29"))
        try store.addVerdict(on: reference, .init(rating: "false", rationale: "draft second look", reviewer: "Cy", status: .draft, date: "2025-11-30"))
        return store
    }

    /// Every seed document of a seeded store.
    static func seedDocuments(_ store: AnnotationStore) throws -> [ExportDocument] {
        try Exporter.documents(in: store, ids: [])
    }

    static func json(_ data: Data) throws -> Any {
        try JSONSerialization.jsonObject(with: data)
    }
}
