/// Document ids: short, typable, and safe as file names (no `/`, no `..`, no leading dot), so
/// no id can escape the store directory.
public enum DocumentID {
    /// Throws unless `id` is 1–64 characters of ASCII letters, digits, `-`, `_` and `.`,
    /// starting with a letter or digit.
    public static func validate(_ id: String) throws {
        let bytes = Array(id.utf8)
        let ok = !bytes.isEmpty && bytes.count <= 64
            && (UTF8Bytes.isASCIILetter(bytes[0]) || UTF8Bytes.isDigit(bytes[0]))
            && bytes.allSatisfy { UTF8Bytes.isASCIILetter($0) || UTF8Bytes.isDigit($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
            && !id.contains("..")
        guard ok else {
            throw StoreError(.invalidArgument, "'\(id)' is not a usable document id: use 1–64 letters, digits, '-', '_' or '.', starting with a letter or digit (e.g. kyiv-talks-2025)")
        }
    }

    /// An id made from a file name: `Kyiv Talks (2025).txt` → `kyiv-talks-2025`.
    public static func fromFileName(_ path: String) -> String {
        var name = Substring(path.split(separator: "/").last ?? Substring(path))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        var id = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == ".") {
                id.unicodeScalars.append(scalar)
            } else if !id.isEmpty && !id.hasSuffix("-") {
                id += "-"
            }
        }
        while id.hasSuffix("-") || id.hasSuffix(".") { id.removeLast() }
        return String(id.prefix(64))
    }
}
