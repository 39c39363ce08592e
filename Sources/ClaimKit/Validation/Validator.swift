import Dispatch

/// Validates annotation files and stores for CI (SPEC §7): schema conformance, then meaning,
/// reporting every problem as a ``ValidationIssue``.
///
/// ```swift
/// let report = Validator(strict: false).validate(paths: ["annotations"])
/// for issue in report.issues { print(issue) }
/// ```
///
/// Files are validated in parallel on every core; each file's work is linear in its size and
/// its text's. The report does not depend on the number of threads: files keep the order they
/// were named in, and each file's issues are sorted by position.
public struct Validator: Sendable {
    /// Whether warnings count as errors (`--strict`).
    public var strict: Bool

    public init(strict: Bool = false) {
        self.strict = strict
    }

    /// Validates the annotation files (`.json`, `.xml`) and store directories at `paths`.
    ///
    /// Never throws: a missing path, a directory that is no store or a file that is neither
    /// JSON nor XML is an issue of its own (``ValidationReport/hasInputProblems``).
    public func validate(paths: [String]) -> ValidationReport {
        let plan = ValidationPlan(paths: paths)
        let targets = plan.slots.compactMap { slot -> ValidationTarget? in
            if case .target(let target) = slot { return target }
            return nil
        }
        let checked = Self.validateInParallel(targets)
        var next = 0
        let files = plan.slots.map { slot -> ValidationReport.FileResult in
            switch slot {
            case .done(let result):
                return finished(result)
            case .target(let target):
                defer { next += 1 }
                return finished(ValidationReport.FileResult(path: target.path, issues: checked[next]))
            }
        }
        return ValidationReport(files: files)
    }

    /// Each target's issues, computed on every core.
    private static func validateInParallel(_ targets: [ValidationTarget]) -> [[ValidationIssue]] {
        var results = [[ValidationIssue]](repeating: [], count: targets.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = ResultSlots(buffer)
            // Each iteration writes only its own slot, so the writes never overlap.
            DispatchQueue.concurrentPerform(iterations: targets.count) { index in
                slots.buffer[index] = AnnotationFileValidation.validate(targets[index])
            }
        }
        return results
    }

    /// Sorts a file's issues by position (file-level ones first) and applies `strict`.
    private func finished(_ result: ValidationReport.FileResult) -> ValidationReport.FileResult {
        var issues = result.issues.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
        if strict {
            for index in issues.indices { issues[index].severity = .error }
        }
        return ValidationReport.FileResult(path: result.path, issues: issues)
    }
}

/// The result buffer, shared with the worker threads; each writes a slot of its own.
private struct ResultSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<[ValidationIssue]>

    init(_ buffer: UnsafeMutableBufferPointer<[ValidationIssue]>) {
        self.buffer = buffer
    }
}
