import Foundation

/// Turns a file or a buffer of bytes into a ``Document`` with its canonical text (SPEC §1).
///
/// Checks come before any rendering, in the order a user can act on them: empty input, binary
/// input (a NUL byte), then ill-formed UTF-8, each naming the file and the byte offset.
public enum DocumentLoader {
    /// Name used in messages for standard input.
    public static let standardInputName = "<stdin>"

    /// Loads the file at `path`; the media type comes from `mediaType`, else the extension,
    /// else a sniff of the content.
    ///
    /// - Throws: ``DocumentLoadError``.
    public static func load(contentsOf path: String, as mediaType: MediaType? = nil) throws -> Document {
        guard let bytes = readFile(path) else {
            throw DocumentLoadError(code: .unreadable, file: path,
                                    message: "cannot read the file (\(readReason(path))); check the path and its permissions")
        }
        return try load(bytes: bytes, name: path, as: mediaType ?? MediaType(fileExtensionOf: path))
    }

    /// Loads a document from raw bytes, e.g. standard input.
    ///
    /// - Parameters:
    ///   - name: what messages call the input (a path, or ``standardInputName``).
    ///   - mediaType: how to render it; `nil` sniffs the content.
    /// - Throws: ``DocumentLoadError``.
    public static func load(bytes: [UInt8], name: String, as mediaType: MediaType? = nil) throws -> Document {
        try load(bytes: bytes, name: name, as: mediaType, known: [])
    }

    /// ``load(bytes:name:as:)``, skipping the checks and the work that what is `known` of the
    /// bytes makes needless (a batch line's text, checked and decoded with its line): the
    /// UTF-8 check, the search for NUL and carriage returns, the scalar count of ASCII.
    static func load(bytes: [UInt8], name: String, as mediaType: MediaType?, known: KnownTextFacts) throws -> Document {
        let plain = known.contains(.noNULOrCarriageReturn)
        try checkIsText(bytes, name: name, checkingNUL: !plain, checkingUTF8: !known.contains(.validUTF8))
        let utf8 = normalizedBytes(bytes, mayHoldCarriageReturns: !plain)
        guard utf8.contains(where: { !isASCIIWhitespace($0) }) else {
            throw DocumentLoadError(code: .empty, file: name,
                                    message: "the input holds only whitespace; there is no text to annotate")
        }
        switch mediaType ?? MediaType.sniff(bytes) {
        case .plainText:
            return Document(validUTF8: utf8, isASCII: known.contains(.ascii), mediaType: .plainText)
        case .markdown:
            return document(from: try MarkdownTextRenderer.render(String(decoding: utf8, as: UTF8.self), file: name), mediaType: .markdown)
        case .html:
            return document(from: try HTMLTextRenderer.render(utf8, file: name), mediaType: .html)
        }
    }

    private static func document(from rendered: RenderedText, mediaType: MediaType) -> Document {
        Document(text: rendered.text, mediaType: mediaType, title: rendered.title,
                 links: rendered.links, footnoteReferences: rendered.footnoteReferences)
    }

    /// Rejects empty, binary (when `checkingNUL`) and ill-formed (when `checkingUTF8`) input
    /// with the byte offset of the problem.
    private static func checkIsText(_ bytes: [UInt8], name: String, checkingNUL: Bool, checkingUTF8: Bool) throws {
        guard !bytes.isEmpty else {
            throw DocumentLoadError(code: .empty, file: name, message: "the input is empty; there is no text to annotate")
        }
        if checkingNUL, let nul = UTF8Bytes.firstIndex(of: 0, in: bytes) {
            throw DocumentLoadError(code: .binary, file: name, byteOffset: nul,
                                    message: "NUL byte: this looks like a binary file, not text; give a .txt, .md or .html article in UTF-8")
        }
        guard checkingUTF8 else { return }
        let invalid = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
        if let invalid {
            let shown = bytes[invalid..<min(invalid + 4, bytes.count)].map { String($0, radix: 16, uppercase: true) }
            throw DocumentLoadError(code: .invalidUTF8, file: name, byteOffset: invalid,
                                    message: "invalid UTF-8 (bytes \(shown.joined(separator: " "))); convert the file to UTF-8, e.g. with `iconv -f LATIN1 -t UTF-8`")
        }
    }

    /// Drops a byte-order mark and turns `\r\n` and lone `\r` into `\n`; returns `bytes`
    /// themselves, not a copy, when there is nothing to change (the common case). When the
    /// caller knows there is no `\r` (`mayHoldCarriageReturns` false), they are not looked for.
    static func normalizedBytes(_ bytes: [UInt8], mayHoldCarriageReturns: Bool = true) -> [UInt8] {
        var start = 0
        if UTF8Bytes.startsWithByteOrderMark(bytes) { start = 3 }
        guard mayHoldCarriageReturns, UTF8Bytes.firstIndex(of: 13, in: bytes, from: start) != nil else {
            return start == 0 ? bytes : Array(bytes[start...])
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 13 {
                out.append(10)
                if i + 1 < bytes.count && bytes[i + 1] == 10 { i += 1 }
            } else {
                out.append(byte)
            }
            i += 1
        }
        return out
    }

    /// The whole file, read straight into an array (`Data(contentsOf:)` and a conversion would
    /// copy a large article twice more); `nil` when it cannot be read.
    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return nil }
        var bytes: [UInt8] = []
        // One byte more than the file's size, so that the end is seen in the first read; a pipe
        // or a file that grew goes on in chunks.
        var capacity = max(Int(status.st_size), 0) + 1
        while true {
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                while count < capacity {
                    let got = read(descriptor, buffer.baseAddress! + count, capacity - count)
                    if got > 0 { count += got } else if got == 0 { break } else if errno != EINTR { failed = true; break }
                }
            }
            if failed { return nil }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if chunk.count < capacity { return bytes }
            capacity = 1 << 20
        }
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 || byte == 11
    }

    private static func readReason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        return "permission denied or I/O error"
    }
}
