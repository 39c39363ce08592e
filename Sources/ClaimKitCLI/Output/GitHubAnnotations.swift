import ClaimKit

/// Validation issues as GitHub Actions workflow commands, which GitHub shows as annotations
/// on the lines of a pull request's diff:
/// `::error file=annotations/documents/talks.json,line=12,col=9,title=CK203::message`.
///
/// Values are escaped as the runner expects (`%`, CR and LF everywhere; also `:` and `,` in
/// properties), so a message that quotes the article cannot break the command.
enum GitHubAnnotations {
    static func lines(_ report: ValidationReport) -> [String] {
        report.issues.map(line)
    }

    static func line(_ issue: ValidationIssue) -> String {
        var properties = ["file=\(property(issue.file))"]
        if issue.line > 0 { properties.append("line=\(issue.line)") }
        if issue.column > 0 { properties.append("col=\(issue.column)") }
        properties.append("title=\(property("claimkit \(issue.code.rawValue)"))")
        var message = issue.message
        if let pointer = issue.pointer { message += " [\(pointer)]" }
        if let fix = issue.fix { message += " (\(fix))" }
        return "::\(issue.severity.rawValue) \(properties.joined(separator: ","))::\(data(message))"
    }

    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
