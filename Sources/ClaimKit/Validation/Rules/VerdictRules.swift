/// Verdicts against the verdict scale (CK209), and claims judged without any source (CK303).
enum VerdictRules: MeaningRule {
    static func check(_ context: RuleContext, into findings: inout [Finding]) {
        let file = context.file
        if let scale = context.scale {
            for (index, verdict) in file.verdicts.enumerated() where scale.rating(named: verdict.rating) == nil {
                findings.append(Finding(.ratingNotOnScale, at: ModelPath("verdicts", .index(index), "rating"),
                                        "verdict \(verdict.id)'s rating '\(verdict.rating)' is not on \(context.scaleOrigin) (\(scale.ratings.map(\.name).joined(separator: ", ")))",
                                        fix: "use a rating of the scale, or add '\(verdict.rating)' to the scale in claimkit.json"))
            }
        }
        var judged: [String: [Verdict]] = [:]
        for verdict in file.verdicts { judged[verdict.claim, default: []].append(verdict) }
        for (index, claim) in file.claims.enumerated() {
            guard let verdicts = judged[claim.id], claim.sourceLinks.isEmpty, verdicts.allSatisfy({ $0.sources.isEmpty }) else { continue }
            findings.append(Finding(.verdictWithoutSources, at: ModelPath("claims", .index(index), "sources"),
                                    "claim \(claim.id) has a verdict (\(verdicts.map(\.id).joined(separator: ", "))) but no sources",
                                    fix: "link what the verdict relies on: `claimkit source add DOC#\(claim.id) --url …`"))
        }
    }
}
