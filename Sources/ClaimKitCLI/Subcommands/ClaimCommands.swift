import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit claim add|dismiss`.
    struct ClaimGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claim", abstract: "Add a claim the extractor missed, or dismiss one.",
            subcommands: [AddClaim.self, Dismiss.self])
    }

    struct AddClaim: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a claim by code-point span or by exact quote.")

        @Argument(help: ArgumentHelp("The document id.", valueName: "doc")) var document: String
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Code points START:END (end exclusive).", valueName: "start:end")) var span: String?
        @Option(help: "The claim's exact text, found once in the document.") var quote: String?
        @Option(help: "Who adds it.") var by = "fact-checker"

        func validate() throws {
            guard (span == nil) != (quote == nil) else { throw ValidationError("give exactly one of --span START:END or --quote \"exact text\"") }
            if let span, parsedSpan(span) == nil { throw ValidationError("--span must be START:END in code points with START < END, e.g. 120:184; got '\(span)'") }
        }

        func run() throws {
            let target: AnnotationStore.ClaimTarget = span.flatMap(parsedSpan).map { .span($0) } ?? .quote(quote ?? "")
            let claim = try store.open().addClaim(to: document, at: target, by: by)
            print("added \(document)#\(claim.id)  \(claim.span.start):\(claim.span.end)  \(ClaimList.abbreviate(claim.text))")
        }

        private func parsedSpan(_ text: String) -> TextSpan? {
            let parts = text.split(separator: ":")
            guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]), start >= 0, start < end else { return nil }
            return TextSpan(start: start, end: end)
        }
    }

    struct Dismiss: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "dismiss", abstract: "Dismiss a claim as not worth checking; it stays on record.")

        @Argument(help: ArgumentHelp("The claim, DOC#cN.", valueName: "claim")) var reference: ClaimReference
        @OptionGroup var store: StoreOptions
        @Option(help: "Why it is not worth checking.") var reason: String
        @Option(help: "Who dismisses it.") var by: String?

        func run() throws {
            try store.open().dismissClaim(reference, reason: reason, by: by)
            print("dismissed \(reference)")
        }
    }
}
