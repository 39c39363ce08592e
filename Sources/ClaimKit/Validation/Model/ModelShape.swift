/// What a JSON value of the native format must look like: a small, closed description of the
/// model that the strict check walks (unknown fields, wrong types, missing fields, values
/// outside their enumeration, pattern or range are all errors).
///
/// It says what `schemas/claimkit.schema.json` says, in a form that checks fast and reports
/// in a person's words; `ValidationSchemaAgreementTests` runs Python's `jsonschema` on the
/// same files to prove the two agree.
indirect enum Shape: Sendable {
    /// A closed object: only the listed fields.
    case object(ObjectShape)
    case array(of: Shape)
    case string(StringFormat)
    /// A whole number (JSON Schema `integer`: `3.0` counts) of at least `minimum`.
    case integer(minimum: Int)
    /// Any number, or one inside `range`.
    case number(ClosedRange<Double>?)
    /// An object whose `tag` field picks the shape of the rest (a mention's `kind`).
    case tagged(TaggedShape)
}

/// A field of an object shape.
struct FieldShape: Sendable {
    let name: String
    let shape: Shape
    let isRequired: Bool

    static func required(_ name: String, _ shape: Shape) -> FieldShape {
        FieldShape(name: name, shape: shape, isRequired: true)
    }

    static func optional(_ name: String, _ shape: Shape) -> FieldShape {
        FieldShape(name: name, shape: shape, isRequired: false)
    }
}

/// A closed object shape.
struct ObjectShape: Sendable {
    /// What the object is, for messages: "claim", "source link".
    let name: String
    let fields: [FieldShape]
    /// Fields that are given together or not at all (`dependentRequired` both ways).
    var pairs: [(String, String)] = []

    func field(_ name: String) -> FieldShape? {
        fields.first { $0.name == name }
    }
}

/// An object whose shape depends on one of its fields, as `if`/`then` in the JSON Schema.
///
/// While the tag is missing or unknown only the fields every variant requires are checked
/// (which is all the schema can say then); once it is known, its variant is checked whole.
struct TaggedShape: Sendable {
    let name: String
    let tag: String
    let commonRequired: [String]
    let variants: [(tag: String, shape: ObjectShape)]
}
