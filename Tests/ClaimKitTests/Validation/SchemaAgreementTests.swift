import Foundation
import Testing
@testable import ClaimKit

/// claimkit's schema verdicts agree with independent validators on every file of the corpus:
/// Python's `jsonschema` (draft 2020-12) with `schemas/claimkit.schema.json`, and
/// `xmllint --schema schemas/claimkit.xsd` (run through ``ExternalValidators``, which fails
/// with the install command when a tool is missing).
///
/// A file is schema-invalid for claimkit when it has a schema-level issue
/// (``ValidationIssue/Code/isSchemaLevel``); duplicate JSON keys and the XML reader's own
/// checks are beyond what either schema can state, so they do not count. For JSON the places
/// agree too: every path `jsonschema` reports leads to a pointer claimkit reports, and the
/// other way round (`jsonschema` names the object for a missing or unknown field, claimkit
/// the field itself).
@Suite struct SchemaAgreementTests {
    private var jsonFiles: [String] {
        ValidationCorpus.json.map(ValidationCorpus.path(of:)) + [ValidationCorpus.path("valid/talks.json"), ValidationCorpus.path("store/documents/talks.json")]
    }

    private var xmlFiles: [String] {
        ValidationCorpus.xml.map(ValidationCorpus.path(of:)) + [ValidationCorpus.path("valid/talks.xml")]
    }

    /// The schema-level issues claimkit reports for `path` (none when schema-valid).
    private func schemaIssues(_ path: String) -> [ValidationIssue] {
        Validator().validate(paths: [path]).issues.filter(\.code.isSchemaLevel)
    }

    @Test func jsonschemaAgreesOnEveryJSONFile() throws {
        let results = try ExternalValidators.jsonschema(jsonFiles)
        for file in jsonFiles {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let problems = try #require(results[file], "jsonschema gave no result for \(name)")
            let ours = schemaIssues(file)
            if let syntax = problems.first, syntax.hasPrefix("not JSON") {
                #expect(ours.map(\.code) == [.jsonSyntax], "\(name): \(syntax)")
                continue
            }
            #expect(problems.isEmpty == ours.isEmpty, "\(name): jsonschema \(problems), claimkit \(ours)")
            // "/claims/0: 'x' is a required property" → "/claims/0" ("/" for the root).
            let theirs = problems.map { String($0.prefix { $0 != ":" }) }.map { $0 == "/" ? "" : $0 }
            let pointers = ours.map { $0.pointer ?? "" }
            for path in theirs {
                #expect(pointers.contains { $0 == path || $0.hasPrefix(path + "/") }, "\(name): jsonschema reports \(path), claimkit \(pointers)")
            }
            for pointer in pointers {
                #expect(theirs.contains { pointer == $0 || pointer.hasPrefix($0 + "/") }, "\(name): claimkit reports \(pointer), jsonschema \(theirs)")
            }
        }
    }

    @Test func xmllintAgreesOnEveryXMLFile() throws {
        let results = try ExternalValidators.xmllint(xmlFiles)
        for file in xmlFiles {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let problems = try #require(results[file], "xmllint gave no result for \(name)")
            let ours = schemaIssues(file)
            #expect(problems.isEmpty == ours.isEmpty, "\(name): xmllint \(problems), claimkit \(ours)")
            #expect(problems.count == ours.count || ours.first?.code == .xmlSyntax || ours.first?.code == .unsupportedFormatVersion,
                    "\(name): xmllint \(problems), claimkit \(ours)")
        }
    }
}
