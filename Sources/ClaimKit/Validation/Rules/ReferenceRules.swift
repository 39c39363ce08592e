/// Every id a record names resolves (CK208): a claim's mentions and sources, a verdict's
/// claim and sources.
enum ReferenceRules: MeaningRule {
    static func check(_ context: RuleContext, into findings: inout [Finding]) {
        let file = context.file
        let mentions = Set(file.mentions.map(\.id)), claims = Set(file.claims.map(\.id)), sources = Set(file.sources.map(\.id))

        for (index, claim) in file.claims.enumerated() {
            let path = ModelPath("claims", .index(index))
            for (position, id) in claim.mentionIDs.enumerated() where !mentions.contains(id) {
                findings.append(Finding(.unresolvedReference, at: path.appending("mentions", .index(position)),
                                        "claim \(claim.id) lists mention \(id), which is not in the file",
                                        fix: "remove it from the claim's mentions, or restore mention \(id)"))
            }
            for (position, link) in claim.sourceLinks.enumerated() where !sources.contains(link.source) {
                findings.append(Finding(.unresolvedReference, at: path.appending("sources", .index(position), "source"),
                                        "claim \(claim.id) links source \(link.source), which is not in the file",
                                        fix: "add the source with `claimkit source add`, or remove the link"))
            }
        }
        for (index, verdict) in file.verdicts.enumerated() {
            let path = ModelPath("verdicts", .index(index))
            if !claims.contains(verdict.claim) {
                findings.append(Finding(.unresolvedReference, at: path.appending("claim"),
                                        "verdict \(verdict.id) is on claim \(verdict.claim), which is not in the file",
                                        fix: "point it at an existing claim (`claimkit claims` lists them)"))
            }
            for (position, id) in verdict.sources.enumerated() where !sources.contains(id) {
                findings.append(Finding(.unresolvedReference, at: path.appending("sources", .index(position)),
                                        "verdict \(verdict.id) relies on source \(id), which is not in the file",
                                        fix: "add the source, or remove it from the verdict's sources"))
            }
        }
    }
}
