/// Whether "he" or "she" can stand for a speaker, where the article says: an honorific before the
/// name ("Mr Tansley", "Mrs Thatcher", "Sir Alex Ferguson") or, for a name given without one,
/// the same surname with an honorific elsewhere in the article ("rally driver Dave Hawkins …
/// Mr Hawkins"). BBC style names a person in full once and by honorific and surname after.
///
/// Without lists of first names this is only agreement where the text is explicit: a speaker
/// whose gender the article does not state fits either pronoun.
struct SpeakerGender {
    enum Gender: Sendable { case masculine, feminine }

    static let honorifics = PackedWordTable<Gender>([
        ("mr", .masculine), ("sir", .masculine), ("lord", .masculine), ("baron", .masculine),
        ("king", .masculine), ("prince", .masculine),
        ("mrs", .feminine), ("ms", .feminine), ("miss", .feminine), ("lady", .feminine),
        ("dame", .feminine), ("baroness", .feminine), ("queen", .feminine), ("princess", .feminine),
    ])

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Surnames written after an honorific somewhere in the article, with that honorific's
    /// gender (`nil` when the article gives both).
    private let surnames: [String: Gender?]

    /// Reads every "Honorific Surname" of the article, in one pass over its words.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var surnames: [String: Gender?] = [:]
        var i = 0
        while i < bytes.count {
            guard UTF8Bytes.isASCIIUpper(bytes[i]), i == 0 || !UTF8Bytes.isASCIILetter(bytes[i - 1]) else { i += 1; continue }
            var end = i
            while end < bytes.count && UTF8Bytes.isASCIILetter(bytes[end]) { end += 1 }
            if let gender = Self.honorifics.value(bytes, from: i, to: end) {
                var next = end
                if next < bytes.count && bytes[next] == UInt8(ascii: ".") { next += 1 }
                if next + 1 < bytes.count && bytes[next] == 0x20 && UTF8Bytes.isASCIIUpper(bytes[next + 1]) {
                    // "Mr Tansley", "Mr John Smith": the last of the capitalised words.
                    var surname = Self.name(bytes, from: next + 1)
                    while surname.upperBound + 1 < bytes.count, bytes[surname.upperBound] == 0x20,
                          UTF8Bytes.isASCIIUpper(bytes[surname.upperBound + 1]) {
                        surname = Self.name(bytes, from: surname.upperBound + 1)
                    }
                    let key = String(decoding: bytes[surname], as: UTF8.self)
                    if let known = surnames[key], known != gender { surnames[key] = .some(nil) } else { surnames[key] = gender }
                }
            }
            i = max(end, i + 1)
        }
        self.surnames = surnames
    }

    /// The gender the article gives the speaker named by `phrase`, if it gives one.
    func gender(of phrase: ByteRange) -> Gender? {
        var start = phrase.lowerBound
        while start < phrase.upperBound && !UTF8Bytes.isASCIILetter(bytes[start]) { start += 1 }
        var end = start
        while end < phrase.upperBound && UTF8Bytes.isASCIILetter(bytes[end]) { end += 1 }
        if let gender = Self.honorifics.value(bytes, from: start, to: end) { return gender }
        // The last capitalised word of the phrase: the surname of "Dave Hawkins".
        var last = phrase.upperBound
        while last > phrase.lowerBound && !UTF8Bytes.isASCIILetter(bytes[last - 1]) { last -= 1 }
        var first = last
        while first > phrase.lowerBound && UTF8Bytes.isASCIILetter(bytes[first - 1]) { first -= 1 }
        guard first < last, UTF8Bytes.isASCIIUpper(bytes[first]) else { return nil }
        return surnames[String(decoding: bytes[first..<last], as: UTF8.self)] ?? nil
    }

    /// Whether `pronoun` ("he", "she", any case) may stand for the speaker `phrase`.
    func fits(_ phrase: ByteRange, pronoun: ByteRange) -> Bool {
        let isShe = bytes[pronoun.lowerBound] | 0x20 == UInt8(ascii: "s")
        let isHe = !isShe && pronoun.count == 2 && bytes[pronoun.lowerBound] | 0x20 == UInt8(ascii: "h")
        guard isShe || isHe, let gender = gender(of: phrase) else { return true }
        return isShe ? gender == .feminine : gender == .masculine
    }

    /// The letters of the word at `start` (a capitalised word, possibly hyphenated: "Smith-Jones").
    private static func name(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> ByteRange {
        var end = start
        while end < bytes.count && (UTF8Bytes.isASCIILetter(bytes[end]) || (bytes[end] == UInt8(ascii: "-") && end + 1 < bytes.count && UTF8Bytes.isASCIIUpper(bytes[end + 1]))) {
            end += 1
        }
        return start..<end
    }
}
