import ArgumentParser
import ClaimKit
import Foundation

/// `--format` of `claimkit validate`.
enum ValidationFormat: String, ExpressibleByArgument, CaseIterable {
    /// `path:line:column: error: message`, then a summary.
    case text
    /// The whole report as JSON, for other tools.
    case json
    /// GitHub Actions workflow commands (annotations on the pull request).
    case github
    /// JUnit XML, for CI dashboards.
    case junit
}

/// Writes a validation report in the chosen format, to standard output or a file.
enum ValidationOutput {
    static func write(_ report: ValidationReport, format: ValidationFormat, to path: String?) throws {
        let text: String
        switch format {
        case .text:
            text = (DiagnosticPrinter.lines(report) + [report.summary]).joined(separator: "\n") + "\n"
        case .github:
            text = GitHubAnnotations.lines(report).map { $0 + "\n" }.joined()
        case .json:
            text = try JSONOutput.string(ValidationJSONReport(report)) + "\n"
        case .junit:
            text = String(decoding: try report.junitXML(), as: UTF8.self)
        }
        guard let path else { return print(text, terminator: "") }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError(message: "cannot write the report to \(path): \(error.localizedDescription)")
        }
    }
}

/// The `--format json` report: the verdict first, then every file with its issues.
struct ValidationJSONReport: Encodable {
    let valid: Bool
    let errorCount: Int
    let warningCount: Int
    let fileCount: Int
    let files: [ValidationReport.FileResult]

    init(_ report: ValidationReport) {
        valid = report.isValid
        errorCount = report.errorCount
        warningCount = report.warningCount
        fileCount = report.files.count
        files = report.files
    }
}
