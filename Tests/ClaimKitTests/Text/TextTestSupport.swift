import Foundation
@testable import ClaimKit

/// Helpers shared by the text-model tests.
enum TextTestSupport {
    /// The fixtures folder copied into the test bundle.
    static var fixtures: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    static func fixture(_ path: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
    }

    static func renderHTML(_ html: String) throws -> RenderedText {
        try HTMLTextRenderer.render(Array(html.utf8), file: "test.html")
    }

    /// Code-point offset of the first occurrence of `needle` in `text` (Python's `str.find`).
    static func scalarOffset(of needle: String, in text: String) -> Int? {
        let haystack = Array(text.utf8), pattern = Array(needle.utf8)
        guard pattern.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - pattern.count) where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
            return ScalarIndex(utf8: haystack).scalarOffset(ofByte: start)
        }
        return nil
    }

    /// Lines that break the canonical-text layout: empty, or with whitespace at either end.
    static func badLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
            line.isEmpty || line.first!.isWhitespace || line.last!.isWhitespace
        }
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
