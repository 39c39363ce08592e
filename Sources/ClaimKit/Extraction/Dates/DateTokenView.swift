/// The tokens ``DateMatcher`` reads: all those of a sentence, or those from a point a little
/// before the first one that may start a pattern (see ``DateExtractor``).
///
/// When the start of the sentence was left out, the patterns do not know it: token -1 reads as
/// no token, and a pattern that looks back far enough ("is this the first word of the
/// sentence?", the sentence's tense) would see a different sentence. Such a look is noted in
/// ``lookedBeforeStart`` instead, and the extractor then runs the patterns again over the whole
/// sentence, so that the result is the same either way.
struct DateTokenView {
    private let base: UnsafePointer<DateToken>
    let count: Int
    /// Set on a look before the first token; `nil` when the tokens start the sentence.
    private let lookedBeforeStart: UnsafeMutablePointer<Bool>?

    init(_ tokens: UnsafeBufferPointer<DateToken>, lookedBeforeStart: UnsafeMutablePointer<Bool>?) {
        base = tokens.baseAddress!
        count = tokens.count
        self.lookedBeforeStart = lookedBeforeStart
    }

    /// Whether the sentence's start was left out.
    var startsMidSentence: Bool { lookedBeforeStart != nil }

    /// Token `i`, which patterns only ask for when `i` is not negative, unless the sentence's
    /// start was left out: then the first token stands in for it and the look is noted.
    @inline(__always) subscript(i: Int) -> DateToken {
        if i < 0 {
            noteLookBeforeStart()
            return base[0]
        }
        return base[i]
    }

    /// Records that a pattern asked about a token before the first, or about how many there are
    /// before one.
    @inline(__always) func noteLookBeforeStart() {
        lookedBeforeStart?.pointee = true
    }
}
