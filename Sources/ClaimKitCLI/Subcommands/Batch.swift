import ArgumentParser
import ClaimKit
import Foundation

extension ClaimKitCommand {
    /// `claimkit batch`: JSON Lines articles in, JSON Lines annotations out, on every core.
    struct Batch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch",
            abstract: "Extract claims from JSON Lines articles ({\"id\", \"text\", optional \"title\", \"url\", \"published\"}) on every core.",
            discussion: """
                Writes one JSON record a line to stdout, in input order: the article's id and title with its \
                sentences, mentions and claims. A malformed line is reported on stderr with its line number and \
                skipped (exit code 1 at the end), or stops the run with --fail-fast (exit code 2). With --store \
                the articles are added to a store instead.
                """
        )

        @Argument(help: ArgumentHelp("JSON Lines files (default: standard input).", valueName: "file")) var files: [String] = []
        @Option(help: "Worker threads (default: every core).") var jobs = Self.coreCount
        @Flag(help: "Stop at the first malformed line.") var failFast = false
        @Option(help: ArgumentHelp("Add every article to this store instead of printing.", valueName: "dir")) var store: String?

        /// The cores this process may use, read once: ArgumentParser makes the command several
        /// times while it parses, and each asked the system again (cgroup files included).
        private static let coreCount = ProcessInfo.processInfo.activeProcessorCount

        func validate() throws {
            guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let target = try store.map { try AnnotationStore(at: $0) }
            var summary = BatchProcessor.Summary()
            var failedFast = false
            var outputError: CLIError?
            let progress = ProgressLine()
            let started = Date()
            for (name, fd) in try inputs() {
                let reader = LineReader(fileDescriptor: fd)
                let part = BatchProcessor(jobs: jobs).run(nextLine: reader.next, transform: BatchTransform.make(store: target)) { line, result in
                    summary.articles += 1
                    switch result {
                    case .record(let bytes):
                        do throws(CLIError) {
                            try StandardOutput.write(bytes)
                        } catch {
                            outputError = error
                            return false
                        }
                    case .failed(let error):
                        progress.clear()
                        ClaimKitCommand.printError("\(name):\(line): skipped: \(error.message)")
                        if failFast { failedFast = true; return false }
                    }
                    progress.update(articles: summary.articles)
                    return true
                }
                summary.failed += part.failed
                summary.bytes += part.bytes
                if fd != 0 { close(fd) }
                if let outputError { throw outputError }
                if failedFast { break }
            }
            progress.clear()
            let seconds = Date().timeIntervalSince(started)
            var stream = StandardError()
            print(String(format: "claimkit batch: %d articles, %d skipped, %.1f MB in %.2f s (%.1f MB/s) on %d jobs",
                         summary.articles - summary.failed, summary.failed, Double(summary.bytes) / 1e6, seconds,
                         Double(summary.bytes) / 1e6 / max(seconds, 1e-9), jobs), to: &stream)
            if failedFast { throw CLIError(message: "stopped at the first malformed line (--fail-fast)", exitCode: ExitStatus.badInput) }
            if summary.failed > 0 { throw ExitCode(ExitStatus.checkFailed) }
        }

        private func inputs() throws -> [(String, Int32)] {
            if files.isEmpty { return [("<stdin>", 0)] }
            return try files.map { path in
                let fd = open(path, O_RDONLY)
                guard fd >= 0 else { throw CLIError(message: "\(path): cannot read the file (\(String(cString: strerror(errno))))") }
                return (path, fd)
            }
        }
    }
}

/// What each worker does with an article: extract and encode one JSON line, or ingest.
///
/// Lines are written with ``JSONWriter``, not an `Encoder`: encoding was most of a record's
/// time (see ``JSONWriter``).
enum BatchTransform {
    static func make(store: AnnotationStore?) -> @Sendable (BatchArticle) throws -> [UInt8] {
        if let store {
            return { article in
                let document = try article.document()
                let result = try store.ingest(document, IngestRequest(id: article.id, title: article.title, url: article.url, published: article.published))
                return ingestLine(id: article.id, claims: result.file.claims.count, outcome: "\(result.outcome)")
            }
        }
        return { article in
            let document = try article.document()
            let extractor = ClaimExtractor(publicationDate: article.published.flatMap(CalendarDate.init(iso8601:)))
            // Neither the extraction nor the record is kept, so the record owns the mentions and
            // claims alone and `jsonLine` moves them out as it writes them, without copying.
            return try ExtractionJSON(document: document, extraction: extractor.extract(document), id: article.id, title: article.title).jsonLine()
        }
    }

    /// The line written for an article ingested into a store: `{"id", "claims", "outcome"}`.
    private static func ingestLine(id: String, claims: Int, outcome: String) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: 64 + id.utf8.count)
        writer.beginObject()
        writer.field("id", id)
        writer.field("claims", claims)
        writer.field("outcome", outcome)
        writer.endObject()
        writer.endLine()
        return writer.bytes
    }
}

/// A one-line progress display on stderr, shown only when stderr is a terminal.
final class ProgressLine {
    private let enabled = isatty(2) == 1
    private var lastUpdate = Date.distantPast

    func update(articles: Int) {
        guard enabled, Date().timeIntervalSince(lastUpdate) > 0.25 else { return }
        lastUpdate = Date()
        FileHandle.standardError.write(Data("\r\(articles) articles…".utf8))
    }

    func clear() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
