import ArgumentParser
import ClaimKit
import Foundation

extension ClaimKitCommand {
    /// `claimkit validate [PATH…]`: checks annotation files and whole stores for CI (SPEC §7).
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check annotation files and stores: the schema, then hashes, spans, ids, references, ratings, dates and URLs.",
            discussion: """
            Reports every problem as path:line:column with a JSON pointer (JSON) or XPath (XML). \
            Exit status: 0 when valid, 1 when errors are found (or warnings, with --strict), \
            2 on bad usage or a path that cannot be validated.
            """)

        @Argument(help: ArgumentHelp("Annotation files (.json, .xml) and store directories (default: the --store, else ./claimkit.json's store, else ./annotations).",
                                     valueName: "path"))
        var paths: [String] = []

        @OptionGroup var store: StoreOptions

        @Option(help: "Output: text, json, github (Actions annotations) or junit (XML for CI dashboards).")
        var format: ValidationFormat = .text

        @Option(name: .customLong("output"), help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
        var outputPath: String?

        @Flag(help: "Treat warnings (an orphaned claim, a verdict without sources…) as errors.")
        var strict = false

        func run() throws {
            let report = Validator(strict: strict).validate(paths: paths.isEmpty ? [defaultStore] : paths)
            try ValidationOutput.write(report, format: format, to: outputPath)
            if report.hasInputProblems {
                throw CLIError(message: "some paths could not be validated: \(report.summary)", exitCode: ExitStatus.badInput)
            }
            if !report.isValid {
                throw CLIError(message: "validation failed: \(report.summary)", exitCode: ExitStatus.checkFailed)
            }
        }

        /// `--store` or `$CLAIMKIT_STORE` when given, else the current directory when it is a
        /// store, else `./annotations`.
        private var defaultStore: String {
            if store.path != nil || !(ProcessInfo.processInfo.environment["CLAIMKIT_STORE"] ?? "").isEmpty { return store.resolvedPath }
            return FileManager.default.fileExists(atPath: AnnotationStore.configurationFileName) ? "." : store.resolvedPath
        }
    }
}
