/// Dates name real days (CK210). The `YYYY-MM-DD` form is the schema's business; whether
/// 2025-02-30 exists is not something a pattern can say.
enum DateRules: MeaningRule {
    static func check(_ context: RuleContext, into findings: inout [Finding]) {
        let file = context.file
        check(file.document.published, ModelPath("document", "published"), &findings)
        for (index, source) in file.sources.enumerated() {
            check(source.published, ModelPath("sources", .index(index), "published"), &findings)
            check(source.accessed, ModelPath("sources", .index(index), "accessed"), &findings)
        }
        for (index, claim) in file.claims.enumerated() {
            check(claim.dismissal?.date, ModelPath("claims", .index(index), "dismissal", "date"), &findings)
        }
        for (index, verdict) in file.verdicts.enumerated() {
            check(verdict.date, ModelPath("verdicts", .index(index), "date"), &findings)
        }
    }

    private static func check(_ value: String?, _ path: ModelPath, _ findings: inout [Finding]) {
        guard let value, CalendarDate(iso8601: value) == nil else { return }
        findings.append(Finding(.invalidDate, at: path, "'\(value)' is not a real day written YYYY-MM-DD",
                                fix: "write an existing date, e.g. 2025-11-28"))
    }
}
