/// A piece of a document's text kept as the document's UTF-8 bytes and a range, made into a
/// `String` only when it is read.
///
/// The extractor gives every mention its text and every claim its exact text, prefix and
/// suffix; made as `String`s, each cost a UTF-8 validation and, past 15 bytes, an allocation,
/// while the batch writer only copies them back out as bytes. A slice holds the bytes it was
/// taken from (an array shares its storage, so this costs a reference, not a copy) and the
/// writer reads them in place. Text given as a
/// `String` (read from a file, set by a person) is kept as that `String`.
struct TextSlice: Sendable {
    private enum Storage: Sendable {
        case string(String)
        /// A range of valid UTF-8 that starts and ends on scalar boundaries.
        case utf8([UInt8], ByteRange)
    }

    private let storage: Storage

    init(_ string: String) {
        storage = .string(string)
    }

    /// The text of `range` of `utf8`, which must be valid UTF-8 and start and end on scalar
    /// boundaries (as a document's ``Document/utf8`` and the extractor's ranges are).
    init(utf8: [UInt8], range: ByteRange) {
        storage = .utf8(utf8, range)
    }

    /// The text as a `String`, made from the bytes on every read.
    var string: String {
        switch storage {
        case .string(let string): string
        case .utf8(let bytes, let range): String(decoding: bytes[range], as: UTF8.self)
        }
    }

    /// Runs `body` over the text's UTF-8 bytes, without making a `String` of a slice.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .string(var string):
            return try string.withUTF8(body)
        case .utf8(let bytes, let range):
            return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }
}

extension TextSlice: Equatable {
    /// Equal when the texts are equal as `String`s, however each is kept.
    static func == (a: TextSlice, b: TextSlice) -> Bool {
        a.string == b.string
    }
}
