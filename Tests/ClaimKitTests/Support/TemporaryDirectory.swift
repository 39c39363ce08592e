import Foundation

/// A fresh directory under the system's temporary directory, for store tests.
func makeTemporaryDirectory(_ label: String = "store") throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

/// Every file under `directory` with its bytes, to prove a failed command changed nothing.
func snapshot(_ directory: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: directory)
    while let path = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let full = directory + "/" + path
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = FileManager.default.contents(atPath: full)
        }
    }
    return files
}
