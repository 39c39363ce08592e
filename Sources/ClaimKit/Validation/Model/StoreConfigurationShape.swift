/// A store's `claimkit.json` (``StoreConfiguration``): its format version and verdict scale.
enum StoreConfigurationShape {
    static let root = ObjectShape(name: "store configuration", fields: [
        .required("formatVersion", .integer(minimum: 0)),
        .required("verdictScale", .object(ObjectShape(name: "verdict scale", fields: [
            .required("ratings", .array(of: .object(ObjectShape(name: "rating", fields: [
                .required("name", .string(.nonEmpty)),
                .required("label", .string(.nonEmpty)),
                .required("value", .integer(minimum: Int.min)),
            ])))),
            .required("best", .integer(minimum: Int.min)),
            .required("worst", .integer(minimum: Int.min)),
        ]))),
    ])
}
