#if canImport(Glibc)
import Glibc
#endif

/// Reads one line of a batch, a JSON object, straight from its bytes into a ``BatchArticle``.
///
/// Hand-written because no JSON package is available here, and neither general reader fits:
/// Foundation's `JSONDecoder` was a noticeable part of `claimkit batch`'s time and hands back
/// the text as a `String` that had to be copied into bytes again for ``DocumentLoader``; the
/// validator's ``JSONParser`` builds a tree of every value. This reader decodes the text once,
/// into the byte array the loader takes, and turns nothing else into values.
///
/// It is strict JSON (RFC 8259) all the same: the whole line must be one object and valid UTF-8
/// (a byte-order mark at its start is skipped); every escape is decoded, `\uXXXX` surrogate
/// pairs included, and a lone surrogate is an error. Keys other than `id`, `text`, `title`,
/// `url` and `published` are skipped whatever their value, nested objects and arrays too
/// (checked as JSON, up to ``maximumDepth`` deep); `null` for an optional key means absent.
/// A known key given twice is an error, not last-wins: a line with two texts is ambiguous.
///
/// Every error says what is wrong and where: a column, counting bytes from 1.
struct BatchLineParser {
    /// Deeper nesting in a skipped value is refused, so a hostile line cannot overflow the stack.
    static let maximumDepth = 512

    /// The keys an article has.
    enum Field: String {
        case id, text, title, url, published

        /// The field whose name is `key`, nil for a key to skip. The names are compared as
        /// bytes: no `String` is made of every key of every line; and the key's length says
        /// which one name it can be, so each key is compared once.
        init?(key: UnsafeBufferPointer<UInt8>) {
            let (field, name): (Field, StaticString)
            switch key.count {
            case 2: (field, name) = (.id, "id")
            case 3: (field, name) = (.url, "url")
            case 4: (field, name) = (.text, "text")
            case 5: (field, name) = (.title, "title")
            case 9: (field, name) = (.published, "published")
            default: return nil
            }
            guard memcmp(key.baseAddress!, name.utf8Start, key.count) == 0 else { return nil }
            self = field
        }

        var isOptional: Bool { self != .id && self != .text }

        /// The field's bit in a set of fields held as one byte.
        var bit: UInt8 {
            switch self {
            case .id: 1
            case .text: 2
            case .title: 4
            case .url: 8
            case .published: 16
            }
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Where reading continues.
    var offset = 0
    /// The body of the `"text"` string when its bytes are known to be ASCII (and so UTF-8).
    private var asciiTextBody: Range<Int>?

    /// An article and what the parser learnt of its text.
    struct Parsed {
        var article: BatchArticle
        /// What is known of `article.textUTF8` (it is always valid UTF-8).
        var textFacts: KnownTextFacts
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(BatchLineError) -> Parsed {
        var parser = BatchLineParser(bytes: bytes)
        return try parser.parseCheckingUTF8()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The article of a line that must be UTF-8 throughout, whatever else is wrong with it:
    /// a line that is not is refused as such, before any JSON error.
    ///
    /// The check comes after reading the object, not before: the text, most of the line, is
    /// then known to be ASCII in seven lines in ten (``decodedInOnePass()`` or-ed its bytes as
    /// it copied them), and only the rest of the line is checked, instead of every byte. A line
    /// that fails to read is checked whole before its error is given.
    private mutating func parseCheckingUTF8() throws(BatchLineError) -> Parsed {
        var parsed: Parsed
        do {
            parsed = try parseArticle()
        } catch {
            if let bad = UTF8Validation.firstInvalidOffset(in: bytes) { throw invalidUTF8(at: bad) }
            throw error
        }
        // An ASCII text's bytes are UTF-8; the line's other bytes are checked on either side of
        // it (split at its quotes, which no sequence spans).
        let skipped = asciiTextBody ?? bytes.count..<bytes.count
        if let bad = UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: bytes[..<skipped.lowerBound])) {
            throw invalidUTF8(at: bad)
        }
        if let bad = UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: bytes[skipped.upperBound...])) {
            throw invalidUTF8(at: skipped.upperBound + bad)
        }
        parsed.textFacts.insert(.validUTF8)
        return parsed
    }

