import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit extract FILE|-`: the article's claims with their numbers, dates and quotes.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Flag the checkable claims of an article: numbers, dates and quotations.",
            discussion: """
                Text output is a table of claims, best first by check-worthiness, each with its \
                flagged parts. JSON output is an object with "sentences", "mentions" (id, kind, \
                start, end, text, and a normalised value, type, speaker…) and "claims"; offsets are \
                Unicode code points, end exclusive.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD), to resolve relative dates such as \"last year\".",
                                   valueName: "date"))
        var published: String?

        @Option(help: "Output format: text or json.")
        var format: DataFormat = .text

        func validate() throws {
            if let published, CalendarDate(iso8601: published) == nil {
                throw ValidationError("--published must be a date written YYYY-MM-DD, e.g. 2025-11-28; got '\(published)'")
            }
        }

        func run() throws {
            let document = try input.loadDocument()
            let extractor = ClaimExtractor(publicationDate: published.flatMap(CalendarDate.init(iso8601:)))
            let extraction = extractor.extract(document)
            switch format {
            case .text: print(ClaimTable.render(extraction), terminator: "")
            case .json: print(try JSONOutput.string(ExtractionJSON(document: document, extraction: extraction)))
            }
        }
    }
}
