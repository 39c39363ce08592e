/// Everything claimkit knows about one document: the unit the store writes as one file.
///
/// The canonical text lives beside it (its hash is in ``DocumentMetadata/textSHA256``); every
/// span points into that text.
public struct AnnotationFile: Sendable, Equatable {
    /// The native format version this claimkit writes and reads.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var document: DocumentMetadata
    public var mentions: [Mention]
    public var claims: [Claim]
    public var sources: [Source]
    public var verdicts: [Verdict]

    public init(formatVersion: Int = AnnotationFile.currentFormatVersion, document: DocumentMetadata,
                mentions: [Mention] = [], claims: [Claim] = [], sources: [Source] = [], verdicts: [Verdict] = []) {
        self.formatVersion = formatVersion
        self.document = document
        self.mentions = mentions
        self.claims = claims
        self.sources = sources
        self.verdicts = verdicts
    }

    /// The claim with `id` (`c3`).
    public func claim(_ id: String) -> Claim? {
        claims.first { $0.id == id }
    }

    /// The verdicts on a claim, oldest first.
    public func verdicts(on claimID: String) -> [Verdict] {
        verdicts.filter { $0.claim == claimID }
    }

    /// The current verdict: the newest published one (SPEC §4).
    public func currentVerdict(on claimID: String) -> Verdict? {
        verdicts(on: claimID).last { $0.status == .published }
    }

    /// The next free id with `prefix` among `ids` (`c12` after `c11`).
    static func nextID(_ prefix: String, after ids: [String]) -> String {
        let numbers = ids.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }
        return "\(prefix)\((numbers.max() ?? 0) + 1)"
    }

    public var nextClaimID: String { Self.nextID("c", after: claims.map(\.id)) }
    public var nextSourceID: String { Self.nextID("s", after: sources.map(\.id)) }
    public var nextVerdictID: String { Self.nextID("v", after: verdicts.map(\.id)) }
}