    private func invalidUTF8(at bad: Int) -> BatchLineError {
        BatchLineError("invalid UTF-8 at column \(bad + 1) (byte \(Self.hex(bytes[bad]))); save the file as UTF-8")
    }

    /// Reads the object; its UTF-8 is checked by the caller.
    private mutating func parseArticle() throws(BatchLineError) -> Parsed {
        if UTF8Bytes.startsWithByteOrderMark(bytes) { offset = 3 }
        skipWhitespace()
        guard current == UInt8(ascii: "{") else {
            throw BatchLineError("not a JSON object: found \(described(at: offset)) at column \(offset + 1); each line needs {\"id\": …, \"text\": …}")
        }
        offset += 1

        var id: String?, text: [UInt8]?, title: String?, url: String?, published: String?
        var textFacts: KnownTextFacts = []
        var publishedColumn = 0
        var seen: UInt8 = 0   // the bits of the fields read
        var isFirst = true
        while let key = try nextKey(isFirst: &isFirst) {
            guard let field = try field(named: key) else {
                try skipValue(depth: 1)
                continue
            }
            guard seen & field.bit == 0 else {
                throw BatchLineError("duplicate \"\(field.rawValue)\" at column \(key.open + 1); each key may appear once")
            }
            seen |= field.bit
            if field == .text {
                // Most of the line: found and decoded in one pass where it can be (see
                // decodedInOnePass), else as the other fields are.
                try expectString(for: field)
                if let string = decodedInOnePass() {
                    text = string.bytes
                    if string.isASCII {
                        textFacts.insert(.ascii)
                        asciiTextBody = string.body
                    }
                    if string.hasNoCarriageReturn { textFacts.insert(.noNULOrCarriageReturn) }
                } else {
                    text = try decoded(scanString())
                }
                continue
            }
            guard let value = try stringToken(for: field) else { continue }   // null for an optional key
            switch field {
            case .id: id = try decodedString(value)
            case .text: break   // read above
            case .title: title = try decodedString(value)
            case .url: url = try decodedString(value)
            case .published:
                published = try decodedString(value)
                publishedColumn = value.open + 1
            }
        }
        let objectEnd = offset   // just past the closing brace
        skipWhitespace()
        guard offset == bytes.count else {
            throw BatchLineError("more after the object: found \(described(at: offset)) at column \(offset + 1); each line holds one article")
        }
        guard let id else { throw missing(.id, objectEnd: objectEnd) }
        guard let text else { throw missing(.text, objectEnd: objectEnd) }
        if let published, CalendarDate(iso8601: published) == nil {
            throw BatchLineError("\"published\" at column \(publishedColumn) must be YYYY-MM-DD, got \"\(published)\"")
        }
        return Parsed(article: BatchArticle(id: id, textUTF8: text, title: title, url: url, published: published), textFacts: textFacts)
    }

    /// The article key `key` names, or nil for a key to skip.
    private func field(named key: StringToken) throws(BatchLineError) -> Field? {
        if !key.hasEscapes { return Field(key: UnsafeBufferPointer(rebasing: bytes[key.body])) }
        return try decoded(key).withUnsafeBufferPointer { Field(key: $0) }
    }

    /// Reads past the string at `offset`, the value of `field`; nil for `null` where the
    /// field is optional.
    private mutating func stringToken(for field: Field) throws(BatchLineError) -> StringToken? {
        if field.isOptional, skipLiteral("null") { return nil }
        try expectString(for: field)
        return try scanString()
    }

    /// Checks that a string, the value of `field`, starts at `offset`.
    private func expectString(for field: Field) throws(BatchLineError) {
        guard current != nil else { throw invalid("the line ends before the value of \"\(field.rawValue)\"", at: offset) }
        guard current == UInt8(ascii: "\"") else {
            throw BatchLineError("wrong type at \"\(field.rawValue)\" (column \(offset + 1)): expected a string\(field.isOptional ? " or null" : ""), found \(described(at: offset))")
        }
    }

    private func missing(_ field: Field, objectEnd: Int) -> BatchLineError {
        BatchLineError("missing \"\(field.rawValue)\" in the object ending at column \(objectEnd); each line needs {\"id\": …, \"text\": …}")
    }
}
