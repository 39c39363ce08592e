/// Finds date and time expressions in a document's UTF-8 bytes (SPEC §3 "Date") and gives each a
/// TIMEX3-style type and value.
///
/// What it finds:
/// - absolute and partial dates: "November 30, 2023", "30 November 2023", "February 28",
///   "Monday, March 14", "February 2022", "2025-11-28", "Q3 2025", "the fourth quarter";
/// - years and decades used as time: "in 2014", "the 1945 UN Charter", "2002 to 2019",
///   "in the 1990s" (value "199"), "the 19th century" ("18"); not "2000 people" or "1500m";
/// - weekdays and relative dates: "on Monday", "last year", "three years ago", "next month",
///   "early this week", "over the weekend", "yesterday";
/// - named days: "Thanksgiving Day", "Christmas Eve", "Easter Monday", "New Year's Day";
/// - lengths of time (DURATION): "four days" ("P4D"), "within the past week" ("P1W");
///   recurrences (SET): "every year", "annually", "twice a year";
/// - times of day (TIME): "8am", "1830 GMT", "Monday night", "tonight".
///
/// Not reported: references that name no time a fact-checker could check, "recently", "in the
/// past", "these days", "the future" (TIMEX3's PAST_REF, PRESENT_REF, FUTURE_REF) and lengths
/// with no count, "for decades", "in recent years", "many months" ("PXDE", "PXY"…). The patterns
/// still read them whole, so that no part of one is taken for a date ("years" of "a few years
/// ago"), and then they are dropped: a sentence that says "recently" is no more checkable.
///
/// Values are resolved against `publicationDate` when it is known; otherwise they keep their
/// granularity with `X`s ("XXXX-02-28", "XXXX" for "last year", "XXXX-WXX-1" for Monday):
/// see ``DateAnchor`` for the rules, including which year a date without one falls in and which
/// Monday "on Monday" means.
///
/// Spans follow TimeML: prepositions are outside ("in [2014]", "within [the past week]",
/// "over [the weekend]"), modifiers and "ago" inside ("[early this week]", "[three years ago]",
/// "[the end of 2004]"), and the article with decades and centuries ("[the 1990s]").
///
/// The scan is linear: a sentence with no digit and no trigger word (a month, a weekday, a unit
/// of time…) is dismissed by a quick pass over its bytes; the others are cut into tokens
/// (reusing one buffer), and only trigger tokens run a pattern, which reads a few tokens
/// around them. Nothing is allocated except for the matches.
///
/// The quick pass also tells where the first token that may start a pattern can be; words well
/// before it are not tokenized, since patterns read only a few tokens back. A pattern that
/// reads further (to the sentence's start, or for its tense) is noticed, and the sentence is
/// then tokenized and matched whole (``DateTokenView``), so the matches are the same.
struct DateExtractor {
    private let anchor: DateAnchor

    init(publicationDate: CalendarDate?) {
        anchor = DateAnchor(publication: publicationDate)
    }

    /// The date expressions in `bytes`, sentence by sentence, sorted and non-overlapping.
    func extract(_ bytes: UnsafeBufferPointer<UInt8>, sentences: [ByteRange]) -> [DateMatch] {
        // Room for a date every other sentence, so that the list seldom grows (from empty it was
        // copied three or four times an article).
        var matches: [DateMatch] = []
        matches.reserveCapacity(sentences.count / 2 + 4)
        var tokens = DateTokenBuffer(capacity: 512)
        let lookedBeforeStart = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
        defer {
            tokens.deallocate()
            lookedBeforeStart.deallocate()
        }
        DateLexicon.shared.withTable { lexicon in
            for sentence in sentences {
                var start = sentence.lowerBound
                while start < sentence.upperBound {
                    let window = Self.window(bytes, from: start, to: sentence.upperBound)
                    start = window.upperBound
                    guard let dateStart = DateTriggerScan.dateStart(bytes, window, lexicon: lexicon) else { continue }
                    let cut = Self.tokenStart(bytes, before: dateStart, in: window)
                    if cut > window.lowerBound {
                        let matchCount = matches.count
                        lookedBeforeStart.pointee = false
                        DateTokenizer.tokenize(bytes, cut..<window.upperBound, lexicon: lexicon, into: &tokens)
                        match(bytes, tokens, lexicon, lookedBeforeStart: lookedBeforeStart, into: &matches)
                        guard lookedBeforeStart.pointee else { continue }
                        matches.removeSubrange(matchCount...)   // matched again from the sentence's start
                    }
                    DateTokenizer.tokenize(bytes, window, lexicon: lexicon, into: &tokens)
                    match(bytes, tokens, lexicon, lookedBeforeStart: nil, into: &matches)
                }
            }
        }
        matches.removeAll { Self.namesNoCheckableTime($0.value) }
        return matches
    }

