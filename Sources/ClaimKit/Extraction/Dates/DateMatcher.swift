/// What the date patterns read of one sentence: its bytes and tokens, the lexicon and the
/// publication date.
struct DateSentence {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: DateTokenView
    let patternStarts: UnsafeBufferPointer<Int>
    let lexicon: DateLexicon.Table
    let anchor: DateAnchor
}

/// Runs the date patterns over the tokens of one sentence.
///
/// Each pattern is anchored on a trigger token (a month, a weekday, a unit of time, a 4-digit
/// number, a holiday…), reads a few tokens to either side, and emits at most a few matches. The
/// patterns live in extensions, one file per family; this file holds the dispatch and the small
/// helpers they share. Matches never overlap: a pattern may not reach left of ``floor``, the end
/// of the previous match.
struct DateMatcher {
    /// What the patterns read, and where they write, held by pointer: the matcher itself is a
    /// few words with no reference to count, so that passing it to a helper (which a mutating
    /// pattern does by copying it) costs a few moves, not a copy of some 180 bytes and a retain.
    private let sentence: UnsafePointer<DateSentence>
    /// Where matches are appended (the extractor's list).
    private let output: UnsafeMutablePointer<[DateMatch]>
    /// The first token a new match may start at. When the tokens start mid-sentence, where the
    /// sentence starts is not known, so no bound: a pattern that reaches before the first token
    /// has its look noted (``DateTokenView``).
    private(set) var floor: Int
    /// The last token of the last year emitted, so "2002 to 2019" and "2000 and 2003" chain.
    var lastYearToken: Int
    private var cachedTense: DateTense?

    init(_ sentence: UnsafePointer<DateSentence>, appendingTo output: UnsafeMutablePointer<[DateMatch]>) {
        self.sentence = sentence
        self.output = output
        floor = sentence.pointee.tokens.startsMidSentence ? -(1 << 40) : 0
        lastYearToken = floor - 10
    }

    @inline(__always) var bytes: UnsafeBufferPointer<UInt8> { sentence.pointee.bytes }
    @inline(__always) var tokens: DateTokenView { sentence.pointee.tokens }
    /// The indices of the tokens a pattern may start at (numbers, trigger words, the "Q" of
    /// "Q3"), in order; ``DateTokenizer`` lists them.
    @inline(__always) var patternStarts: UnsafeBufferPointer<Int> { sentence.pointee.patternStarts }
    @inline(__always) var lexicon: DateLexicon.Table { sentence.pointee.lexicon }
    @inline(__always) var anchor: DateAnchor { sentence.pointee.anchor }

    var count: Int { tokens.count }

    /// Tries every token that may start a pattern as a trigger, left to right; the others would
    /// all fall to `default` in ``dispatch(_:)``. A token inside the previous match is skipped.
    mutating func run() {
        var next = 0
        for i in patternStarts where i >= next {
            next = dispatch(i) ? max(floor, i + 1) : i + 1
        }
    }

    private mutating func dispatch(_ i: Int) -> Bool {
        let token = tokens[i]
        switch token.kind {
        case .symbol: return false
        case .number: return matchNumber(at: i)
        case .word: break
        }
        switch token.lexeme.category {
        case .month, .monthAbbreviation: return matchMonth(at: i)
        case .weekday: return matchWeekday(at: i)
        case .weekdayPlural: return matchWeekdayPlural(at: i)
        case .unit, .unitPlural: return matchUnit(at: i)
        case .deictic: return matchDeictic(at: i)
        case .holiday: return matchHoliday(at: i)
        case .season: return matchSeason(at: i)
        case .setAdverb: return matchSetAdverb(at: i)
        case .pastReference: return emit(i, i, .date, "PAST_REF")
        case .partOfDay: return matchPartOfDay(at: i)
        case .relative, .futureReference: return matchVagueReference(at: i)
        case .half: return matchHalf(at: i)
        case .none where token.end - token.start == 1: return matchQuarterCode(at: i)
        default: return false
        }
    }

    /// Appends a match over tokens `first...last`, unless it would overlap the previous one.
    @discardableResult
    mutating func emit(_ first: Int, _ last: Int, _ type: DateValue.TimexType, _ value: String) -> Bool {
        guard first >= floor, last >= first, last < count else { return false }
        output.pointee.append(DateMatch(range: tokens[first].start..<tokens[last].end,
                                 value: DateValue(type: type, value: value)))
        floor = last + 1
        return true
    }

    /// The sentence's tense, computed on first use.
    mutating func tense() -> DateTense {
        if let cachedTense { return cachedTense }
        let tense = anchor.publication == nil ? .unknown : DateTenseCues.tense(of: self)
        cachedTense = tense
        return tense
    }

    // MARK: - Token tests

    @inline(__always) func token(_ i: Int) -> DateToken? {
        if i < 0 { tokens.noteLookBeforeStart() }
        return i >= 0 && i < count ? tokens[i] : nil
    }

    /// Whether token `i` exists and is the word `literal` (lower-case ASCII), in any case.
    /// Inlined, as ``lexeme(_:)`` is: the literal's length is then known where it is asked.
    @inline(__always)
    func isWord(_ i: Int, _ literal: StaticString) -> Bool {
        if i < 0 { tokens.noteLookBeforeStart() }
        guard i >= 0, i < count else { return false }
        let t = tokens[i]
        let length = literal.utf8CodeUnitCount
        guard t.kind == .word, t.end - t.start == length else { return false }
        let p = literal.utf8Start
        for k in 0..<length where bytes[t.start + k] | 0x20 != p[k] { return false }
        return true
    }

