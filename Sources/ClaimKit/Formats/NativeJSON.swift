import Foundation

/// The native JSON annotation file (SPEC §5): pretty-printed, keys sorted, slashes unescaped,
/// so the same model always gives the same bytes and a git diff shows only what changed.
extension AnnotationFile: Codable {
    private enum Key: String, CodingKey {
        case formatVersion, document, mentions, claims, sources, verdicts
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(formatVersion, forKey: .formatVersion)
        try c.encode(document, forKey: .document)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(claims, forKey: .claims)
        try c.encode(sources, forKey: .sources)
        try c.encode(verdicts, forKey: .verdicts)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init(formatVersion: try c.decode(Int.self, forKey: .formatVersion),
                  document: try c.decode(DocumentMetadata.self, forKey: .document),
                  mentions: try c.decode([Mention].self, forKey: .mentions),
                  claims: try c.decode([Claim].self, forKey: .claims),
                  sources: try c.decode([Source].self, forKey: .sources),
                  verdicts: try c.decode([Verdict].self, forKey: .verdicts))
    }
}

/// Reads and writes the native JSON form.
public enum NativeJSON {
    /// The encoder every native JSON file is written with.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The bytes of `file`, ending with a newline.
    public static func encode(_ file: AnnotationFile) throws -> Data {
        var data = try encoder().encode(file)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> AnnotationFile {
        try JSONDecoder().decode(AnnotationFile.self, from: data)
    }
}
