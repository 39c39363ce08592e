import ArgumentParser
import ClaimKit
import Foundation

/// `--store DIR`, defaulting to `$CLAIMKIT_STORE`, else `./annotations`.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp("The annotation store (default: $CLAIMKIT_STORE, else ./annotations).", valueName: "dir"))
    var path: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["CLAIMKIT_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "annotations"
    }

    func open() throws -> AnnotationStore {
        try AnnotationStore(at: resolvedPath)
    }
}

extension ClaimReference: ExpressibleByArgument {
    public init?(argument: String) {
        try? self.init(parsing: argument)
    }
}
