import Foundation
import LibXML
import Testing

/// The schema validator reports every problem as a value with its line and XPath.
@Suite struct SchemaValidatorTests {
    private static let xsd = Data("""
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:element name="list">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="item" maxOccurs="unbounded">
                  <xs:complexType><xs:attribute name="n" type="xs:int" use="required"/></xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """.utf8)

    @Test func validDocumentHasNoIssues() throws {
        let validator = try SchemaValidator(xsd: Self.xsd)
        #expect(validator.validate(try XMLDocument(data: Data("<list><item n=\"1\"/></list>".utf8))).isEmpty)
    }

    @Test func everyIssueIsReportedWithLineAndPath() throws {
        let validator = try SchemaValidator(xsd: Self.xsd)
        let document = try XMLDocument(data: Data("<list>\n<item n=\"1\"/>\n<item n=\"x\"/>\n<item/>\n</list>".utf8))
        let issues = validator.validate(document)
        #expect(issues.count == 2, "\(issues)")
        #expect(issues.map(\.line) == [3, 4])
        #expect(issues.first?.path == "/list/item[2]")   // libxml2 reports the attribute's element
        #expect(issues.first?.message.contains("'x' is not a valid value") == true)
        #expect(issues.last?.path == "/list/item[3]")
        #expect(issues.last?.message.contains("'n' is required") == true)
        // The validator can be used again; issues never leak between runs.
        #expect(validator.validate(try XMLDocument(data: Data("<list><item n=\"2\"/></list>".utf8))).isEmpty)
    }

    @Test func brokenSchemaIsAnError() throws {
        let error = try #require(throws: LibXMLError.self) {
            try SchemaValidator(xsd: Data("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>".utf8))
        }
        #expect(error.message.hasPrefix("the XML Schema does not compile: "))
    }
}
