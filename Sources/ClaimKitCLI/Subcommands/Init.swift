import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit init [DIR]`: create an annotation store.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create an annotation store (default ./annotations) with the default verdict scale.",
            discussion: "The scale lives in DIR/claimkit.json and may be edited: ratings with a name, a label and a ClaimReview ratingValue."
        )

        @Argument(help: ArgumentHelp("Where to create the store.", valueName: "dir"))
        var directory = "annotations"

        func run() throws {
            let store = try AnnotationStore.create(at: directory)
            print("created a claimkit store at \(store.root.path)")
            print("verdict scale: " + store.configuration.verdictScale.ratings.map(\.name).joined(separator: ", "))
        }
    }
}
