import Foundation
import Testing
@testable import ClaimKit

@Suite struct CSVExporterTests {
    /// An RFC 4180 reader, written here independently of the exporter.
    private func parse(_ csv: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false, afterQuote = false
        var scalars = Array(csv.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { cell.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false; afterQuote = true }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && cell.isEmpty && !afterQuote {
                quoted = true
            } else if scalar == "," {
                row.append(cell); cell = ""; afterQuote = false
            } else if scalar == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                row.append(cell); rows.append(row); row = []; cell = ""; afterQuote = false
            } else {
                cell.unicodeScalars.append(scalar)
            }
        }
        if !row.isEmpty || !cell.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    private func table(_ documents: [ExportDocument]) throws -> [[String: String]] {
        let rows = parse(String(decoding: try CSVExporter.export(documents, scale: .standard), as: UTF8.self))
        #expect(rows.first == CSVExporter.header)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(CSVExporter.header, $0)) }
    }

    @Test func rowsParseBackWithQuotesCommasAndLineBreaksInsideCells() throws {
        let rows = try table([ExportFixtures.exportDocument])
        let file = ExportFixtures.file
        #expect(rows.count == 4 && rows.allSatisfy { $0.count == CSVExporter.header.count })
        #expect(rows.map { $0["id"] } == ["c1", "c2", "c3", "c4"])
        #expect(rows[0]["text"] == file.claims[0].text)
        #expect(rows[1]["text"] == file.claims[1].text)               // quotes doubled and read back
        #expect(rows[3]["text"] == "up 12% from last year.\n=SUM(A1)")  // a line break inside a cell
        #expect(rows[0]["kinds"] == "quote\nnumber\ndate")
        #expect(rows[0]["rating"] == "true" && rows[0]["rating_label"] == "True" && rows[0]["verdict_date"] == "2025-11-29")
        #expect(rows[1]["rating"] == "")   // a draft is no current verdict
        #expect(rows[0]["sources"] == "supports https://www.un.org/en/report?x=1&y=2\nrefutes https://example.org/counter")
        #expect(rows[0]["citations"] == "[1] https://example.org/ref1")
        #expect(rows[0]["start"] == String(file.claims[0].span.start) && rows[0]["score"] == "0.91")
        #expect(rows[2]["status"] == "dismissed")
    }

    @Test func cellsThatASpreadsheetWouldRunAsFormulasAreDefused() throws {
        let rows = try table([ExportFixtures.exportDocument])
        #expect(rows[2]["text"] == "'=SUM(A1) said the \"auditor\", with commas, in a bullet.")
        for trigger in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"] {
            #expect(CSVExporter.cell(trigger).hasPrefix("'") || CSVExporter.cell(trigger).hasPrefix("\"'"), "\(trigger)")
        }
        #expect(CSVExporter.cell("plain") == "plain")
        #expect(CSVExporter.cell("a \"b\"") == "\"a \"\"b\"\"\"")
    }

    @Test func everySeedClaimIsOneRow() throws {
        let store = try ExportFixtures.seededStore()
        let documents = try ExportFixtures.seedDocuments(store)
        let rows = try table(documents)
        let claims = documents.flatMap { document in document.file.claims.map { (document.file.document.id, $0) } }
        #expect(rows.count == claims.count)
        for (row, (document, claim)) in zip(rows, claims) {
            #expect(row["document"] == document && row["id"] == claim.id)
            let text = try #require(row["text"])
            #expect(text == claim.text || (text.hasPrefix("'") && String(text.dropFirst()) == claim.text))
        }
        #expect(rows.contains { $0["rating"] == "mostly-true" && $0["sources"] == "context https://www.un.org/en/about-us/un-charter" })
    }
}
