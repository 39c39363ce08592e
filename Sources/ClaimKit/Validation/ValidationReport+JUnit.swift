import Foundation
import LibXML

extension ValidationReport {
    /// The report as JUnit XML, the format CI dashboards (Jenkins, GitLab, Azure, the JUnit
    /// report actions of GitHub) read, written through libxml2's writer.
    ///
    /// Each checked file is a `<testsuite>` named by its path; each error in it is a failing
    /// `<testcase>` (`<error>` for input that could not be validated at all, `<failure>`
    /// otherwise) whose name gives the position and code, and a file without errors has one
    /// passing test case, so a dashboard counts files and problems. Warnings go to the
    /// suite's `<system-out>`.
    ///
    /// It lives in the library, not the CLI, because only the library may reach libxml2.
    ///
    /// - Throws: ``LibXMLError`` when libxml2 cannot write (out of memory).
    public func junitXML() throws -> Data {
        let xml = try XMLWriter()
        let failures = files.reduce(0) { $0 + $1.issues.count { $0.severity == .error && !$0.code.isInputProblem } }
        let inputErrors = files.reduce(0) { $0 + $1.issues.count { $0.severity == .error && $0.code.isInputProblem } }
        let tests = files.reduce(0) { $0 + max(1, $1.errorCount) }
        try xml.startElement("testsuites")
        try xml.attribute("name", "claimkit validate")
        try xml.attribute("tests", String(tests))
        try xml.attribute("failures", String(failures))
        try xml.attribute("errors", String(inputErrors))
        for file in files { try writeSuite(file, xml) }
        try xml.endElement()
        return try xml.finish()
    }

    private func writeSuite(_ file: FileResult, _ xml: XMLWriter) throws {
        let errors = file.issues.filter { $0.severity == .error }
        let warnings = file.issues.filter { $0.severity == .warning }
        try xml.startElement("testsuite")
        try xml.attribute("name", Self.xmlSafe(file.path))
        try xml.attribute("tests", String(max(1, errors.count)))
        try xml.attribute("failures", String(errors.count { !$0.code.isInputProblem }))
        try xml.attribute("errors", String(errors.count { $0.code.isInputProblem }))
        if errors.isEmpty {
            try xml.startElement("testcase")
            try xml.attribute("classname", Self.xmlSafe(file.path))
            try xml.attribute("name", "valid")
            try xml.endElement()
        }
        for issue in errors {
            try xml.startElement("testcase")
            try xml.attribute("classname", Self.xmlSafe(file.path))
            try xml.attribute("name", Self.xmlSafe("\(Self.position(issue)) \(issue.code.rawValue)"))
            try xml.startElement(issue.code.isInputProblem ? "error" : "failure")
            try xml.attribute("type", issue.code.rawValue)
            try xml.attribute("message", Self.xmlSafe(issue.message))
            try xml.text(Self.xmlSafe(Self.line(issue)))
            try xml.endElement()
            try xml.endElement()
        }
        if !warnings.isEmpty {
            try xml.element("system-out", text: Self.xmlSafe(warnings.map(Self.line).joined(separator: "\n")))
        }
        try xml.endElement()
    }

    /// `path:line:column`, leaving out what is unknown.
    private static func position(_ issue: ValidationIssue) -> String {
        issue.file + (issue.line > 0 ? ":\(issue.line)" + (issue.column > 0 ? ":\(issue.column)" : "") : "")
    }

    /// The issue as one line of text, as the text output prints it.
    private static func line(_ issue: ValidationIssue) -> String {
        "\(position(issue)): \(issue.severity.rawValue): \(issue.message)" + (issue.pointer.map { " [\($0)]" } ?? "")
            + (issue.fix.map { " (\($0))" } ?? "") + " [\(issue.code.rawValue)]"
    }

    /// `text` with the scalars XML 1.0 cannot carry (C0 controls but tab, line feed and
    /// carriage return; U+FFFE, U+FFFF) replaced by U+FFFD: a message may quote a broken file.
    static func xmlSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isXMLCharacter($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isXMLCharacter($0) ? $0 : "\u{FFFD}" }))
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
