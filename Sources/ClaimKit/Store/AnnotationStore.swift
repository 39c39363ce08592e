import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The store's own settings, kept in `claimkit.json` at its root.
public struct StoreConfiguration: Sendable, Equatable, Codable {
    public var formatVersion: Int
    public var verdictScale: VerdictScale

    public init(formatVersion: Int = AnnotationFile.currentFormatVersion, verdictScale: VerdictScale = .standard) {
        self.formatVersion = formatVersion
        self.verdictScale = verdictScale
    }
}

/// A directory of annotated documents (SPEC §4), usually `annotations/` in a repository.
///
/// Layout: `claimkit.json` (format version and verdict scale) and, under `documents/`, for
/// each document `ID.txt` (the canonical text) and `ID.json` (its annotation file in the
/// native JSON format). Every write is atomic, and every read-modify-write holds the store's
/// lock, so concurrent claimkit processes lose no update.
public struct AnnotationStore: Sendable {
    public static let configurationFileName = "claimkit.json"
    public static let documentsDirectoryName = "documents"
    static let lockFileName = ".lock"

    public let root: URL
    public let configuration: StoreConfiguration

    /// Opens the store at `path`.
    ///
    /// - Throws: ``StoreError`` `.noStore` when there is no `claimkit.json`, `.corruptFile`
    ///   when it cannot be read.
    public init(at path: String) throws {
        root = URL(fileURLWithPath: path)
        let configURL = root.appendingPathComponent(Self.configurationFileName)
        guard FileManager.default.fileExists(atPath: configURL.path) else {
            throw StoreError(.noStore, "no claimkit store at \(path) (no \(Self.configurationFileName)); create one with `claimkit init \(path)` or point --store at it")
        }
        do {
            configuration = try JSONDecoder().decode(StoreConfiguration.self, from: Data(contentsOf: configURL))
        } catch {
            throw StoreError(.corruptFile, "\(configURL.path): cannot read the store configuration: \(error)")
        }
        // A text swap cut short by a crash is finished (or undone) before anything reads the store.
        if !pendingTexts().isEmpty { _ = try? withLock {} }
    }

