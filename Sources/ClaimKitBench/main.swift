import ClaimKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Throughput benchmark on a JSON Lines corpus (default `../shared/corpus/news.jsonl`).
///
/// Usage: `swift run -c release ClaimKitBench [CORPUS] [--runs N] [--only STAGE]`
///
/// Each stage runs over every article's text on one core, `runs` times, and reports the median
/// run in MB/s (10^6 bytes of UTF-8 text a second) twice: by the wall clock, and per second of
/// the process's CPU time on all threads (per core), which stays meaningful when other work
/// shares the machine. Loading and
/// JSON parsing are not timed. The validation stage writes a store of the whole corpus to a
/// temporary directory first (untimed) and validates it on every core, as
/// `claimkit validate` does. Peak memory (maximum resident set) is printed at the end.

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

/// Seconds of CPU time the process has used, on all its threads (user and system).
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func wallSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}

/// The options after the corpus path.
struct BenchOptions {
    var corpusPath = "../shared/corpus/news.jsonl"
    var runs = 7
    /// Runs only the stages whose name contains this (for profiling one stage).
    var onlyStage: String?

    init(_ arguments: [String]) {
        var rest: [String] = []
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--runs": runs = iterator.next().flatMap(Int.init) ?? runs
            case "--only": onlyStage = iterator.next()
            default: rest.append(argument)
            }
        }
        if let path = rest.first { corpusPath = path }
    }
}

struct Bench {
    let options: BenchOptions

    /// Times `body` over the runs and prints the median throughput for `bytes`.
    func measure(_ name: String, bytes: Int, note: String = "one core", _ body: () -> Int) {
        if let only = options.onlyStage, !name.contains(only) { return }
        var wall: [Double] = [], cpu: [Double] = []
        var checksum = 0
        for _ in 0..<options.runs {
            let wallStart = wallSeconds(), cpuStart = processCPUSeconds()
            checksum &+= body()
            cpu.append(processCPUSeconds() - cpuStart)
            wall.append(wallSeconds() - wallStart)
        }
        let label = name.padding(toLength: 36, withPad: " ", startingAt: 0)
        let wallRate = Double(bytes) / median(wall) / 1e6, cpuRate = Double(bytes) / median(cpu) / 1e6
        print("\(label) \(String(format: "%8.1f", wallRate)) MB/s wall  \(String(format: "%8.1f", cpuRate)) MB/s CPU   "
              + "median \(String(format: "%.4f", median(wall))) s of \(options.runs), \(note)   (checksum \(checksum))")
    }
}

/// The largest resident set the process has had, in MB.
func peakResidentMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024   // kilobytes on Linux
}

/// A store holding every article with its extraction, in a new temporary directory; returns
/// the directory and the bytes of the files validation reads.
func writeCorpusStore(_ articles: [Article]) throws -> (path: String, bytes: Int) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-bench-\(UUID().uuidString)").path
    let store = try AnnotationStore.create(at: path)
    for (index, article) in articles.enumerated() {
        _ = try store.ingest(Document(text: article.text), IngestRequest(id: "article-\(index)"))
    }
    let files = try FileManager.default.subpathsOfDirectory(atPath: path)
    let bytes = try files.reduce(0) { total, file in
        total + ((try FileManager.default.attributesOfItem(atPath: path + "/" + file)[.size] as? Int) ?? 0)
    }
    return (path, bytes)
}

let options = BenchOptions(Array(CommandLine.arguments.dropFirst()))
let bench = Bench(options: options)
do {
    let articles = try loadCorpus(options.corpusPath)
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
    print("corpus: \(options.corpusPath): \(articles.count) articles, \(bytes) bytes of text; \(options.runs) runs")
    let documents = articles.map { Document(text: $0.text) }
    let segmenter = SentenceSegmenter()

    bench.measure("document (UTF-8 copy + offset index)", bytes: bytes) {
        articles.reduce(0) { $0 + Document(text: $1.text).length }
    }
    bench.measure("segment (byte ranges)", bytes: bytes) {
        documents.reduce(0) { total, document in
            total + document.utf8.withUnsafeBufferPointer { segmenter.byteRanges(in: $0).count }
        }
    }
    bench.measure("segment (code-point spans)", bytes: bytes) {
        documents.reduce(0) { $0 + segmenter.segment($1).count }
    }
    for kind in Mention.Kind.allCases {
        let extractor = ClaimExtractor(kinds: [kind])
        bench.measure("segment + \(kind.rawValue)s + claims", bytes: bytes) {
            documents.reduce(0) { $0 + extractor.extract($1).mentions.count }
        }
    }
    let extractor = ClaimExtractor()
    bench.measure("full extraction (all kinds, claims)", bytes: bytes) {
        documents.reduce(0) { $0 + extractor.extract($1).claims.count }
    }
    bench.measure("full extraction + JSON record", bytes: bytes) {
        documents.reduce(0) { total, document in
            total + ((try? ExtractionJSON(document: document, extraction: extractor.extract(document)).jsonBytes())?.count ?? 0)
        }
    }
    if options.onlyStage.map({ "validate store".contains($0) }) ?? true {
        let store = try writeCorpusStore(articles)
        defer { try? FileManager.default.removeItem(atPath: store.path) }
        bench.measure("validate store (\(articles.count) docs)", bytes: store.bytes,
                      note: "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(store.bytes / 1_000_000) MB of files") {
            Validator().validate(paths: [store.path]).files.count
        }
    }
    print("peak memory: \(String(format: "%.0f", peakResidentMB())) MB resident")
} catch {
    FileHandle.standardError.write(Data("ClaimKitBench: \(error)\n".utf8))
    exit(2)
}
