import Foundation
import Testing
@testable import ClaimKit

@Suite struct BratExportTests {
    private func ann(_ document: ExportDocument) throws -> String {
        try #require(try BratExporter.export([document], scale: .standard, options: ExportOptions()).first { $0.name.hasSuffix(".ann") }).text
    }

    @Test func exportThenImportKeepsSpansTypesValuesAndSources() throws {
        let original = ExportFixtures.file
        let imported = BratImporter.read(annotations: try ann(ExportFixtures.exportDocument), text: ExportFixtures.document, documentID: "kyiv")
        #expect(imported.issues.isEmpty, "\(imported.issues)")
        #expect(imported.file.mentions == original.mentions)
        for (claim, expected) in zip(imported.file.claims, original.claims) {
            #expect(claim == expected)
        }
        #expect(imported.file.claims.count == original.claims.count)
        #expect(imported.file.sources.map(\.id) == ["s1", "s2"] && imported.file.sources.map(\.url) == original.sources.map(\.url))
        #expect(imported.file.sources[0].title == "UN report <2022>")
        #expect(imported.ratings == ["c1": "true"])
        #expect(imported.file.document.textSHA256 == original.document.textSHA256)
    }

    @Test func textBoundLinesQuoteTheirTextAndSplitAtLineBreaks() throws {
        let text = ExportFixtures.text
        let lines = try ann(ExportFixtures.exportDocument).split(separator: "\n").filter { $0.hasPrefix("T") }
        #expect(lines.count == 10)   // 5 mentions, the speaker, 4 claims
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 3)
            let fragments = fields[1].split(separator: " ", maxSplits: 1)[1].split(separator: ";").map { $0.split(separator: " ").map { Int($0)! } }
            #expect(fragments.map { ExportFixtures.slice(text, $0[0], $0[1]) }.joined(separator: " ") == String(fields[2]))
        }
        let c4 = ExportFixtures.span(of: "up 12% from last year.\n=SUM(A1)")
        #expect(lines.contains { $0.contains("Claim \(c4.start) \(c4.end - 9);\(c4.end - 8) \(c4.end)\tup 12% from last year. =SUM(A1)") })
    }

    @Test func theCollectionConfigurationNamesEveryTypeAndRating() throws {
        let outputs = try BratExporter.export([ExportFixtures.exportDocument], scale: .standard, options: ExportOptions())
        #expect(outputs.map(\.name) == ["kyiv.txt", "kyiv.ann", "annotation.conf", "visual.conf"])
        #expect(outputs[0].text == ExportFixtures.text)
        let conf = outputs[2].text
        #expect(conf.contains("Rating\tArg:Claim, Value:true|mostly-true|mixed|mostly-false|false|misleading|unverifiable"))
        for type in ["Claim", "Number", "Date", "Quote", "Speaker", "HasMention", "SaidBy"] { #expect(conf.contains(type)) }
    }

    @Test func seedsRoundTripThroughFilesOnDisk() throws {
        let store = try ExportFixtures.seededStore()
        let documents = try ExportFixtures.seedDocuments(store)
        let directory = try makeTemporaryDirectory("brat")
        try Exporter.write(try Exporter.export(documents, as: .brat, scale: .standard), to: directory)
        for document in documents {
            let id = document.file.document.id
            let imported = try BratImporter.read(annotationsAt: "\(directory)/\(id).ann")
            #expect(imported.issues.isEmpty, "\(id): \(imported.issues)")
            #expect(imported.file.document.id == id && imported.file.document.textSHA256 == document.file.document.textSHA256)
            #expect(imported.file.mentions.map { "\($0.kind)\($0.span)" } == document.file.mentions.map { "\($0.kind)\($0.span)" })
            #expect(imported.file.claims.map { "\($0.id)\($0.span)\($0.mentionIDs)" } == document.file.claims.map { "\($0.id)\($0.span)\($0.mentionIDs)" })
        }
    }

    @Test func handMadeBratAnnotationsAreReadAsFarAsTheyGo() throws {
        let text = "Prices rose 4% in March 2024, the bank said.\nSecond line."
        let ann = """
            T1\tPercent 12 14\t4%
            T2\tDate 18 28\tMarch 2024
            T3\tClaim 0 44\tPrices rose 4% in March 2024, the bank said.
            T4\tOrganization 30 38\tthe bank
            T5\tClaim 0 60\tPrices rose
            E1\tRise:T1
            #1\tAnnotatorNotes T2\tvalue=2024-03
            A1\tRating T3 mostly-false
            """
        let imported = BratImporter.read(annotations: ann, text: Document(text: text), documentID: "bank", annotator: "Dana")
        #expect(imported.file.mentions.map(\.kind) == [.number, .date])
        #expect(imported.file.mentions[0].number?.value == 4 && imported.file.mentions[1].date?.value == "2024-03")
        let claim = try #require(imported.file.claims.first)
        #expect(imported.file.claims.count == 1 && claim.mentionIDs == ["m1", "m2"])   // by containment: no HasMention relations
        #expect(claim.provenance == Provenance(agent: .person, name: "Dana") && claim.reasons == ["added-by-person", "date", "number"])
        #expect(claim.suffix == "\nSecond line.")
        #expect(imported.ratings == ["c1": "mostly-false"])
        #expect(imported.issues.map(\.line) == [4, 5, 6])   // unknown type, past the end, an event
        #expect(imported.issues[1].message.contains("past the end of the text"))
    }

    @Test func textWithCarriageReturnsIsRefusedBeforeOffsetsShift() throws {
        let directory = try makeTemporaryDirectory("brat-crlf")
        try Data("One.\r\nTwo 2.\r\n".utf8).write(to: URL(fileURLWithPath: "\(directory)/doc.txt"))
        try Data("T1\tNumber 10 11\t2\n".utf8).write(to: URL(fileURLWithPath: "\(directory)/doc.ann"))
        let error = try #require(throws: ExportError.self) { try BratImporter.read(annotationsAt: "\(directory)/doc.ann") }
        #expect(error.code == .invalidBrat && error.message.contains("carriage return"))
    }
}
