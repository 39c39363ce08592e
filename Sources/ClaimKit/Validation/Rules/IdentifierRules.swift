/// Ids are unique among the records of each kind (CK207): a reference to a shared id would
/// be ambiguous.
enum IdentifierRules: MeaningRule {
    static func check(_ context: RuleContext, into findings: inout [Finding]) {
        let file = context.file
        report(file.mentions.map(\.id), "mentions", "mention", &findings)
        report(file.claims.map(\.id), "claims", "claim", &findings)
        report(file.sources.map(\.id), "sources", "source", &findings)
        report(file.verdicts.map(\.id), "verdicts", "verdict", &findings)
    }

    /// Reports every repeat of an id, pointing back at its first use.
    private static func report(_ ids: [String], _ collection: String, _ noun: String, _ findings: inout [Finding]) {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let earlier = first[id] {
                findings.append(Finding(.duplicateID, at: ModelPath(.key(collection), .index(index), "id"),
                                        "\(noun) id '\(id)' is already used by an earlier \(noun) (number \(earlier + 1) in \(collection))",
                                        fix: "give this \(noun) an unused id and update whatever refers to it"))
            } else {
                first[id] = index
            }
        }
    }
}
