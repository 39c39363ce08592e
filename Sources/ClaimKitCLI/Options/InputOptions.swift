import ArgumentParser
import ClaimKit
import Foundation

/// Where a document comes from: a path, or `-` for standard input.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The article: a .txt, .md or .html file, or - for standard input.", valueName: "file"))
    var input: String

    @Option(name: .customLong("type"),
            help: "How to read the input: txt, md or html (default: from the file extension, else sniffed).")
    var mediaType: InputMediaType?

    /// Loads the document, reading standard input for `-`.
    func loadDocument() throws -> Document {
        if input == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try DocumentLoader.load(bytes: [UInt8](data), name: DocumentLoader.standardInputName,
                                           as: mediaType?.mediaType)
        }
        return try DocumentLoader.load(contentsOf: input, as: mediaType?.mediaType)
    }
}

/// The `--type` values.
enum InputMediaType: String, ExpressibleByArgument, CaseIterable {
    case txt, md, html

    var mediaType: MediaType {
        switch self {
        case .txt: .plainText
        case .md: .markdown
        case .html: .html
        }
    }
}

/// `--format text|json` for commands whose output is data.
enum DataFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
