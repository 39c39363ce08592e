/// In a store, a document's id is its file name (CK212): the store finds documents by it.
enum StoreRules: MeaningRule {
    static func check(_ context: RuleContext, into findings: inout [Finding]) {
        guard let expected = context.expectedDocumentID, context.file.document.id != expected else { return }
        findings.append(Finding(.documentIDMismatch, at: ModelPath("document", "id"),
                                "document id '\(context.file.document.id)' differs from the file name '\(expected)'",
                                fix: "set the id to '\(expected)', or rename the file and its text to '\(context.file.document.id)'"))
    }
}
