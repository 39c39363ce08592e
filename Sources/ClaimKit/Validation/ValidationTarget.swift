import Foundation

/// One file the validator checks, with what it is checked against.
struct ValidationTarget: Sendable {
    enum Format: Sendable {
        case json, xml
    }

    /// The path as the user gave it, or as found inside a store they gave.
    let path: String
    let format: Format
    /// The store the file belongs to, or `nil` for a lone file.
    let store: StoreContext?

    /// The document id its file name gives (`talks` for `documents/talks.json`).
    var fileStem: String {
        let name = (path as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension
    }

    /// Where the file's canonical text is: `documents/ID.txt` in a store, `ID.txt` beside a
    /// lone file.
    var textPath: String {
        ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(fileStem + ".txt")
    }

    /// The format a file name or, failing that, its first byte implies.
    static func format(of path: String, data: Data) -> Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return .json
        case "xml": return .xml
        default:
            let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            return first == UInt8(ascii: "{") ? .json : first == UInt8(ascii: "<") ? .xml : nil
        }
    }
}

/// A store as the validator sees it: where it is and the verdict scale its files use.
struct StoreContext: Sendable {
    /// The store directory, as the user named it (or as found from a file inside it).
    let root: String
    /// `nil` when `claimkit.json` cannot be read; its problems are reported on that file.
    let scale: VerdictScale?

    var configurationPath: String {
        (root as NSString).appendingPathComponent(AnnotationStore.configurationFileName)
    }

    var documentsPath: String {
        (root as NSString).appendingPathComponent(AnnotationStore.documentsDirectoryName)
    }

    /// The store around `file`, when `file` is `STORE/documents/NAME`.
    static func root(around file: String) -> String? {
        let directory = (file as NSString).deletingLastPathComponent
        guard (directory as NSString).lastPathComponent == AnnotationStore.documentsDirectoryName else { return nil }
        let root = (directory as NSString).deletingLastPathComponent
        let configuration = ((root.isEmpty ? "." : root) as NSString).appendingPathComponent(AnnotationStore.configurationFileName)
        return FileManager.default.fileExists(atPath: configuration) ? (root.isEmpty ? "." : root) : nil
    }
}
