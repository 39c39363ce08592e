/// Web addresses are absolute http(s) URLs with a host (CK211), as ``InputChecks`` requires
/// of what users type. (Citations keep the URL as the article wrote it; the schema only
/// requires them to start with http:// or https://.)
enum URLRules: MeaningRule {
    static func check(_ context: RuleContext, into findings: inout [Finding]) {
        let file = context.file
        check(file.document.url, ModelPath("document", "url"), &findings)
        for (index, source) in file.sources.enumerated() {
            check(source.url, ModelPath("sources", .index(index), "url"), &findings)
            check(source.archiveURL, ModelPath("sources", .index(index), "archiveURL"), &findings)
        }
    }

    private static func check(_ value: String?, _ path: ModelPath, _ findings: inout [Finding]) {
        guard let value, !InputChecks.isWebURL(value) else { return }
        findings.append(Finding(.invalidURL, at: path, "'\(value)' is not an absolute http(s) URL with a host",
                                fix: "write the full address, e.g. https://example.org/report"))
    }
}
