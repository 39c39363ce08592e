/// Spans against the text: inside it, with the recorded exact text, prefix and suffix
/// (CK203, CK205, CK206), and orphaned claims, whose spans point into an older text (CK302).
///
/// Without the text, spans are checked against the recorded length only. With a text whose
/// hash does not match, they are not checked at all: that one problem (CK201) explains them.
enum SpanRules: MeaningRule {
    static func check(_ context: RuleContext, into findings: inout [Finding]) {
        let file = context.file
        let text = context.text.flatMap { $0.matches(file.document) ? $0.document : nil }
        if context.text != nil && text == nil { return }
        let length = text?.length ?? file.document.length
        let lengthOrigin = text == nil ? "the recorded length" : "the text"

        for (index, mention) in file.mentions.enumerated() {
            let path = ModelPath("mentions", .index(index))
            guard inside(mention.span, length, lengthOrigin, "mention \(mention.id)", path.appending("end"), &findings) else { continue }
            if let quote = mention.quote {
                if !mention.span.contains(quote.contentSpan) {
                    findings.append(Finding(.spanOutsideText, at: path.appending("contentStart"),
                                            "quotation \(mention.id)'s content \(quote.contentSpan) is not inside the mention \(mention.span)"))
                }
                if let speaker = quote.speakerSpan {
                    _ = inside(speaker, length, lengthOrigin, "the speaker of \(mention.id)", path.appending("speakerEnd"), &findings)
                }
            }
            if let text { compareExact(mention.text, text, mention.span, "mention \(mention.id)", path.appending("text"), &findings) }
        }

        for (index, claim) in file.claims.enumerated() {
            let path = ModelPath("claims", .index(index))
            if claim.anchoring?.method == .orphaned {
                findings.append(Finding(.orphanedClaim, at: path.appending("anchoring", "method"),
                                        "claim \(claim.id) is orphaned: its text was not found after the article changed, so its span was not checked",
                                        fix: "re-attach it by hand with `claimkit claim add` and dismiss the orphan, or keep it on record"))
                continue
            }
            let selector = path.appending("selector")
            guard inside(claim.span, length, lengthOrigin, "claim \(claim.id)", selector.appending("end"), &findings), let text else { continue }
            compareExact(claim.text, text, claim.span, "claim \(claim.id)", selector.appending("exact"), &findings)
            compareContext(claim, text, selector, &findings)
        }
    }

    /// Reports a span that ends past `length` at `endPath`; `false` when it does.
    private static func inside(_ span: TextSpan, _ length: Int, _ origin: String, _ what: String, _ endPath: ModelPath,
                               _ findings: inout [Finding]) -> Bool {
        guard span.end > length else { return true }
        findings.append(Finding(.spanOutsideText, at: endPath,
                                "\(what) \(span) ends past the end of \(origin) (\(length) code points)",
                                fix: "offsets count Unicode code points, 0-based, end-exclusive, as Python's text[start:end]"))
        return false
    }

    private static func compareExact(_ recorded: String, _ text: Document, _ span: TextSpan, _ what: String, _ path: ModelPath,
                                     _ findings: inout [Finding]) {
        let actual = text.text(of: span)
        guard recorded != actual else { return }
        findings.append(Finding(.exactTextMismatch, at: path,
                                "\(what)'s recorded text \(quoted(recorded)) differs from the text at \(span): \(quoted(actual))",
                                fix: "offsets count Unicode code points, not bytes or UTF-16 units; re-ingest the text if it changed"))
    }

    /// The recorded prefix must be the text just before the span, the suffix the text just
    /// after it (of their own lengths, as a W3C TextQuoteSelector's are).
    private static func compareContext(_ claim: Claim, _ text: Document, _ selector: ModelPath, _ findings: inout [Finding]) {
        let prefixLength = claim.prefix.unicodeScalars.count, suffixLength = claim.suffix.unicodeScalars.count
        let before = claim.span.start >= prefixLength
            ? text.text(of: TextSpan(start: claim.span.start - prefixLength, end: claim.span.start)) : nil
        if before != claim.prefix {
            let actual = text.text(of: TextSpan(start: max(0, claim.span.start - Claim.contextLength), end: claim.span.start))
            findings.append(Finding(.contextMismatch, at: selector.appending("prefix"),
                                    "claim \(claim.id)'s prefix \(quoted(claim.prefix)) is not the text before its span: \(quoted(actual))",
                                    fix: "set the prefix to the text before the span"))
        }
        let after = claim.span.end + suffixLength <= text.length
            ? text.text(of: TextSpan(start: claim.span.end, end: claim.span.end + suffixLength)) : nil
        if after != claim.suffix {
            let actual = text.text(of: TextSpan(start: claim.span.end, end: min(text.length, claim.span.end + Claim.contextLength)))
            findings.append(Finding(.contextMismatch, at: selector.appending("suffix"),
                                    "claim \(claim.id)'s suffix \(quoted(claim.suffix)) is not the text after its span: \(quoted(actual))",
                                    fix: "set the suffix to the text after the span"))
        }
    }

    /// A text in quotes for a message, cut to 60 code points, line breaks shown as ⏎.
    static func quoted(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var shown = String(String.UnicodeScalarView(scalars.prefix(60))).replacingOccurrences(of: "\n", with: "⏎")
        if scalars.count > 60 { shown += "…" }
        return "\"\(shown)\""
    }
}
