import Foundation
import Testing
@testable import ClaimKit

@Suite struct ExporterTests {
    @Test func nativeFormatsGiveOneFilePerDocument() throws {
        let store = try ExportFixtures.seededStore()
        let documents = try ExportFixtures.seedDocuments(store)
        let json = try Exporter.export(documents, as: .json, scale: .standard)
        #expect(json.map(\.name) == documents.map { "\($0.file.document.id).json" })
        for (output, document) in zip(json, documents) {
            #expect(output.data == (try Data(contentsOf: store.annotationURL(document.file.document.id))))
        }
        let xml = try Exporter.export(documents, as: .xml, scale: .standard)
        #expect(xml.map(\.name) == documents.map { "\($0.file.document.id).xml" })
        #expect(xml.allSatisfy { $0.text.hasPrefix("<?xml") })
    }

    @Test func eachFormatNamesItsFilesAfterTheDocumentOrTheCollection() throws {
        let one = [ExportFixtures.exportDocument]
        let options = ExportOptions(reviewURL: "https://factcheck.example.org/x")
        #expect(try Exporter.export(one, as: .webannotation, scale: .standard).map(\.name) == ["kyiv.annotations.jsonld"])
        #expect(try Exporter.export(one, as: .claimreview, scale: .standard, options: options).map(\.name) == ["kyiv.claimreview.jsonld"])
        #expect(try Exporter.export(one, as: .csv, scale: .standard).map(\.name) == ["kyiv.csv"])
        #expect(try Exporter.export(one + one, as: .csv, scale: .standard).map(\.name) == ["claims.csv"])
        #expect(throws: ExportError.self) { try Exporter.export([], as: .csv, scale: .standard) }
    }

    @Test func writeMakesAFileOrFillsADirectory() throws {
        let directory = try makeTemporaryDirectory("export-write")
        let one = [ExportOutput(name: "a.csv", data: Data("x\r\n".utf8))]
        #expect(try Exporter.write(one, to: "\(directory)/out.csv") == ["\(directory)/out.csv"])
        #expect(try Exporter.write(one, to: directory) == ["\(directory)/a.csv"])   // an existing directory takes the file
        let two = one + [ExportOutput(name: "b.csv", data: Data("y\r\n".utf8))]
        #expect(try Exporter.write(two, to: "\(directory)/new").count == 2)
        #expect(FileManager.default.contents(atPath: "\(directory)/new/b.csv") == Data("y\r\n".utf8))
        let error = try #require(throws: ExportError.self) { try Exporter.write(two, to: "\(directory)/out.csv") }
        #expect(error.code == .output && error.message.contains("give -o a directory"))
    }
}