    /// Whether `value` is vague (``DateValue/namesNoCheckableTime``). Every vague value starts
    /// with "P" ("PAST_REF", "PRESENT_REF", a length "PXY") or "F" ("FUTURE_REF"), so the dates
    /// and times, most matches, are kept on their first byte without comparing strings.
    private static func namesNoCheckableTime(_ value: DateValue) -> Bool {
        let first = value.value.utf8.first
        return (first == UInt8(ascii: "P") || first == UInt8(ascii: "F")) && value.namesNoCheckableTime
    }

    /// Runs the patterns over `tokens`, appending to `matches`.
    private func match(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: DateTokenBuffer, _ lexicon: DateLexicon.Table,
                       lookedBeforeStart: UnsafeMutablePointer<Bool>?, into matches: inout [DateMatch]) {
        let sentence = DateSentence(bytes: bytes, tokens: DateTokenView(tokens.tokens, lookedBeforeStart: lookedBeforeStart),
                                    patternStarts: tokens.patternStarts, lexicon: lexicon, anchor: anchor)
        withUnsafePointer(to: sentence) { sentence in
            withUnsafeMutablePointer(to: &matches) { output in
                var matcher = DateMatcher(sentence, appendingTo: output)
                matcher.run()
            }
        }
    }

    /// How far before the first token that may start a pattern tokenizing starts: some four or
    /// five words, as far as most patterns read back. On the corpus, 20 to 24 bytes cost the
    /// least: 32 tokenize more words than they spare, and 16 make more sentences match twice.
    static let lookBehind = 24

    /// Where to start tokenizing `window` so as to have ``lookBehind`` bytes before `position`:
    /// the first byte after a blank from there on, which starts a token whatever came before,
    /// since no token holds a blank (the three bytes before the blank are ASCII, so that no
    /// malformed sequence of another script runs over it); or the window's start.
    private static func tokenStart(_ bytes: UnsafeBufferPointer<UInt8>, before position: Int, in window: ByteRange) -> Int {
        var cut = position - lookBehind
        guard cut - 4 > window.lowerBound else { return window.lowerBound }
        while cut <= position {
            if UTF8Bytes.isBlank(bytes[cut - 1]) || bytes[cut - 1] == 0x0D,
               bytes[cut - 2] < 0x80, bytes[cut - 3] < 0x80, bytes[cut - 4] < 0x80 {
                return cut
            }
            cut += 1
        }
        return window.lowerBound
    }

    /// Longest stretch of a sentence tokenized at once; longer "sentences" (a whole file on one
    /// line) are cut at a blank, so that memory stays bounded whatever the input.
    static let windowLength = 16_384

    /// The next stretch of a sentence from `start`: all of it, or up to a blank near
    /// ``windowLength`` bytes on.
    private static func window(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> ByteRange {
        guard end - start > windowLength else { return start..<end }
        var cut = start + windowLength
        let earliest = cut - 1024
        while cut > earliest && !UTF8Bytes.isBlank(bytes[cut]) { cut -= 1 }
        if cut == earliest { cut = start + windowLength }
        while cut > start + 1 && UTF8Bytes.isContinuation(bytes[cut]) { cut -= 1 }
        return start..<cut
    }
}