    /// Creates an empty store at `path` (the directory may exist but must hold no store).
    @discardableResult
    public static func create(at path: String, configuration: StoreConfiguration = StoreConfiguration()) throws -> AnnotationStore {
        let root = URL(fileURLWithPath: path)
        let configURL = root.appendingPathComponent(configurationFileName)
        guard !FileManager.default.fileExists(atPath: configURL.path) else {
            throw StoreError(.storeExists, "\(path) already holds a claimkit store (\(configurationFileName)); nothing was changed")
        }
        do {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(documentsDirectoryName), withIntermediateDirectories: true)
        } catch {
            throw StoreError(.io, "cannot create the store directory \(path): \(error.localizedDescription)")
        }
        try AtomicFile.write(Data("\(lockFileName)\n.*.tmp-*\n".utf8), to: root.appendingPathComponent(".gitignore"))
        try AtomicFile.write(try NativeJSON.encode(configuration), to: configURL)
        return try AnnotationStore(at: path)
    }

    // MARK: - Paths

    var documentsDirectory: URL { root.appendingPathComponent(Self.documentsDirectoryName) }

    public func annotationURL(_ id: String) -> URL { documentsDirectory.appendingPathComponent("\(id).json") }
    public func textURL(_ id: String) -> URL { documentsDirectory.appendingPathComponent("\(id).txt") }

    /// Suffix of a new text waiting to replace `ID.txt` (``writePair(id:text:file:)``); the
    /// name matches the store's `.gitignore` pattern `.*.tmp-*`.
    static let pendingTextSuffix = ".txt.tmp-next"

    /// Where the new text of document `id` waits while its annotation file is written.
    func pendingTextURL(_ id: String) -> URL { documentsDirectory.appendingPathComponent(Self.pendingTextName(id)) }

    /// The file name of the text waiting to replace document `id`'s, in `documents/`.
    static func pendingTextName(_ id: String) -> String { ".\(id)\(pendingTextSuffix)" }

    /// The ids of the stored documents, sorted.
    public func documentIDs() throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: documentsDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    public func contains(_ id: String) -> Bool {
        FileManager.default.fileExists(atPath: annotationURL(id).path)
    }

    // MARK: - Reading

    /// The annotation file of document `id`.
    public func load(_ id: String) throws -> AnnotationFile {
        try DocumentID.validate(id)
        let url = annotationURL(id)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw StoreError(.notFound, "no document '\(id)' in the store at \(root.path); `claimkit status` lists the documents")
        }
        do {
            return try NativeJSON.decode(data)
        } catch {
            throw StoreError(.corruptFile, "\(url.path): not a valid claimkit annotation file (\(error)); run `claimkit validate \(url.path)`")
        }
    }

    /// The canonical text of document `id`.
    public func text(_ id: String) throws -> Document {
        try DocumentID.validate(id)
        let url = textURL(id)
        do {
            return try DocumentLoader.load(contentsOf: url.path, as: .plainText)
        } catch let error as DocumentLoadError {
            throw StoreError(.corruptFile, error.description)
        }
    }

    // MARK: - Writing

    /// Runs `body` on document `id`'s annotation file under the store lock and writes the
    /// result atomically. Nothing is written when `body` throws.
    @discardableResult
    public func update<R>(_ id: String, _ body: (inout AnnotationFile) throws -> R) throws -> R {
        try withLock {
            var file = try load(id)
            let result = try body(&file)
            try AtomicFile.write(try NativeJSON.encode(file), to: annotationURL(id))
            return result
        }
    }

    /// Runs `body` holding the store's exclusive lock.
    func withLock<R>(_ body: () throws -> R) throws -> R {
        let lock = try StoreLock(root.appendingPathComponent(Self.lockFileName))
        defer { withExtendedLifetime(lock) {} }
        completePendingTexts()
        return try body()
    }

    /// Replaces the text and the annotation file of document `id` so that a crash at any point
    /// leaves both old or both new (SPEC §4). The annotation file is the commit point: the new
    /// text first goes to ``pendingTextURL(_:)``, then the annotation file is replaced, then the
    /// pending text is renamed over `ID.txt`. A crash before the second step leaves the old pair
    /// (and a pending file, dropped later); a crash after it leaves a pending text whose SHA-256
    /// the annotation file names, which ``completePendingTexts()`` moves into place and which
    /// the validator reads meanwhile. Call with the lock held.
    func writePair(id: String, text: [UInt8]?, file: AnnotationFile) throws {
        guard let text else {
            return try AtomicFile.write(try NativeJSON.encode(file), to: annotationURL(id))
        }
        let pending = pendingTextURL(id)
        try AtomicFile.write(Data(text), to: pending)
        do {
            try AtomicFile.write(try NativeJSON.encode(file), to: annotationURL(id))
        } catch {
            unlink(pending.path)
            throw error
        }
        guard rename(pending.path, textURL(id).path) == 0 else {
            throw StoreError(.io, "cannot move \(pending.path) to \(textURL(id).path): \(String(cString: strerror(errno)))")
        }
        AtomicFile.syncDirectory(documentsDirectory)
    }

    /// Names of pending texts in `documents/`.
    private func pendingTexts() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: documentsDirectory.path)) ?? []
        return names.filter { $0.hasPrefix(".") && $0.hasSuffix(Self.pendingTextSuffix) }
    }

    /// Finishes each text swap a crash interrupted, if its annotation file was already written
    /// (the file names the pending text's SHA-256), and otherwise drops the pending text.
    /// Call with the lock held.
    private func completePendingTexts() {
        let pending = pendingTexts()
        guard !pending.isEmpty else { return }
        for name in pending {
            let id = String(name.dropFirst().dropLast(Self.pendingTextSuffix.count))
            let url = documentsDirectory.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path), let file = try? load(id),
               file.document.textSHA256 == Self.sha256([UInt8](data)) {
                rename(url.path, textURL(id).path)
            } else {
                unlink(url.path)
            }
        }
        AtomicFile.syncDirectory(documentsDirectory)
    }
}

extension NativeJSON {
    /// Any value with the native encoder's settings (the store configuration, for one).
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try encoder().encode(value)
        data.append(0x0A)
        return data
    }
}
