import Foundation
import Testing
@testable import ClaimKit

/// The streaming record encoder writes what Foundation's `JSONEncoder` means, on real
/// extractions and on the strings and numbers where encoders differ.
@Suite struct JSONLineEncoderTests {
    private func foundationJSON<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    /// Both parsed back: equal as JSON values.
    private func sameJSON(_ a: [UInt8], _ b: [UInt8]) throws -> Bool {
        let x = try JSONSerialization.jsonObject(with: Data(a), options: [.fragmentsAllowed]) as? NSObject
        let y = try JSONSerialization.jsonObject(with: Data(b), options: [.fragmentsAllowed]) as? NSObject
        return x != nil && x == y
    }

    @Test(arguments: Fixtures.seedNames)
    func extractionRecordsMeanWhatJSONEncoderWrites(seed: String) throws {
        let document = try Fixtures.seed(seed)
        let record = ExtractionJSON(document: document, extraction: ClaimExtractor().extract(document), id: seed, title: "Title “quoted”")
        let fast = try JSONLineEncoder().encode(record)
        #expect(try sameJSON(fast, foundationJSON(record)))
        #expect(!fast.contains(0x0A), "a record is one line")
    }

    @Test func stringsAreEscapedOnlyWhereJSONNeedsIt() throws {
        let text = "Quote \" backslash \\ slash / tab\t newline\n bell\u{07} café 👍🏽 和平"
        let bytes = try JSONLineEncoder().encode([text])
        #expect(String(decoding: bytes, as: UTF8.self) == #"["Quote \" backslash \\ slash / tab\t newline\n bell\u0007 café 👍🏽 和平"]"#)
        #expect(try sameJSON(bytes, foundationJSON([text])))
    }

    @Test func numbersKeepTheirValueAndIntegralOnesHaveNoFraction() throws {
        let values: [Double] = [25_600_000, 1.34, 0.1 + 0.2, -3, 1e20, 5e-7]
        let bytes = try JSONLineEncoder().encode(values)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("[25600000,1.34,0.30000000000000004,-3,"))
        #expect(try sameJSON(bytes, foundationJSON(values)))
        #expect(throws: EncodingError.self) { try JSONLineEncoder().encode([Double.nan]) }
        struct Mixed: Encodable { var a: Int64 = -5, b: UInt8 = 7, c: Float = 0.5, d: [Int32] = [1], e: UInt64 = .max }
        #expect(String(decoding: try JSONLineEncoder().encode(Mixed()), as: UTF8.self)
                == #"{"a":-5,"b":7,"c":0.5,"d":[1],"e":18446744073709551615}"#)
    }

    @Test func keysFollowTheConformanceAndNilIsLeftOut() throws {
        struct Inner: Encodable { var b = 2, a = [1, 2] }
        struct Row: Encodable {
            var zebra = 1
            var alpha: String? = nil
            var Beta = true
            var nested = Inner()
            var empty: [Int] = []
        }
        #expect(String(decoding: try JSONLineEncoder().encode(Row()), as: UTF8.self)
                == #"{"zebra":1,"Beta":true,"nested":{"b":2,"a":[1,2]},"empty":[]}"#)
        #expect(try sameJSON(try JSONLineEncoder().encode(Row()), foundationJSON(Row())))
    }
}
