import ArgumentParser
import ClaimKit
import Foundation

extension ClaimKitCommand {
    /// `claimkit segment FILE|-`: the article's sentences, one a line or as JSON spans.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "segment",
            abstract: "Split an article into sentences.",
            discussion: """
                Text output prints one sentence a line. JSON output is an array of objects with \
                "start" and "end" (Unicode code point offsets into the canonical text, end exclusive) \
                and "text".
                """
        )

        @OptionGroup var input: InputOptions

        @Option(help: "Output format: text or json.")
        var format: DataFormat = .text

        func run() throws {
            let document = try input.loadDocument()
            let segmenter = SentenceSegmenter()
            switch format {
            case .text:
                // The sentences' own bytes in one write: a `print` of a `String` per sentence
                // took three times as long as finding the sentences.
                let ranges = document.utf8.withUnsafeBufferPointer { segmenter.byteRanges(in: $0) }
                var output: [UInt8] = []
                output.reserveCapacity(document.utf8.count + ranges.count)
                for range in ranges {
                    output.append(contentsOf: document.utf8[range])
                    output.append(0x0A)
                }
                try StandardOutput.write(output)
            case .json:
                let sentences = segmenter.segment(document)
                print(try JSONOutput.string(sentences.map { SentenceRecord(span: $0, text: document.text(of: $0)) }))
            }
        }
    }
}

/// One sentence in `segment --format json`.
struct SentenceRecord: Encodable {
    let start: Int
    let end: Int
    let text: String

    init(span: TextSpan, text: String) {
        self.start = span.start
        self.end = span.end
        self.text = text
    }
}
