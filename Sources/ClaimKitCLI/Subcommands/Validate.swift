import ArgumentParser
import ClaimKit

// PLACEHOLDER — being written now; replaced before the next commit lands.
extension ClaimKitCommand {
    struct Validate: ParsableCommand {
        func run() throws { throw CLIError(message: "Validate is not built yet") }
    }
}
