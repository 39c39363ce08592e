/// A family of meaning checks (SPEC §7: "then meaning"), run on a file that follows the
/// schema, so it can work on the decoded model whatever the file's format.
protocol MeaningRule {
    static func check(_ context: RuleContext, into findings: inout [Finding])
}

/// What the meaning rules see: the decoded file and what it is checked against.
struct RuleContext {
    let file: AnnotationFile
    /// The document's canonical text, when it was found.
    let text: CanonicalText?
    /// The scale ratings must come from, and where it is from (for messages); `nil` when the
    /// store's configuration cannot be read (that is reported once, on `claimkit.json`).
    let scale: VerdictScale?
    let scaleOrigin: String
    /// In a store, the document id the file's name gives.
    let expectedDocumentID: String?
}

/// A document's canonical text as the store keeps it, with its SHA-256.
struct CanonicalText {
    /// The text file's path, for messages.
    let path: String
    let document: Document
    let sha256: String

    /// Whether `textSHA256` of the file matches; spans are checked against the text only then.
    func matches(_ metadata: DocumentMetadata) -> Bool { sha256 == metadata.textSHA256 }
}

/// A problem a meaning rule found, at a model path; the file's ``IssueLocator`` places it.
struct Finding: Equatable {
    let code: ValidationIssue.Code
    let path: ModelPath
    let message: String
    var fix: String?

    init(_ code: ValidationIssue.Code, at path: ModelPath, _ message: String, fix: String? = nil) {
        self.code = code
        self.path = path
        self.message = message
        self.fix = fix
    }
}

/// Every meaning rule, in the order their findings are most useful.
enum MeaningRules {
    static var all: [any MeaningRule.Type] {
        [StoreRules.self, TextRules.self, SpanRules.self, IdentifierRules.self, ReferenceRules.self,
         VerdictRules.self, DateRules.self, URLRules.self]
    }

    static func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for rule in all { rule.check(context, into: &findings) }
        return findings
    }
}
