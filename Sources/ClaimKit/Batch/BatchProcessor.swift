import Foundation

/// Runs the extractor over a stream of JSON Lines articles on every core, in bounded memory,
/// writing one record per article in input order (SPEC §6, §8).
///
/// The calling thread reads lines and hands them to `jobs - 1` worker threads, which decode,
/// extract and encode; it writes the results back in input order as they become ready, and
/// processes waiting lines itself while the next result is not ready, so `jobs` threads keep
/// `jobs` cores busy (a separate reader beside `jobs` workers had to share their cores). At
/// most `jobs × linesPerJob` lines are in flight (read but not yet written), so memory holds
/// a bounded number of articles and results — a multiple of the largest article, whatever
/// the input size. There is no barrier between groups of lines: a worker that finishes an
/// article takes the next one at once, so one long article or a descheduled thread does not
/// leave the other workers idle.
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
    /// Lines in flight per worker.
    public var linesPerJob = 8

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.jobs = max(1, jobs)
    }

    /// Processes every line from `nextLine` (nil at the end), calling `emit` in input order
    /// with the 1-based line number and its result. Blank lines are skipped. Stops reading when
    /// `emit` returns false; lines already being processed are finished, and not emitted,
    /// before it returns. `nextLine` and `emit` are called on the calling thread only.
    public func run(nextLine: () -> [UInt8]?, transform: @Sendable @escaping (BatchArticle) throws -> [UInt8],
                    emit: (Int, LineResult) -> Bool) -> Summary {
        var summary = Summary()
        var lineNumber = 0
        func next() -> (number: Int, line: [UInt8])? {
            while let line = nextLine() {
                lineNumber += 1
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return (lineNumber, line) }
            }
            return nil
        }
        func deliver(_ number: Int, _ size: Int, _ result: LineResult) -> Bool {
            summary.articles += 1
            summary.bytes += size
            if case .failed = result { summary.failed += 1 }
            return emit(number, result)
        }

        if jobs == 1 {
            // One job: everything on the calling thread, one core.
            while let (number, line) = next() {
                if !deliver(number, line.count, Self.process(line, transform)) { break }
            }
            return summary
        }

        // jobs - 1 worker threads: the calling thread is the last worker, taking a line itself
        // whenever the next result is not ready, so that `jobs` threads share `jobs` cores.
        let pipeline = Pipeline()
        let workers = DispatchGroup()
        for _ in 1..<jobs {
            workers.enter()
            let thread = Thread {
                pipeline.work(transform)
                workers.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        let capacity = jobs * max(1, linesPerJob)
        var pending: [(number: Int, size: Int)] = []   // lines read and not yet written: sequence base + i
        var base = 0
        var written = 0                                 // sequence number of the next line to write
        var submitted = 0
        var atEnd = false
        var stopped = false
        func write(_ result: BatchProcessor.LineResult) {
            let (number, size) = pending[written - base]
            written += 1
            if written - base >= 1024 { pending.removeFirst(written - base); base = written }
            if !deliver(number, size, result) { stopped = true }
        }
        while !stopped {
            if !atEnd && submitted - written < capacity {
                if let (number, line) = next() {
                    pending.append((number, line.count))
                    pipeline.submit(submitted, line)
                    submitted += 1
                } else {
                    atEnd = true
                    pipeline.endOfInput()
                }
                // write whatever is ready, without waiting
                while !stopped && written < submitted, let result = pipeline.take(written, wait: false) { write(result) }
            } else {
                if written == submitted { break }
                if let result = pipeline.take(written, wait: false) {
                    write(result)
                } else if !pipeline.processNext(transform) {
                    write(pipeline.take(written, wait: true)!)
                }
            }
        }
        pipeline.cancel()
        workers.wait()
        return summary
    }

    /// Decodes and transforms one line.
    fileprivate static func process(_ line: [UInt8], _ transform: (BatchArticle) throws -> [UInt8]) -> LineResult {
        do {
            return .record(try transform(try BatchArticle.parse(line)))
        } catch let error as BatchLineError {
            return .failed(error)
        } catch {
            return .failed(BatchLineError("\(error)"))
        }
    }
}

/// Lines waiting for a worker, and results waiting to be written.
///
/// Each side has its own lock and condition, and a finished line wakes the writer only when it
/// is the one the writer waits for: with one condition for both, every result woke every
/// thread, and the context switches cost two jobs a tenth of their speed-up.
private final class Pipeline: @unchecked Sendable {
    private let input = NSCondition()
    private var queue: [(sequence: Int, line: [UInt8])] = []
    private var head = 0
    private var inputDone = false

    private let output = NSCondition()
    private var results: [Int: BatchProcessor.LineResult] = [:]
    /// The sequence number the writer is blocked on, if it is.
    private var awaited: Int?

    func submit(_ sequence: Int, _ line: [UInt8]) {
        input.lock()
        queue.append((sequence, line))
        input.signal()
        input.unlock()
    }

    /// No more lines will be submitted; workers exit once the queue is empty.
    func endOfInput() {
        input.lock()
        inputDone = true
        input.broadcast()
        input.unlock()
    }

    /// Drops the lines no worker has started and lets the workers exit.
    func cancel() {
        input.lock()
        queue.removeAll()
        head = 0
        inputDone = true
        input.broadcast()
        input.unlock()
    }

    /// The result for `sequence`, removed; nil if it is not ready and `wait` is false.
    func take(_ sequence: Int, wait: Bool) -> BatchProcessor.LineResult? {
        output.lock()
        defer { output.unlock() }
        while true {
            if let result = results.removeValue(forKey: sequence) {
                awaited = nil
                return result
            }
            if !wait { return nil }
            awaited = sequence
            output.wait()
        }
    }

    /// A worker's loop: take the next line, process it, store its result.
    func work(_ transform: @Sendable (BatchArticle) throws -> [UInt8]) {
        while let (sequence, line) = dequeue(wait: true) {
            finish(sequence, BatchProcessor.process(line, transform))
        }
    }

    /// Processes one waiting line on the calling thread; false if none is waiting.
    func processNext(_ transform: (BatchArticle) throws -> [UInt8]) -> Bool {
        guard let (sequence, line) = dequeue(wait: false) else { return false }
        finish(sequence, BatchProcessor.process(line, transform))
        return true
    }

    /// The next line no worker has started; nil at the end of input, or when none is waiting
    /// and `wait` is false.
    private func dequeue(wait: Bool) -> (sequence: Int, line: [UInt8])? {
        input.lock()
        defer { input.unlock() }
        while head == queue.count && !inputDone && wait { input.wait() }
        guard head < queue.count else { return nil }
        let (sequence, line) = queue[head]
        queue[head].line = []
        head += 1
        if head == queue.count { queue.removeAll(keepingCapacity: true); head = 0 }
        return (sequence, line)
    }

    private func finish(_ sequence: Int, _ result: BatchProcessor.LineResult) {
        output.lock()
        results[sequence] = result
        if awaited == sequence { output.signal() }
        output.unlock()
    }
}
