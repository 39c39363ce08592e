/// A checkable statement: a sentence (or a span a person chose) holding checkable mentions.
///
/// SPEC §3: a claim lists its mentions, the reasons it was flagged, a check-worthiness score in
/// [0, 1] and its provenance. Its exact text with a short prefix and suffix (a W3C
/// TextQuoteSelector) lets it be re-found after the article is edited.
///
/// A claim the extractor makes keeps its id, mention ids, reasons and provenance in the form it
/// made them (numbers, bits; see ``StoredID``, ``StoredMentionIDs``, ``StoredReasons``), not as
/// strings and arrays: `batch` writes every claim of every article once and destroys it, and
/// the strings and arrays were most of that cost. The public properties read and set them as
/// strings and arrays all the same.
public struct Claim: Sendable {
    /// Whether the claim is still to be checked.
    public enum Status: String, Sendable, Codable {
        case flagged, dismissed
    }

    /// Stable id within its document: `c1`, `c2`… in text order.
    public var id: String {
        get { storedID.string(numbered: ExtractionIDs.claim) }
        set { storedID = .given(newValue) }
    }
    /// The id's storage, named apart from `id` so that the compiler synthesises the memberwise
    /// initialiser the others call, which builds the claim in place (see ``Mention/id``).
    private(set) var storedID: StoredID
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
    public var mentionIDs: [String] {
        get { storedMentionIDs.ids }
        set { storedMentionIDs = .given(newValue) }
    }
    private(set) var storedMentionIDs: StoredMentionIDs
    /// Why it was flagged, e.g. `number`, `money`, `percentage`, `date`, `attributed-quote`.
    public var reasons: [String] {
        get { storedReasons.names }
        set { storedReasons = .given(newValue) }
    }
    private(set) var storedReasons: StoredReasons
    /// Check-worthiness in [0, 1]: higher for statistical and attributed factual statements,
    /// lower for opinion and navigation debris.
    public var score: Double
    public var status: Status
    public var provenance: Provenance {
        get { storedProvenance ?? .extractor }
        set { storedProvenance = newValue }
    }
    /// The storage of `provenance`: `nil` for the extractor's claims, which all have
    /// ``Provenance/extractor``, so that each does not hold (and release) its strings.
    private(set) var storedProvenance: Provenance?
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
        self.init(storedID: .given(id), span: span, storedText: TextSlice(text), storedPrefix: TextSlice(prefix),
                  storedSuffix: TextSlice(suffix), storedMentionIDs: .given(mentionIDs), storedReasons: .given(reasons),
                  score: score, status: status, storedProvenance: provenance, citations: citations,
                  sourceLinks: sourceLinks, dismissal: dismissal, anchoring: anchoring)
    }

    /// A claim as the extractor makes it: its `number`th (`c<number>`), flagged by
    /// ``Provenance/extractor``, its text, prefix and suffix slices of the document, holding
    /// the `mentionCount` mentions from number `firstMention` on, for the reasons
    /// `reasonBits` (an index into ``ClaimScorer/reasonLists``).
    init(number: Int, span: TextSpan, text: TextSlice, prefix: TextSlice, suffix: TextSlice, firstMention: Int,
         mentionCount: Int, reasonBits: Int, score: Double, citations: [Citation]) {
        self.init(storedID: .numbered(number), span: span, storedText: text, storedPrefix: prefix, storedSuffix: suffix,
                  storedMentionIDs: .run(first: firstMention, count: mentionCount), storedReasons: .scored(reasonBits),
                  score: score, status: .flagged, storedProvenance: nil, citations: citations,
                  sourceLinks: [], dismissal: nil, anchoring: nil)
    }
}

extension Claim: Equatable {
    /// Equal when every public property is, however each claim keeps it (an id the extractor
    /// numbered equals the same id given as a string).
    public static func == (a: Claim, b: Claim) -> Bool {
        a.id == b.id && a.span == b.span && a.storedText == b.storedText && a.storedPrefix == b.storedPrefix
            && a.storedSuffix == b.storedSuffix && a.mentionIDs == b.mentionIDs && a.reasons == b.reasons
            && a.score == b.score && a.status == b.status && a.provenance == b.provenance && a.citations == b.citations
            && a.sourceLinks == b.sourceLinks && a.dismissal == b.dismissal && a.anchoring == b.anchoring
    }
}

/// The ids of a claim's mentions as the claim keeps them (see ``Claim/mentionIDs``).
enum StoredMentionIDs: Sendable {
    /// The extractor's: `count` numbered mention ids in a row from `m<first>` on (a claim is a
    /// sentence, and its mentions are those that start in it).
    case run(first: Int, count: Int)
    case given([String])

    var ids: [String] {
        switch self {
        case .run(let first, let count): ExtractionIDs.mentions(from: first, count: count)
        case .given(let ids): ids
        }
    }
}

/// The reasons a claim was flagged, as the claim keeps them (see ``Claim/reasons``).
enum StoredReasons: Sendable {
    /// The scorer's: a set of reasons as bits, an index into ``ClaimScorer/reasonLists``.
    case scored(Int)
    case given([String])

    var names: [String] {
        switch self {
        case .scored(let bits): ClaimScorer.reasonLists[bits]
        case .given(let names): names
        }
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
