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
    /// The text when it was given as a `String`; `nil` for a slice of `utf8`.
    private let given: String?
    /// The bytes the slice was taken from: valid UTF-8, with `range` starting and ending on
    /// scalar boundaries. Kept as plain stored properties, not the payload of an enum, so that
    /// reading them in place needs no copy of the array reference.
    private let utf8: [UInt8]
    private let range: ByteRange

    init(_ string: String) {
        given = string
        utf8 = []
        range = 0..<0
    }

    /// The text of `range` of `utf8`, which must be valid UTF-8 and start and end on scalar
    /// boundaries (as a document's ``Document/utf8`` and the extractor's ranges are).
    init(utf8: [UInt8], range: ByteRange) {
        given = nil
        self.utf8 = utf8
        self.range = range
    }

    /// The text as a `String`, made from the bytes on every read of a slice.
    var string: String {
        given ?? String(decoding: utf8[range], as: UTF8.self)
    }

    /// Runs `body` over the text's UTF-8 bytes, without making a `String` of a slice. Inlined,
    /// so that the batch writer's `body` is not a closure called through a context.
    @inline(__always)
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if var given { return try given.withUTF8(body) }
        return try utf8.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}

extension TextSlice: Equatable {
    /// Equal when the texts are equal as `String`s, however each is kept.
    static func == (a: TextSlice, b: TextSlice) -> Bool {
        a.string == b.string
    }
}

extension JSONWriter {
    /// Text taken from a document, copied from its bytes without making a `String` of a slice.
    /// Inlined like the other fields, so that its constant key is a few moves.
    @inline(__always)
    mutating func field(_ key: StaticString, _ value: TextSlice) {
        value.withUTF8 { keyAndString(key, utf8: $0) }
    }
}
