import Foundation

/// Checks a store's `claimkit.json` and yields the verdict scale its files are checked
/// against (`nil` when the configuration cannot be read, so ratings are not judged against a
/// scale that may be wrong).
enum StoreConfigurationValidation {
    static func validate(_ path: String) -> (issues: [ValidationIssue], scale: VerdictScale?) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return ([ValidationIssue(code: .unreadablePath, file: path, message: "cannot read the store configuration: \(error.localizedDescription)")], nil)
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(data)
        } catch {
            return ([ValidationIssue(code: .jsonSyntax, file: path, line: error.position.line, column: error.position.column,
                                     message: "not JSON: \(error.message)", fix: error.fix)], nil)
        }
        if let version = root["formatVersion"], let number = version.number, number.integer != AnnotationFile.currentFormatVersion {
            return ([ValidationIssue(code: .unsupportedFormatVersion, file: path, line: version.position.line, column: version.position.column,
                                     pointer: "/formatVersion",
                                     message: "store format version \(number.literal) is not one this claimkit reads (it reads \(AnnotationFile.currentFormatVersion))",
                                     fix: "upgrade claimkit")], nil)
        }
        var checker = ShapeChecker(file: path)
        checker.check(root, .object(StoreConfigurationShape.root), label: ShapeChecker.Label(object: "the store configuration"))
        guard checker.issues.isEmpty, let configuration = try? StoreConfiguration(from: JSONTreeDecoder(root)) else {
            return (checker.issues, nil)
        }
        let issues = scaleIssues(configuration.verdictScale, path: path, locator: JSONLocator(root: root))
        return (issues, configuration.verdictScale)
    }

    /// A scale that contradicts itself: no ratings, a name twice, values outside worst…best.
    private static func scaleIssues(_ scale: VerdictScale, path: String, locator: JSONLocator) -> [ValidationIssue] {
        var findings: [Finding] = []
        let scalePath = ModelPath("verdictScale")
        if scale.ratings.isEmpty {
            findings.append(Finding(.invalidStoreConfiguration, at: scalePath.appending("ratings"), "the verdict scale has no ratings",
                                    fix: "list the ratings reviewers may give (claimkit init writes the default scale)"))
        }
        if scale.worst > scale.best {
            findings.append(Finding(.invalidStoreConfiguration, at: scalePath.appending("worst"),
                                    "the verdict scale's worst value \(scale.worst) is above its best \(scale.best)"))
        }
        var seen = Set<String>()
        for (index, rating) in scale.ratings.enumerated() {
            let ratingPath = scalePath.appending("ratings", .index(index))
            if !seen.insert(rating.name).inserted {
                findings.append(Finding(.invalidStoreConfiguration, at: ratingPath.appending("name"),
                                        "the rating '\(rating.name)' is on the verdict scale twice", fix: "keep one"))
            }
            if scale.worst <= scale.best, !(scale.worst...scale.best).contains(rating.value) {
                findings.append(Finding(.invalidStoreConfiguration, at: ratingPath.appending("value"),
                                        "the rating '\(rating.name)' has value \(rating.value), outside the scale's \(scale.worst)…\(scale.best)"))
            }
        }
        return findings.map { $0.issue(in: path, locator: locator) }
    }
}

extension Finding {
    /// The issue this finding is, placed in `file` by `locator`.
    func issue(in file: String, locator: some IssueLocator) -> ValidationIssue {
        let location = locator.locate(path)
        return ValidationIssue(code: code, file: file, line: location.line, column: location.column,
                               pointer: location.pointer, message: message, fix: fix)
    }
}
