import ArgumentParser
import ClaimKit
#if canImport(Glibc)
import Glibc
#endif

/// The `claimkit` command: a thin layer over the ClaimKit library.
///
/// Exit codes follow SPEC §6: 0 on success, 1 when a check fails, 2 on bad usage or unreadable
/// input. ArgumentParser's default for a usage error on Linux is 64, so `main()` maps errors
/// itself.
///
/// Every command names itself (`commandName:`): otherwise ArgumentParser derives the name from
/// the type with `String(describing:)`, a dynamic cast that searched every protocol conformance
/// of the static binary at each start, a tenth of a whole `claimkit segment` run.
@main
struct ClaimKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimkit",
        abstract: "Annotate checkable claims in news articles: segment, extract, store, export, validate.",
        version: ClaimKitVersion.string,
        subcommands: [
            Segment.self, Extract.self, Init.self, Add.self, Claims.self, Show.self, ClaimGroup.self,
            SourceGroup.self, VerdictCommand.self, Status.self, Reanchor.self, Export.self, Import.self,
            Validate.self, Batch.self,
        ]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as DocumentLoadError {
            printError(error.description)
            Glibc.exit(ExitStatus.badInput)
        } catch let error as StoreError {
            printError(error.message)
            Glibc.exit(ExitStatus.badInput)
        } catch let error as ExportError {
            printError(error.message)
            Glibc.exit(ExitStatus.badInput)
        } catch let error as CLIError {
            printError(error.message)
            Glibc.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))   // --help, --version
                Glibc.exit(0)
            }
            // An `ExitCode` thrown after the command has reported its own errors (batch's
            // skipped lines) has no message: print nothing rather than a bare "error:".
            let message = fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            Glibc.exit(code == .validationFailure || code.rawValue == 64 ? ExitStatus.badInput : code.rawValue)
        }
    }

    /// Writes `message` to standard error, prefixed with the tool's name.
    static func printError(_ message: String) {
        printDiagnostic("claimkit: error: \(message)")
    }

    /// Writes a line to standard error as it is (warnings and notes that name their own file).
    static func printDiagnostic(_ line: String) {
        var stream = StandardError()
        print(line, to: &stream)
    }
}

/// The exit codes of SPEC §6.
enum ExitStatus {
    static let success: Int32 = 0
    static let checkFailed: Int32 = 1
    static let badInput: Int32 = 2
}

/// A failure the CLI reports with a chosen exit code.
struct CLIError: Error {
    let message: String
    var exitCode: Int32 = ExitStatus.badInput
}
