import Foundation
import LibXML
import Testing
@testable import ClaimKit

/// `schemas/` describes the native formats field by field, and what claimkit writes validates
/// against it with independent validators, while broken files fail both (SPEC §5).
@Suite struct SchemaTests {
    private var brokenDirectory: URL { Fixtures.url("broken") }

    @Test func libraryCopiesMatchTheSchemasFolder() throws {
        #expect(Schemas.xsd == (try Data(contentsOf: URL(fileURLWithPath: ExternalValidators.xsdPath))),
                "Sources/ClaimKit/Resources/claimkit.xsd differs from schemas/claimkit.xsd: copy it over")
        #expect(Schemas.jsonSchema == (try Data(contentsOf: URL(fileURLWithPath: ExternalValidators.jsonSchemaPath))),
                "Sources/ClaimKit/Resources/claimkit.schema.json differs from schemas/: copy it over")
    }

    @Test func everyFileClaimkitWritesValidatesWithXmllintAndJsonschema() throws {
        let directory = try makeTemporaryDirectory("schemas")
        var jsonFiles: [String] = [], xmlFiles: [String] = []
        let validator = try SchemaValidator(xsd: Schemas.xsd)
        for (index, file) in try AnnotationSamples.all().enumerated() {
            let base = "\(directory)/\(index)-\(file.document.id)"
            let xml = try NativeXML.encode(file)
            try NativeJSON.encode(file).write(to: URL(fileURLWithPath: base + ".json"))
            try xml.write(to: URL(fileURLWithPath: base + ".xml"))
            jsonFiles.append(base + ".json")
            xmlFiles.append(base + ".xml")
            #expect(validator.validate(try XMLDocument(data: xml)).isEmpty, "in-process XSD validation of \(file.document.id)")
        }
        #expect(xmlFiles.count == 7)
        for (file, problems) in try ExternalValidators.xmllint(xmlFiles) { #expect(problems.isEmpty, "\(file): \(problems)") }
        for (file, problems) in try ExternalValidators.jsonschema(jsonFiles) { #expect(problems.isEmpty, "\(file): \(problems)") }
    }

    @Test func brokenFilesFailBothValidators() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: brokenDirectory.path)
        let xmlFiles = names.filter { $0.hasSuffix(".xml") }.sorted().map { brokenDirectory.appendingPathComponent($0).path }
        let jsonFiles = names.filter { $0.hasSuffix(".json") }.sorted().map { brokenDirectory.appendingPathComponent($0).path }
        #expect(xmlFiles.count >= 10 && xmlFiles.count == jsonFiles.count)

        let xmllint = try ExternalValidators.xmllint(xmlFiles), jsonschema = try ExternalValidators.jsonschema(jsonFiles)
        let validator = try SchemaValidator(xsd: Schemas.xsd)
        for file in xmlFiles {
            let isBase = file.hasSuffix("/valid.xml")
            #expect(xmllint[file]?.isEmpty == isBase, "xmllint on \(file): \(xmllint[file] ?? [])")
            let inProcess = validator.validate(try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: file))))
            #expect(inProcess.isEmpty == isBase, "SchemaValidator on \(file): \(inProcess)")
        }
        for file in jsonFiles {
            let isBase = file.hasSuffix("/valid.json")
            #expect(jsonschema[file]?.isEmpty == isBase, "jsonschema on \(file): \(jsonschema[file] ?? [])")
        }
    }

    @Test func theValidBrokenFixtureBaseReadsTheSameInBothFormats() throws {
        let json = try NativeJSON.decode(Data(contentsOf: brokenDirectory.appendingPathComponent("valid.json")))
        let xml = try NativeXML.decode(Data(contentsOf: brokenDirectory.appendingPathComponent("valid.xml")), name: "valid.xml")
        #expect(json == xml)
    }

    @Test func jsonSchemaDescribesEveryField() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Schemas.jsonSchema) as? [String: Any])
        var undocumented: [String] = []
        func visit(_ node: Any, _ pointer: String) {
            if let object = node as? [String: Any] {
                // A mention is closed by the kind-specific schema its allOf selects.
                if object["type"] as? String == "object", object["allOf"] == nil, object["additionalProperties"] as? Bool != false {
                    undocumented.append("\(pointer) lacks additionalProperties: false")
                }
                if let properties = object["properties"] as? [String: Any] {
                    for (name, property) in properties where (property as? [String: Any])?["description"] == nil {
                        undocumented.append("\(pointer)/properties/\(name)")
                    }
                }
                for (key, value) in object where key != "if" { visit(value, "\(pointer)/\(key)") }
            } else if let array = node as? [Any] {
                for (index, value) in array.enumerated() { visit(value, "\(pointer)/\(index)") }
            }
        }
        visit(schema, "#")
        #expect(undocumented.isEmpty, "\(undocumented)")
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func xsdDocumentsEveryElementAndAttribute() throws {
        let root = try #require(try XMLDocument(data: Schemas.xsd).root)
        var undocumented: [String] = []
        var stack = [root]
        while let element = stack.popLast() {
            stack += element.children
            guard ["element", "attribute", "simpleType"].contains(element.name), element.attribute("ref") == nil else { continue }
            let documented = element.children.contains { annotation in
                annotation.name == "annotation" && annotation.children.contains { $0.name == "documentation" && !$0.text.isEmpty }
            }
            if !documented { undocumented.append("\(element.path) \(element.attribute("name") ?? "")") }
        }
        #expect(undocumented.isEmpty, "\(undocumented)")
    }
}
