extension ValidationIssue {
    /// The stable codes of the validator's rules (in the manner of spaCy's `errors.py`).
    ///
    /// A code never changes meaning once released, so CI configurations and documentation can
    /// refer to it. The hundreds say what kind of problem it is:
    /// - `CK0xx`: the input cannot be validated at all (`claimkit validate` exits 2);
    /// - `CK1xx`: the file does not follow the native format's schema (the JSON Schema and
    ///   XSD in `schemas/`), or is not well-formed JSON or XML;
    /// - `CK2xx`: the file follows the schema but says something untrue about its text, its
    ///   own records or its store;
    /// - `CK3xx`: warnings.
    public enum Code: String, Sendable, Codable, CaseIterable, Comparable {
        /// A path that does not exist or cannot be read.
        case unreadablePath = "CK001"
        /// A directory without `claimkit.json`.
        case notAStore = "CK002"
        /// A file that is neither JSON nor XML.
        case unknownFileKind = "CK003"

        /// Not JSON (RFC 8259): the parser stops at the first such problem.
        case jsonSyntax = "CK100"
        /// A field the format does not have (often a typo: nothing would read it).
        case unknownField = "CK101"
        /// A value of the wrong JSON type.
        case wrongType = "CK102"
        /// A required field is absent (or one of a pair is given without the other).
        case missingField = "CK103"
        /// A value outside what the schema allows: an enumeration, a pattern, a range.
        case invalidValue = "CK104"
        /// A format version this claimkit does not read.
        case unsupportedFormatVersion = "CK105"
        /// The same key twice in one JSON object (readers disagree on which one counts).
        case duplicateKey = "CK106"
        /// Not well-formed XML, or XML that declares entities or an external DTD.
        case xmlSyntax = "CK110"
        /// A violation of `schemas/claimkit.xsd`, as libxml2's schema validator reports it.
        case xmlSchema = "CK111"
        /// XML the XSD allows but the native reader cannot take (a span with start after end).
        case xmlVocabulary = "CK112"

        /// The document's `textSHA256` is not the SHA-256 of its text.
        case textHashMismatch = "CK201"
        /// The document's `length` is not the length of its text in code points.
        case textLengthMismatch = "CK202"
        /// A span reaches past the end of the text (or a quotation's content past its mention).
        case spanOutsideText = "CK203"
        /// A span whose start lies after its end.
        case spanReversed = "CK204"
        /// The recorded exact text differs from the text at the span.
        case exactTextMismatch = "CK205"
        /// A claim's recorded prefix or suffix differs from the text around its span.
        case contextMismatch = "CK206"
        /// Two records of one kind share an id.
        case duplicateID = "CK207"
        /// An id that names no record: a claim's mention or source, a verdict's claim or source.
        case unresolvedReference = "CK208"
        /// A verdict's rating is not on the store's verdict scale.
        case ratingNotOnScale = "CK209"
        /// A date that names no real day (2025-02-30).
        case invalidDate = "CK210"
        /// A URL that is not an absolute http(s) URL with a host.
        case invalidURL = "CK211"
        /// In a store, a file whose document id is not its file name.
        case documentIDMismatch = "CK212"
        /// In a store, an annotation file whose text (`documents/ID.txt`) is missing.
        case missingText = "CK213"
        /// A text file that cannot be read as UTF-8.
        case unreadableText = "CK214"
        /// A store configuration (`claimkit.json`) whose verdict scale contradicts itself.
        case invalidStoreConfiguration = "CK215"

        /// A file with no text beside it: its hash and spans could not be checked.
        case textNotFound = "CK301"
        /// An orphaned claim: its span points into an older text and is not checked.
        case orphanedClaim = "CK302"
        /// A claim that has a verdict but no source, on the claim or on the verdict.
        case verdictWithoutSources = "CK303"
        /// In a store, a text with no annotation file.
        case textWithoutAnnotations = "CK304"

        /// Errors, except for the `CK3xx` warnings.
        public var defaultSeverity: Severity {
            rawValue.hasPrefix("CK3") ? .warning : .error
        }

        /// Whether the problem keeps the input from being validated (exit code 2).
        public var isInputProblem: Bool { rawValue.hasPrefix("CK0") }

        /// Whether the problem is a schema violation, which an independent validator
        /// (`xmllint --schema`, `jsonschema`) also finds. Duplicate keys and the XML reader's
        /// own checks are beyond what the schemas can say, so they are not.
        public var isSchemaLevel: Bool {
            rawValue.hasPrefix("CK1") && self != .duplicateKey && self != .xmlVocabulary
        }

        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
