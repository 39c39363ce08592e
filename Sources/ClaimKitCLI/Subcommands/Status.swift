import ArgumentParser
import ClaimKit

extension ClaimKitCommand {
    /// `claimkit status`: per document, how far the checking has come.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Per document: claims flagged, dismissed, with sources, with a current verdict.")

        @OptionGroup var store: StoreOptions
        @Option(help: "Output format: text or json.") var format: DataFormat = .text

        func run() throws {
            let rows = try store.open().status()
            switch format {
            case .json: print(try JSONOutput.string(rows))
            case .text:
                print("document".padding(toLength: 28, withPad: " ", startingAt: 0) + " flagged dismissed sources verdict orphaned")
                for row in rows {
                    let cells = [row.flagged, row.dismissed, row.withSources, row.withCurrentVerdict, row.orphaned]
                        .map { String($0).leftPadded(to: 8) }.joined(separator: " ")
                    print(row.id.padding(toLength: 28, withPad: " ", startingAt: 0) + cells)
                }
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
