import ClaimKit
import Foundation

/// Throughput benchmark on a JSON Lines corpus (default `../shared/corpus/news.jsonl`).
///
/// Usage: `swift run -c release ClaimKitBench [CORPUS] [--runs N] [--only STAGE]`
///
/// Each stage runs over every article's text on one core, `runs` times; the median run is
/// reported in MB/s (10^6 bytes of UTF-8 text a second). Loading and JSON parsing are not timed.

struct Article: Decodable {
    let id: String
    let text: String
}

func loadCorpus(_ path: String) throws -> [Article] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let decoder = JSONDecoder()
    return try data.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(Article.self, from: Data($0)) }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// Times `body` over `runs` repetitions and prints the median throughput for `bytes`.
@MainActor func measure(_ name: String, bytes: Int, runs: Int, _ body: () -> Int) {
    if let onlyStage, !name.contains(onlyStage) { return }
    var seconds: [Double] = []
    var checksum = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        checksum &+= body()
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let time = median(seconds)
    let name = name.padding(toLength: 34, withPad: " ", startingAt: 0)
    print("\(name) \(String(format: "%9.1f", Double(bytes) / time / 1e6)) MB/s   median \(String(format: "%.4f", time)) s of \(runs)   (checksum \(checksum))")
}

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 7
if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count {
    runs = Int(arguments[flag + 1]) ?? runs
    arguments.removeSubrange(flag...(flag + 1))
}
/// `--only TEXT` runs only the stages whose name contains TEXT (for profiling one stage).
var onlyStage: String?
if let flag = arguments.firstIndex(of: "--only"), flag + 1 < arguments.count {
    onlyStage = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
let corpusPath = arguments.first ?? "../shared/corpus/news.jsonl"

do {
    let articles = try loadCorpus(corpusPath)
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
    print("corpus: \(corpusPath): \(articles.count) articles, \(bytes) bytes of text; one core, \(runs) runs")
    let documents = articles.map { Document(text: $0.text) }
    let segmenter = SentenceSegmenter()

    measure("document (UTF-8 copy + offset index)", bytes: bytes, runs: runs) {
        articles.reduce(0) { $0 + Document(text: $1.text).length }
    }
    measure("segment (byte ranges)", bytes: bytes, runs: runs) {
        documents.reduce(0) { total, document in
            total + document.utf8.withUnsafeBufferPointer { segmenter.byteRanges(in: $0).count }
        }
    }
    measure("segment (code-point spans)", bytes: bytes, runs: runs) {
        documents.reduce(0) { $0 + segmenter.segment($1).count }
    }
    for kind in Mention.Kind.allCases {
        let extractor = ClaimExtractor(kinds: [kind])
        measure("segment + \(kind.rawValue)s + claims", bytes: bytes, runs: runs) {
            documents.reduce(0) { $0 + extractor.extract($1).mentions.count }
        }
    }
    let extractor = ClaimExtractor()
    measure("full extraction (all kinds, claims)", bytes: bytes, runs: runs) {
        documents.reduce(0) { $0 + extractor.extract($1).claims.count }
    }
} catch {
    FileHandle.standardError.write(Data("ClaimKitBench: \(error)\n".utf8))
    exit(2)
}
