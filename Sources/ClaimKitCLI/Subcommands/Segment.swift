import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit segment FILE|-`: the article's sentences, one a line or as JSON spans.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
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
            let sentences = SentenceSegmenter().segment(document)
            switch format {
            case .text:
                for span in sentences { print(document.text(of: span)) }
            case .json:
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
