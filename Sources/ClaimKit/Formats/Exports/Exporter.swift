import Foundation

/// The one entry point of `claimkit export`: any format, from annotation files or a store.
public enum Exporter {
    /// The files `format` makes of `documents`.
    ///
    /// json and xml give one native file per document; brat gives `ID.txt`/`ID.ann` per
    /// document plus the collection's configuration; webannotation, claimreview, html and
    /// csv give one file for all the documents.
    ///
    /// - Throws: ``ExportError`` (a rating off the scale, ClaimReview without a review URL,
    ///   no documents), or the native writers' errors.
    public static func export(_ documents: [ExportDocument], as format: ExportFormat, scale: VerdictScale,
                              options: ExportOptions = ExportOptions()) throws -> [ExportOutput] {
        guard !documents.isEmpty else { throw ExportError(.noDocuments, "nothing to export: name documents or use --all (`claimkit status` lists them)") }
        let stem = documents.count == 1 ? documents[0].file.document.id : "claims"
        switch format {
        case .json:
            return try documents.map { ExportOutput(name: "\($0.file.document.id).json", data: try NativeJSON.encode($0.file)) }
        case .xml:
            return try documents.map { ExportOutput(name: "\($0.file.document.id).xml", data: try NativeXML.encode($0.file)) }
        case .webannotation:
            return [ExportOutput(name: "\(stem).annotations.jsonld", data: try WebAnnotationExporter.export(documents, scale: scale))]
        case .claimreview:
            return [ExportOutput(name: "\(stem).claimreview.jsonld", data: try ClaimReviewExporter.export(documents, scale: scale, options: options))]
        case .html:
            return [ExportOutput(name: "\(stem).html", data: Data(try HTMLReviewPage.render(documents, scale: scale, options: options).utf8))]
        case .csv:
            return [ExportOutput(name: "\(stem).csv", data: try CSVExporter.export(documents, scale: scale))]
        case .brat:
            return try BratExporter.export(documents, scale: scale, options: options)
        }
    }

    /// The documents `ids` of `store` (all of them when `ids` is empty), with their texts.
    public static func documents(in store: AnnotationStore, ids: [String]) throws -> [ExportDocument] {
        let ids = ids.isEmpty ? try store.documentIDs() : ids
        return try ids.map { id in ExportDocument(file: try store.load(id), text: try store.text(id)) }
    }

    /// Writes `outputs` to `path`: one output to the file `path` (or into `path` when it is a
    /// directory), several into the directory `path`, created when missing. Each file is
    /// written whole or not at all.
    ///
    /// - Returns: the paths written.
    /// - Throws: ``ExportError`` `.output` when several outputs meet an existing file, or a
    ///   file cannot be written.
    @discardableResult
    public static func write(_ outputs: [ExportOutput], to path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let directory: URL
        if outputs.count == 1 && !(exists && isDirectory.boolValue) {
            let url = URL(fileURLWithPath: path)
            try write(outputs[0].data, to: url)
            return [url.path]
        } else if exists && !isDirectory.boolValue {
            throw ExportError(.output, "\(path) is a file, but this export writes \(outputs.count) files (\(outputs.map(\.name).joined(separator: ", "))); give -o a directory")
        } else {
            directory = URL(fileURLWithPath: path, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw ExportError(.output, "cannot create the directory \(path): \(error.localizedDescription)")
            }
        }
        return try outputs.map { output in
            let url = directory.appendingPathComponent(output.name)
            try write(output.data, to: url)
            return url.path
        }
    }

    private static func write(_ data: Data, to url: URL) throws {
        do {
            try AtomicFile.write(data, to: url)
        } catch {
            throw ExportError(.output, "cannot write \(url.path): \(error); check the directory exists and is writable")
        }
    }
}
