import Foundation

/// The paths a user named, expanded into the files to validate, in order: a store directory
/// becomes its `claimkit.json` and its documents (by name), a file is placed in its store
/// when it lies in one. Problems found while expanding (a missing path, a directory that is
/// no store, a text without annotations) are results already.
struct ValidationPlan {
    enum Slot {
        case done(ValidationReport.FileResult)
        case target(ValidationTarget)
    }

    private(set) var slots: [Slot] = []
    private var seen = Set<String>()
    private var stores: [String: StoreContext] = [:]

    init(paths: [String]) {
        for path in paths { add(path) }
    }

    private var fileManager: FileManager { .default }

    private mutating func add(_ path: String) {
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return finish(path, ValidationIssue(code: .unreadablePath, file: path, message: "no such file or directory",
                                                fix: "name annotation files (.json, .xml) or store directories"))
        }
        if isDirectory.boolValue { addStore(path) } else { addFile(path) }
    }

    private mutating func addStore(_ path: String) {
        guard fileManager.fileExists(atPath: (path as NSString).appendingPathComponent(AnnotationStore.configurationFileName)) else {
            return finish(path, ValidationIssue(code: .notAStore, file: path,
                                                message: "not a claimkit store: the directory has no \(AnnotationStore.configurationFileName)",
                                                fix: "name a store directory (made by `claimkit init`) or annotation files"))
        }
        let store = storeContext(root: path)
        let documents = store.documentsPath
        let names = ((try? fileManager.contentsOfDirectory(atPath: documents)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let annotated = Set(names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.map { ($0 as NSString).deletingPathExtension })
        for name in names {
            let file = (documents as NSString).appendingPathComponent(name)
            switch (name as NSString).pathExtension {
            case "json": addTarget(ValidationTarget(path: file, format: .json, store: store))
            case "xml": addTarget(ValidationTarget(path: file, format: .xml, store: store))
            case "txt" where !annotated.contains((name as NSString).deletingPathExtension):
                finish(file, ValidationIssue(code: .textWithoutAnnotations, file: file,
                                             message: "the store holds this text but no annotation file for it",
                                             fix: "re-ingest it with `claimkit add`, or delete it"))
            default: break
            }
        }
    }

    private mutating func addFile(_ path: String) {
        if (path as NSString).lastPathComponent == AnnotationStore.configurationFileName {
            // A store's configuration (a pre-commit hook may name it): checked as such.
            let directory = (path as NSString).deletingLastPathComponent
            _ = storeContext(root: directory.isEmpty ? "." : directory)
            return
        }
        var format = ValidationTarget.format(of: path, data: Data())
        if format == nil {
            guard let data = fileManager.contents(atPath: path) else {
                return finish(path, ValidationIssue(code: .unreadablePath, file: path, message: "cannot read the file"))
            }
            format = ValidationTarget.format(of: path, data: data)
        }
        guard let format else {
            return finish(path, ValidationIssue(code: .unknownFileKind, file: path,
                                                message: "neither a JSON nor an XML annotation file",
                                                fix: "name .json or .xml annotation files, or a store directory"))
        }
        let store = StoreContext.root(around: path).map { storeContext(root: $0) }
        addTarget(ValidationTarget(path: path, format: format, store: store))
    }

    /// The store at `root`, its configuration checked (and reported) once.
    private mutating func storeContext(root: String) -> StoreContext {
        let key = Self.key(root)
        if let known = stores[key] { return known }
        let configuration = (root as NSString).appendingPathComponent(AnnotationStore.configurationFileName)
        let (issues, scale) = StoreConfigurationValidation.validate(configuration)
        let store = StoreContext(root: root, scale: scale)
        stores[key] = store
        if seen.insert(Self.key(configuration)).inserted {
            slots.append(.done(ValidationReport.FileResult(path: configuration, issues: issues)))
        }
        return store
    }

    private mutating func addTarget(_ target: ValidationTarget) {
        guard seen.insert(Self.key(target.path)).inserted else { return }
        slots.append(.target(target))
    }

    private mutating func finish(_ path: String, _ issue: ValidationIssue) {
        guard seen.insert(Self.key(path)).inserted else { return }
        slots.append(.done(ValidationReport.FileResult(path: path, issues: [issue])))
    }

    /// One key per file however it was named (`a/./b.json`, `a/b.json`).
    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
