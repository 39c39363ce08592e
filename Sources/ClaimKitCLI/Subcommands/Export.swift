import ArgumentParser
import ClaimKit
import Foundation

extension ClaimKitCommand {
    /// `claimkit export [DOC…|--all] --format F [-o PATH] [--no-text]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export annotations: native JSON or XML, W3C Web Annotation, ClaimReview, an HTML review page, CSV or brat.",
            discussion: """
                One file goes to standard output unless -o names a file or directory; exports of \
                several files (json or xml of several documents, brat) need -o DIRECTORY. \
                --no-text leaves the article text out (brat writes ID.sha256 instead of ID.txt, \
                the HTML page shows only the claims); json, xml, webannotation, claimreview and \
                csv never hold more of the article than each annotation's own quote.
                """)

        @Argument(help: ArgumentHelp("Documents to export (ids in the store).", valueName: "doc")) var documents: [String] = []
        @Flag(help: "Export every document in the store.") var all = false
        @Option(help: "The export format.") var format: ExportFormat
        @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("File or directory to write.", valueName: "path"))
        var output: String?
        @Flag(name: .customLong("no-text"), help: "Annotations only: leave out the article text.") var noText = false
        @Option(name: .customLong("review-url"), help: ArgumentHelp("ClaimReview: the page that publishes the fact-checks.", valueName: "url"))
        var reviewURL: String?
        @Option(help: "ClaimReview: the fact-checking organisation, named as each review's author.") var publisher: String?
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if all && !documents.isEmpty { throw ValidationError("give document ids or --all, not both") }
            if !all && documents.isEmpty { throw ValidationError("name the documents to export, or use --all") }
            if let reviewURL, !InputChecks.isWebURL(reviewURL) {
                throw ValidationError("--review-url '\(reviewURL)' is not an absolute http(s) URL (e.g. https://factcheck.example.org/checks)")
            }
        }

        func run() throws {
            let store = try store.open()
            let options = ExportOptions(includeText: !noText, reviewURL: reviewURL, publisher: publisher)
            let outputs = try Exporter.export(try Exporter.documents(in: store, ids: documents), as: format,
                                              scale: store.configuration.verdictScale, options: options)
            if let output {
                for path in try Exporter.write(outputs, to: output) { print("wrote \(path)") }
            } else if outputs.count == 1 {
                FileHandle.standardOutput.write(outputs[0].data)
            } else {
                throw CLIError(message: "--format \(format.rawValue) makes \(outputs.count) files (\(outputs.map(\.name).joined(separator: ", "))); give -o DIRECTORY")
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
