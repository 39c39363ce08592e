import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit verdict DOC#c3 --rating … --rationale … --reviewer …`.
    struct VerdictCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verdict", abstract: "Record a verdict on a claim; earlier verdicts stay in its history.")

        @Argument(help: ArgumentHelp("The claim, DOC#cN.", valueName: "claim")) var reference: ClaimReference
        @OptionGroup var store: StoreOptions
        @Option(help: "A rating from the store's verdict scale (e.g. true, mostly-false, misleading).") var rating: String
        @Option(help: "What was checked, against what.") var rationale: String
        @Option(help: "Who reviewed it.") var reviewer: String
        @Option(name: .customLong("source"), help: "A source id relied on (repeatable).") var sources: [String] = []
        @Flag(help: "Record a draft instead of a published verdict.") var draft = false
        @Option(help: ArgumentHelp("Date of the verdict, YYYY-MM-DD (default today).", valueName: "date")) var date: String?

        func run() throws {
            let request = AnnotationStore.VerdictRequest(rating: rating, rationale: rationale, reviewer: reviewer, sources: sources,
                                                         status: draft ? .draft : .published, date: date ?? InputChecks.today())
            let verdict = try store.open().addVerdict(on: reference, request)
            print("\(reference) \(verdict.id): \(verdict.rating) (\(verdict.status.rawValue))")
        }
    }
}
