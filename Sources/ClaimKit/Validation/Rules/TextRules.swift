/// The document's recorded hash and length against its text (CK201, CK202).
enum TextRules: MeaningRule {
    static func check(_ context: RuleContext, into findings: inout [Finding]) {
        guard let text = context.text else { return }
        let metadata = context.file.document
        if !text.matches(metadata) {
            findings.append(Finding(.textHashMismatch, at: ModelPath("document", "textSHA256"),
                                    "textSHA256 is \(short(metadata.textSHA256)), but the text in \(text.path) has SHA-256 \(short(text.sha256)); spans were not checked against it",
                                    fix: "if the text was edited on purpose, re-ingest it with `claimkit add` (annotations are re-anchored); otherwise restore the text"))
        }
        if metadata.length != text.document.length {
            findings.append(Finding(.textLengthMismatch, at: ModelPath("document", "length"),
                                    "length is \(metadata.length), but the text in \(text.path) has \(text.document.length) code points",
                                    fix: "set length to \(text.document.length)"))
        }
    }

    /// The first 12 hex digits, enough to tell two hashes apart in a message.
    static func short(_ sha256: String) -> String {
        sha256.count > 12 ? String(sha256.prefix(12)) + "…" : sha256
    }
}
