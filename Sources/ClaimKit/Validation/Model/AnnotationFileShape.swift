/// The native JSON annotation file, field by field, as ``NativeJSON`` writes it and
/// `schemas/claimkit.schema.json` (format version 1) describes it.
enum AnnotationFileShape {
    static let root = ObjectShape(name: "annotation file", fields: [
        .required("formatVersion", .integer(minimum: 0)),   // its value is checked first, on its own
        .required("document", .object(document)),
        .required("mentions", .array(of: .tagged(mention))),
        .required("claims", .array(of: .object(claim))),
        .required("sources", .array(of: .object(source))),
        .required("verdicts", .array(of: .object(verdict))),
    ])

    // MARK: - Values

    static let offset = Shape.integer(minimum: 0)
    static let mentionID = Shape.string(.identifier(prefix: UInt8(ascii: "m"), of: "mention"))
    static let claimID = Shape.string(.identifier(prefix: UInt8(ascii: "c"), of: "claim"))
    static let sourceID = Shape.string(.identifier(prefix: UInt8(ascii: "s"), of: "source"))
    static let verdictID = Shape.string(.identifier(prefix: UInt8(ascii: "v"), of: "verdict"))
    static let date = Shape.string(.date)
    static let webURL = Shape.string(.webURL)
    static let sha256 = Shape.string(.sha256)
    static let text = Shape.string(.any)
    static let unitInterval = Shape.number(0...1)

    // MARK: - Records

    static let document = ObjectShape(name: "document", fields: [
        .required("id", .string(.documentID)),
        .optional("title", text),
        .optional("url", webURL),
        .optional("publisher", text),
        .optional("author", text),
        .optional("published", date),
        .required("language", .string(.language)),
        .required("mediaType", .string(.oneOf(MediaType.allCases.map(\.rawValue)))),
        .required("textSHA256", sha256),
        .required("length", offset),
    ])

    static let mention = TaggedShape(name: "mention", tag: "kind", commonRequired: ["id", "kind", "start", "end", "text"], variants: [
        ("number", mentionVariant("number mention", kind: "number", [
            .required("value", .number(nil)),
            .optional("upper", .number(nil)),
            .optional("unit", text),
            .optional("currency", .string(.currency)),
            .optional("approximator", text),
            .optional("noun", text),
        ])),
        ("date", mentionVariant("date mention", kind: "date", [
            .required("type", .string(.oneOf(["DATE", "DURATION", "SET", "TIME"]))),
            .required("value", text),
        ])),
        ("quote", ObjectShape(name: "quote mention", fields: mentionCommon(kind: "quote") + [
            .optional("speaker", text),
            .optional("speakerStart", offset),
            .optional("speakerEnd", offset),
            .optional("cue", text),
            .required("contentStart", offset),
            .required("contentEnd", offset),
        ], pairs: [("speakerStart", "speakerEnd")])),
    ])

    private static func mentionCommon(kind: String) -> [FieldShape] {
        [.required("id", mentionID), .required("kind", .string(.oneOf([kind]))), .required("start", offset),
         .required("end", offset), .required("text", text)]
    }

    private static func mentionVariant(_ name: String, kind: String, _ fields: [FieldShape]) -> ObjectShape {
        ObjectShape(name: name, fields: mentionCommon(kind: kind) + fields)
    }

    static let claim = ObjectShape(name: "claim", fields: [
        .required("id", claimID),
        .required("selector", .object(ObjectShape(name: "selector", fields: [
            .required("start", offset), .required("end", offset), .required("exact", text),
            .required("prefix", text), .required("suffix", text),
        ]))),
        .required("mentions", .array(of: mentionID)),
        .required("reasons", .array(of: text)),
        .required("score", unitInterval),
        .required("status", .string(.oneOf(["flagged", "dismissed"]))),
        .required("provenance", .object(ObjectShape(name: "provenance", fields: [
            .required("agent", .string(.oneOf(["software", "person"]))), .required("name", text), .optional("version", text),
        ]))),
        .required("citations", .array(of: .object(ObjectShape(name: "citation", fields: [
            .optional("label", text), .optional("url", .string(.httpPrefix)), .required("text", text),
        ])))),
        .required("sources", .array(of: .object(ObjectShape(name: "source link", fields: [
            .required("source", sourceID), .required("relation", .string(.oneOf(SourceRelation.allCases.map(\.rawValue)))),
        ])))),
        .optional("dismissal", .object(ObjectShape(name: "dismissal", fields: [
            .required("reason", .string(.nonEmpty)), .optional("by", text), .required("date", date),
        ]))),
        .optional("anchoring", .object(ObjectShape(name: "anchoring", fields: [
            .required("method", .string(.oneOf(["exact", "moved", "fuzzy", "orphaned"]))),
            .optional("score", unitInterval), .required("fromSHA256", sha256), .required("toSHA256", sha256),
        ]))),
    ])

    static let source = ObjectShape(name: "source", fields: [
        .required("id", sourceID),
        .required("url", webURL),
        .optional("title", text),
        .optional("publisher", text),
        .optional("published", date),
        .optional("accessed", date),
        .optional("archiveURL", webURL),
        .optional("note", text),
    ])

    static let verdict = ObjectShape(name: "verdict", fields: [
        .required("id", verdictID),
        .required("claim", claimID),
        .required("rating", .string(.nonEmpty)),
        .required("rationale", .string(.nonEmpty)),
        .required("reviewer", .string(.nonEmpty)),
        .required("date", date),
        .required("sources", .array(of: sourceID)),
        .required("status", .string(.oneOf(Verdict.Status.allCases.map(\.rawValue)))),
    ])
}
