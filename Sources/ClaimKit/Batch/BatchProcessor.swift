import Dispatch
import Foundation

/// Runs the extractor over a stream of JSON Lines articles on every core, in bounded memory,
/// writing one record per article in input order (SPEC §6, §8).
///
/// Lines are read in windows of a few per worker; the window is processed in parallel
/// (decoding, extraction and encoding all happen on the workers) and written in order before
/// the next window is read, so memory holds at most one window of articles and results —
/// a small multiple of the largest article, whatever the input size.
public struct BatchProcessor: Sendable {
    /// The outcome of one line.
    public enum LineResult: Sendable {
        case record([UInt8])
        case failed(BatchLineError)
    }

    /// Totals for the run's summary.
    public struct Summary: Sendable, Equatable {
        public var articles = 0
        public var failed = 0
        public var bytes = 0
        public init() {}
    }

    public var jobs: Int
    /// Lines per worker in a window.
    public var linesPerJob = 8

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.jobs = max(1, jobs)
    }

    /// Processes every line from `nextLine` (nil at the end), calling `emit` in input order
    /// with the 1-based line number and its result. Blank lines are skipped. Returns early,
    /// after the current window, when `emit` returns false.
    public func run(nextLine: () -> [UInt8]?, transform: @Sendable @escaping (BatchArticle) throws -> [UInt8],
                    emit: (Int, LineResult) -> Bool) -> Summary {
        var summary = Summary()
        var lineNumber = 0
        let windowSize = jobs * linesPerJob
        var finished = false
        while !finished {
            var window: [(Int, [UInt8])] = []
            window.reserveCapacity(windowSize)
            while window.count < windowSize, let line = nextLine() {
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                window.append((lineNumber, line))
            }
            if window.isEmpty { break }
            let results = Self.process(window.map(\.1), jobs: jobs, transform: transform)
            for (index, result) in results.enumerated() {
                summary.articles += 1
                summary.bytes += window[index].1.count
                if case .failed = result { summary.failed += 1 }
                if !emit(window[index].0, result) { finished = true; break }
            }
        }
        return summary
    }

    /// Decodes, transforms and collects `lines` on up to `jobs` threads, in order.
    private static func process(_ lines: [[UInt8]], jobs: Int, transform: @Sendable @escaping (BatchArticle) throws -> [UInt8]) -> [LineResult] {
        let results = ResultSlots(count: lines.count)
        let stride = max(1, jobs)
        DispatchQueue.concurrentPerform(iterations: min(stride, lines.count)) { worker in
            var index = worker
            while index < lines.count {
                do {
                    results.set(index, .record(try transform(try BatchArticle.parse(lines[index]))))
                } catch let error as BatchLineError {
                    results.set(index, .failed(error))
                } catch {
                    results.set(index, .failed(BatchLineError("\(error)")))
                }
                index += stride
            }
        }
        return results.values
    }
}

/// One slot per line, each written by exactly one worker.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [BatchProcessor.LineResult?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: BatchProcessor.LineResult) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [BatchProcessor.LineResult] { slots.map { $0! } }
}
