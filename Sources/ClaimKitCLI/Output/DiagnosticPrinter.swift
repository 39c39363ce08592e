import ClaimKit

/// Validation issues as compiler-style lines, which terminals, editors and CI logs
/// recognise: `path:line:column: error: message [pointer] (fix) [CK203]`.
///
/// An unknown line or column is left out (`path:12: …`, `path: …`), as compilers do,
/// rather than printed as 0.
enum DiagnosticPrinter {
    static func lines(_ report: ValidationReport) -> [String] {
        report.issues.map(line)
    }

    static func line(_ issue: ValidationIssue) -> String {
        var text = issue.file
        if issue.line > 0 { text += ":\(issue.line)" + (issue.column > 0 ? ":\(issue.column)" : "") }
        text += ": \(issue.severity.rawValue): \(issue.message)"
        if let pointer = issue.pointer { text += " [\(pointer)]" }
        if let fix = issue.fix { text += " (\(fix))" }
        return text + " [\(issue.code.rawValue)]"
    }
}
