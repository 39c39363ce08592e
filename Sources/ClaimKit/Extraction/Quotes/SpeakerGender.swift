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

    /// Nouns that give a role phrase its gender: "A Conservative spokeswoman", "a spokesman for
    /// the Information Commissioner's Office".
    static let genderedNouns = PackedWordTable<Gender>([
        ("spokesman", .masculine), ("chairman", .masculine), ("congressman", .masculine),
        ("businessman", .masculine), ("sportsman", .masculine), ("frontman", .masculine),
        ("policeman", .masculine), ("headmaster", .masculine), ("man", .masculine),
        ("father", .masculine), ("husband", .masculine), ("son", .masculine), ("brother", .masculine),
        ("boy", .masculine), ("grandfather", .masculine), ("widower", .masculine),
        ("spokeswoman", .feminine), ("chairwoman", .feminine), ("congresswoman", .feminine),
        ("businesswoman", .feminine), ("sportswoman", .feminine), ("policewoman", .feminine),
        ("headmistress", .feminine), ("actress", .feminine), ("woman", .feminine), ("mother", .feminine),
        ("wife", .feminine), ("daughter", .feminine), ("sister", .feminine), ("girl", .feminine),
        ("grandmother", .feminine), ("widow", .feminine),
    ])

    private let bytes: UnsafeBufferPointer<UInt8>

    /// Nothing is read up front: a pronoun speaker is rare, and when one comes only its few
    /// candidate surnames are looked up (reading every honorific of the article at the first
    /// pronoun took a tenth of the time spent attributing quotations).
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// How far either side of the pronoun the surname is looked for: the whole of a news
    /// article, while a text of many megabytes with a pronoun in every sentence stays linear.
    static let searchRadius = 32_768

    /// The gender the article gives the speaker named by `phrase` near byte `position`, if it
    /// gives one.
    func gender(of phrase: ByteRange, near position: Int) -> Gender? {
        var start = phrase.lowerBound
        while start < phrase.upperBound && !UTF8Bytes.isASCIILetter(bytes[start]) { start += 1 }
        var end = start
        while end < phrase.upperBound && UTF8Bytes.isASCIILetter(bytes[end]) { end += 1 }
        if let gender = Self.honorifics.value(bytes, from: start, to: end) { return gender }
        if let gender = genderedNoun(in: phrase) { return gender }
        // The last capitalised word of the phrase: the surname of "Dave Hawkins".
        var last = phrase.upperBound
        while last > phrase.lowerBound && !UTF8Bytes.isASCIILetter(bytes[last - 1]) { last -= 1 }
        var first = last
        while first > phrase.lowerBound && UTF8Bytes.isASCIILetter(bytes[first - 1]) { first -= 1 }
        guard first < last, UTF8Bytes.isASCIIUpper(bytes[first]) else { return nil }
        let window = max(0, position - Self.searchRadius)..<min(bytes.count, position + Self.searchRadius)
        return gender(ofSurname: first..<last, in: window)
    }

    /// The gender of the first gendered noun of a phrase: "spokeswoman", "wife".
    private func genderedNoun(in phrase: ByteRange) -> Gender? {
        var i = phrase.lowerBound
        while i < phrase.upperBound {
            guard UTF8Bytes.isASCIILetter(bytes[i]) else { i += 1; continue }
            var end = i + 1
            while end < phrase.upperBound && UTF8Bytes.isASCIILetter(bytes[end]) { end += 1 }
            if let gender = Self.genderedNouns.value(bytes, from: i, to: end) { return gender }
            i = end
        }
        return nil
    }

    /// The gender of the honorifics written before `surname` in `window` ("Mr Hawkins", "Mrs
    /// Jane Hawkins"), `nil` when there is none or the text gives both.
    private func gender(ofSurname surname: ByteRange, in window: Range<Int>) -> Gender? {
        var found: Gender?
        var from = window.lowerBound
        while let start = UTF8Bytes.nextWholeWord(first: bytes[surname.lowerBound], rest: surname.lowerBound + 1..<surname.upperBound,
                                                  in: bytes, from: from, to: window.upperBound) {
            from = start + 1
            let end = start + surname.count
            // The last capitalised word of its name.
            guard !(end + 1 < bytes.count && bytes[end] == 0x20 && UTF8Bytes.isASCIIUpper(bytes[end + 1])),
                  let gender = honorific(before: start) else { continue }
            if let known = found, known != gender { return nil }
            found = gender
        }
        return found
    }

    /// The gender of the honorific before the name that ends with the word at `start`: "Mr",
    /// "Mr.", or one before up to two given names ("Sir Alex", "Mrs Jane Ann").
    private func honorific(before start: Int) -> Gender? {
        var wordStart = start
        for _ in 0..<3 {
            guard wordStart >= 2, bytes[wordStart - 1] == 0x20 else { return nil }
            var end = wordStart - 1
            if bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            var begin = end
            while begin > 0 && UTF8Bytes.isASCIILetter(bytes[begin - 1]) { begin -= 1 }
            guard begin < end, UTF8Bytes.isASCIIUpper(bytes[begin]) else { return nil }
            if let gender = Self.honorifics.value(bytes, from: begin, to: end) { return gender }
            guard end == wordStart - 1 else { return nil }   // a period after a given name ends the search
            wordStart = begin
        }
        return nil
    }

    /// Whether `pronoun` ("he", "she", any case) may stand for the speaker `phrase`.
    func fits(_ phrase: ByteRange, pronoun: ByteRange) -> Bool {
        let isShe = bytes[pronoun.lowerBound] | 0x20 == UInt8(ascii: "s")
        let isHe = !isShe && pronoun.count == 2 && bytes[pronoun.lowerBound] | 0x20 == UInt8(ascii: "h")
        guard isShe || isHe, let gender = gender(of: phrase, near: pronoun.lowerBound) else { return true }
        return isShe ? gender == .feminine : gender == .masculine
    }
}