    /// What word `i` means to the date grammar (`.none` for numbers, symbols, unknown words).
    /// Inlined: the patterns ask it at nearly every step, and a call from a mutating pattern
    /// copies the whole matcher first.
    @inline(__always)
    func lexeme(_ i: Int) -> DateLexeme {
        if i < 0 { tokens.noteLookBeforeStart() }
        guard i >= 0, i < count else { return .none }
        let t = tokens[i]
        guard t.kind == .word, t.lexeme.category == .none else { return t.lexeme }
        return lexicon.lookup(bytes, from: t.start, to: t.end)
    }

    // The small tests below are inlined for the same reason as ``lexeme(_:)``.

    @inline(__always) func category(_ i: Int) -> DateLexeme.Category { lexeme(i).category }

    @inline(__always) func value(_ i: Int) -> Int { Int(lexeme(i).value) }

    @inline(__always) func has(_ i: Int, _ trait: DateWordTraits) -> Bool { lexeme(i).traits.contains(trait) }

    @inline(__always) func relative(_ i: Int) -> DateRelative? {
        let lexeme = lexeme(i)
        return lexeme.category == .relative ? DateRelative(rawValue: lexeme.value) : nil
    }

    @inline(__always) func isSymbol(_ i: Int, _ scalar: Unicode.Scalar) -> Bool { token(i)?.isSymbol(scalar) ?? false }

    @inline(__always) func isCapitalizedWord(_ i: Int) -> Bool {
        guard let t = token(i) else { return false }
        return t.kind == .word && t.isCapitalized
    }

    /// Whether token `i` opens a clause: sentence-initial, or after an opening quotation mark, a
    /// colon or a semicolon ('He said: "Today the Tories…').
    func isClauseInitial(_ i: Int) -> Bool {
        if isSentenceInitial(i) { return true }
        guard let previous = token(i - 1), previous.kind == .symbol else { return false }
        switch previous.symbol {
        case 0x22, 0x201C, 0x2018, 0x3A, 0x3B, 0x28: return true   // " “ ‘ : ; (
        default: return false
        }
    }

    /// Whether only punctuation (quotes, brackets, bullets, dashes) precedes token `i`.
    func isSentenceInitial(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 {
            if tokens[k].kind != .symbol { return false }
            k -= 1
        }
        tokens.noteLookBeforeStart()
        return true
    }

    /// Whether `i` is glued to token `i - 1` and that token is a dash glued to `i - 2`:
    /// the middle of "mid-2005", "five-year", "third-quarter".
    @inline(__always)
    func isHyphenated(_ i: Int) -> Bool {
        if i < 2 { tokens.noteLookBeforeStart() }
        guard i >= 2, let t = token(i) else { return false }
        return t.gluedToPrevious && tokens[i - 1].isDash && tokens[i - 1].gluedToPrevious
    }

    /// Whether a currency sign or "#" is written just before token `i`: "£2000", "$1990".
    func followsCurrencySign(_ i: Int) -> Bool {
        guard let previous = token(i - 1), previous.kind == .symbol else { return false }
        switch previous.symbol {
        case 0x24, 0x23, 0xA3, 0xA5, 0x20AC: return true   // $ # £ ¥ €
        default: return false
        }
    }

    /// Whether word `i` is a lower-case plural noun ("people" aside, which is listed as counted):
    /// it ends in "s" but not "ss", "us" or "is", has four letters or more, and is no year noun.
    func isPluralNoun(_ i: Int) -> Bool {
        guard let t = token(i), t.kind == .word, !t.isCapitalized, t.end - t.start >= 4 else { return false }
        let last = bytes[t.end - 1], beforeLast = bytes[t.end - 2]
        guard last == UInt8(ascii: "s"), beforeLast != UInt8(ascii: "s"),
              beforeLast != UInt8(ascii: "u"), beforeLast != UInt8(ascii: "i") else { return false }
        if has(i, .yearNoun) { return false }
        if t.end - t.start >= 5, bytes[t.end - 5] == UInt8(ascii: "w"), bytes[t.end - 4] == UInt8(ascii: "a") {
            return false   // "onwards", "afterwards", "towards"
        }
        return !(isWord(i, "this") || isWord(i, "thus") || isWord(i, "plus") || isWord(i, "news")
                 || isWord(i, "always") || isWord(i, "perhaps") || isWord(i, "whereas") || isWord(i, "towards"))
    }

    /// Widens a date's span left over an edge modifier and "the end of" ("mid-2005", "early this
    /// week", "late last year", "the end of November"): TimeML keeps these inside the expression.
    func extendOverEdge(_ first: Int) -> Int {
        var f = first
        if f - 2 >= floor, isHyphenated(f), category(f - 2) == .edge {
            f -= 2
        } else if f - 1 >= floor, category(f - 1) == .edge {
            f -= 1
        }
        if f - 2 >= floor, isWord(f - 1, "of"), category(f - 2) == .edgeNoun {
            f -= 2
            if f - 1 >= floor, isWord(f - 1, "the") { f -= 1 }
        }
        return f
    }

    /// Whether "the end of" (or start, beginning, middle, turn, close) comes just before `i`.
    func followsEdgeNoun(_ i: Int) -> Bool {
        isWord(i - 1, "of") && category(i - 2) == .edgeNoun
    }
}
