/// A checkable statement: a sentence (or a span a person chose) holding checkable mentions.
///
/// SPEC §3: a claim lists its mentions, the reasons it was flagged, a check-worthiness score in
/// [0, 1] and its provenance. Its exact text with a short prefix and suffix (a W3C
/// TextQuoteSelector) lets it be re-found after the article is edited.
public struct Claim: Sendable, Equatable {
    /// Whether the claim is still to be checked.
    public enum Status: String, Sendable, Codable {
        case flagged, dismissed
    }

    /// Stable id within its document: `c1`, `c2`… in text order.
    public var id: String {
        get { storedID }
        set { storedID = newValue }
    }
    /// The id's storage, named apart from `id` so that the compiler synthesises the memberwise
    /// initialiser the public one calls, which builds the claim in place (see ``Mention/id``).
    private var storedID: String
    public var span: TextSpan
    /// The exact text of `span`.
    public var text: String {
        get { storedText.string }
        set { storedText = TextSlice(newValue) }
    }
    /// Up to ``Claim/contextLength`` code points before and after the span.
    public var prefix: String {
        get { storedPrefix.string }
        set { storedPrefix = TextSlice(newValue) }
    }
    public var suffix: String {
        get { storedSuffix.string }
        set { storedSuffix = TextSlice(newValue) }
    }
    /// The storage of `text`, `prefix` and `suffix`: the extractor keeps them as slices of the
    /// document's bytes, which the batch writer copies without making a `String` of each.
    private(set) var storedText: TextSlice
    private(set) var storedPrefix: TextSlice
    private(set) var storedSuffix: TextSlice
    /// Ids of the mentions inside the claim, in text order.
    public var mentionIDs: [String]
    /// Why it was flagged, e.g. `number`, `money`, `percentage`, `date`, `attributed-quote`.
    public var reasons: [String]
    /// Check-worthiness in [0, 1]: higher for statistical and attributed factual statements,
    /// lower for opinion and navigation debris.
    public var score: Double
    public var status: Status
    public var provenance: Provenance
    /// Sources the article itself cites for this claim (links, footnotes).
    public var citations: [Citation]
    /// Sources a fact-checker linked to this claim.
    public var sourceLinks: [SourceLink]
    /// Set when a person dismissed the claim as not worth checking.
    public var dismissal: Dismissal?
    /// How the claim was re-anchored after the text changed; `nil` on the text it was made on.
    public var anchoring: Anchoring?

    /// Code points of context kept on each side.
    public static let contextLength = 32
}

extension Claim {
    public init(id: String, span: TextSpan, text: String, prefix: String, suffix: String, mentionIDs: [String],
                reasons: [String], score: Double, status: Status = .flagged, provenance: Provenance, citations: [Citation] = [],
                sourceLinks: [SourceLink] = [], dismissal: Dismissal? = nil, anchoring: Anchoring? = nil) {
        self.init(id: id, span: span, text: TextSlice(text), prefix: TextSlice(prefix), suffix: TextSlice(suffix),
                  mentionIDs: mentionIDs, reasons: reasons, score: score, status: status, provenance: provenance,
                  citations: citations, sourceLinks: sourceLinks, dismissal: dismissal, anchoring: anchoring)
    }

    /// A claim whose text, prefix and suffix may be slices of the document (see ``storedText``).
    init(id: String, span: TextSpan, text: TextSlice, prefix: TextSlice, suffix: TextSlice, mentionIDs: [String],
         reasons: [String], score: Double, status: Status = .flagged, provenance: Provenance, citations: [Citation] = [],
         sourceLinks: [SourceLink] = [], dismissal: Dismissal? = nil, anchoring: Anchoring? = nil) {
        self.init(storedID: id, span: span, storedText: text, storedPrefix: prefix, storedSuffix: suffix, mentionIDs: mentionIDs,
                  reasons: reasons, score: score, status: status, provenance: provenance, citations: citations,
                  sourceLinks: sourceLinks, dismissal: dismissal, anchoring: anchoring)
    }
}

/// Who or what made an annotation.
public struct Provenance: Sendable, Equatable, Codable {
    public enum Agent: String, Sendable, Codable {
        case software, person
    }

    public var agent: Agent
    /// The extractor's name, or the person's name.
    public var name: String
    /// The extractor's version (software only).
    public var version: String?

    public init(agent: Agent, name: String, version: String? = nil) {
        self.agent = agent
        self.name = name
        self.version = version
    }

    /// claimkit's own extractor at this version.
    public static let extractor = Provenance(agent: .software, name: "claimkit-extractor", version: ClaimKitVersion.string)
}

/// A source the article itself cites: a link, or a footnote resolved to the reference list.
public struct Citation: Sendable, Equatable, Codable {
    /// The footnote label ("1") for footnotes; `nil` for links.
    public var label: String?
    /// Where it points, when there is an absolute URL.
    public var url: String?
    /// The reference entry's text, or the link's text.
    public var text: String

    public init(label: String? = nil, url: String? = nil, text: String) {
        self.label = label
        self.url = url
        self.text = text
    }
}
