import Foundation
@testable import ClaimKit

/// Access to the files under `Tests/ClaimKitTests/Fixtures`, bundled as test resources.
enum Fixtures {
    /// The five seed articles, by file name (copies of the project's sample articles).
    static let seedNames = [
        "000_2d6beb6aebf89fa1.txt",
        "001_245c95dc91bbb165.txt",
        "002_71288f6fbee5ea84.txt",
        "003_6e8a2ca9ae941b49.txt",
        "004_93d92414a5d97f2f.txt",
    ]

    static var root: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    static func string(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// Loads a seed article through the real document loader.
    static func seed(_ name: String) throws -> Document {
        try DocumentLoader.load(contentsOf: url("seeds/\(name)").path)
    }
}
