/// Finds the sentence boundaries inside one line of text.
///
/// The rules, in the order they are tried at a candidate (`.`, `!`, `?`, `…`, `。`, `！`, `？`):
/// 1. Closing quotes, brackets and footnote markers after the punctuation belong to the sentence.
/// 2. Inside a quotation that closes later on the line, nothing splits ("… the document. We
///    haven’t …”").
/// 3. With no space after it, a period splits only where the source lost the space after a
///    sentence ("de-escalation.Here’s"): a lower-case word of two or more letters before, a
///    capitalised word after, and not a URL or e-mail address ("S.Res.61", "kevinmd.com").
/// 4. With a space after it, a period after a known title ("Mr.", "St.", "p.") never splits;
///    after another abbreviation, an initial or a dotted acronym ("Co.", "E.", "U.S.") it splits
///    only before a word that usually opens a sentence ("the U.S. How" but "the U.S.
///    Government"); after any other word it splits, even before a lower-case word, which web
///    text often has ("elusive. it’s"), unless a closing quote or bracket came first
///    ("'This is great.' she said").
/// 5. `!` and `?` split unless a lower-case word follows ("Yahoo! in").
/// 6. Ellipses split only after a word and before a capital ("that.... She"); a free-standing
///    `...` or `. . .` is a pause.
///
/// The segmenter holds only the line (four words, passed in registers); the quotation tracker,
/// the one thing that changes as the line is read, is a local of ``scan(itemStarts:into:)``
/// passed to the rules that need it. A segmenter that held the tracker too would be copied
/// (some hundred bytes) onto the stack for every call of a helper from a mutating rule.
struct LineSegmenter {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let lineStart: Int
    private let lineEnd: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int) {
        self.bytes = bytes
        self.lineStart = lineStart
        self.lineEnd = lineEnd
    }

    /// What a candidate decided.
    private enum Decision {
        /// No boundary; scanning resumes at the offset.
        case noBreak(resumeAt: Int)
        /// The sentence ends at `end`; the next one starts at `next` (blanks skipped).
        case split(end: Int, next: Int)
    }

    /// Appends the sentences of `bytes[start..<end]` (one line, no `\n`) to `ranges`.
    static func segmentLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into ranges: inout [ByteRange]) {
        var s = start, e = end
        while s < e, let n = blankLength(bytes, at: s, end: e) { s += n }
        while e > s, let n = trailingBlankLength(bytes, before: e, start: s) { e -= n }
        guard s < e else { return }

        // A line that opens with a word of two letters or more (most) has no list or heading
        // marker to look for.
        let opensWithWord = LineMarkers.opensWithWord(bytes, at: s, end: e)
        let itemStarts = opensWithWord ? [] : LineMarkers.inlineItemStarts(bytes, lineStart: s, end: e)
        if !opensWithWord, itemStarts.isEmpty, let content = LineMarkers.contentStart(bytes, lineStart: s, end: e) {
            s = content
            guard s < e else { return }   // a lone "-" or "#"
        }
        LineSegmenter(bytes: bytes, lineStart: s, lineEnd: e).scan(itemStarts: itemStarts, into: &ranges)
    }

    private func scan(itemStarts: [Int], into ranges: inout [ByteRange]) {
        var quotes = QuoteRegions(bytes, lineStart: lineStart, end: lineEnd)
        var segmentStart = lineStart
        var itemIndex = 0
        var nextItem = itemStarts.first ?? lineEnd
        var i = skipOrdinal(from: segmentStart)
        let e = lineEnd
        while i < e {
            if i >= nextItem {
                emit(segmentStart, nextItem, into: &ranges)
                segmentStart = nextItem
                itemIndex += 1
                nextItem = itemIndex < itemStarts.count ? itemStarts[itemIndex] : e
                i = skipOrdinal(from: segmentStart)
                continue
            }
            let scanStart = i
            i = nextTerminalCandidate(from: i, before: min(nextItem, e))
            quotes.skipClear(from: scanStart, to: i)
            guard i < nextItem && i < e else { continue }
            let b = bytes[i]
            if b == 0x22 || b == 0xC2 || b == 0xE2 { quotes.readMark(at: i) }
            let decision: Decision
            switch b {
            case UInt8(ascii: "."): decision = period(at: i, quotes: &quotes)
            case UInt8(ascii: "!"), UInt8(ascii: "?"): decision = exclamationOrQuestion(at: i, quotes: &quotes)
            case 0xE2 where UTF8Bytes.matches(bytes, at: i, end: e, 0xE2, 0x80, 0xA6):   // …
                decision = ellipsis(at: i, dots: 1, runEnd: i + 3, quotes: &quotes)
            case 0xE3 where UTF8Bytes.matches(bytes, at: i, end: e, 0xE3, 0x80, 0x82),   // 。
                 0xEF where UTF8Bytes.matches(bytes, at: i, end: e, 0xEF, 0xBC, 0x81)    // ！
                    || UTF8Bytes.matches(bytes, at: i, end: e, 0xEF, 0xBC, 0x9F):        // ？
                decision = fullWidthTerminal(at: i, quotes: &quotes)
            default:
                i += 1
                continue
            }
            switch decision {
            case .noBreak(let resume):
                i = max(resume, i + 1)
            case .split(let end, let next):
                if next >= nextItem {   // an inline list item starts right here
                    i = nextItem
                    continue
                }
                emit(segmentStart, end, into: &ranges)
                segmentStart = next
                i = skipOrdinal(from: next)
            }
        }
        emit(segmentStart, e, into: &ranges)
    }

    /// The first byte at or after `i` (before `end`) that can begin a sentence end: `.`, `!`,
    /// `?`, or a lead byte of E2 and above (…, 。, ！, ？); or a quotation mark (`"`, or the
    /// lead bytes E2 and C2 of the curly ones and guillemets), for ``QuoteRegions``.
    ///
    /// Sixteen bytes are tested at a time (a few SSE2 instructions), then eight: prose runs
    /// tens of bytes between two of them. The lowest flagged lane is the first candidate, so no
    /// byte loop is needed; a byte of another script is flagged by its top bit alone, which is
    /// cheaper than testing for E2 and C2 and rare in news text, and passed over when it is
    /// neither.
    private func nextTerminalCandidate(from start: Int, before end: Int) -> Int {
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var i = start
        while i + 16 <= end {
            let flagged = Self.candidateLanes(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
            let low = flagged[0], high = flagged[1]
            if low | high == 0 { i += 16; continue }
            i += low != 0 ? low.trailingZeroBitCount >> 3 : 8 + high.trailingZeroBitCount >> 3
            if Self.isCandidate(bytes[i]) { return i }
            i += 1
        }
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let flagged = word & highs
                | UTF8Bytes.lanes(of: word, equalTo: 0x2E) | UTF8Bytes.lanes(of: word, equalTo: 0x21)
                | UTF8Bytes.lanes(of: word, equalTo: 0x3F) | UTF8Bytes.lanes(of: word, equalTo: 0x22)
            if flagged == 0 { i += 8; continue }
            i += flagged.trailingZeroBitCount >> 3
            if Self.isCandidate(bytes[i]) { return i }
            i += 1
        }
        while i < end && !Self.isCandidate(bytes[i]) { i += 1 }
        return i
    }

    /// The sixteen bytes of `chunk` as two words, little-endian, with the top bit of each lane
    /// set where the byte is `.`, `!`, `?`, `"` or not ASCII, and no other bit. The bounds are
    /// whole vectors: comparing with a scalar compiles to a loop over the lanes.
    @inline(__always)
    private static func candidateLanes(_ chunk: SIMD16<UInt8>) -> SIMD2<UInt64> {
        let period = SIMD16<UInt8>(repeating: UInt8(ascii: ".")), exclamation = SIMD16<UInt8>(repeating: UInt8(ascii: "!")),
            question = SIMD16<UInt8>(repeating: UInt8(ascii: "?")), quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let marks = (chunk .== period) .| (chunk .== exclamation) .| (chunk .== question) .| (chunk .== quote)
        let lanes = unsafeBitCast(marks, to: SIMD2<UInt64>.self) | unsafeBitCast(chunk, to: SIMD2<UInt64>.self)
        return lanes & SIMD2(repeating: 0x8080_8080_8080_8080)
    }

    @inline(__always)
    private static func isCandidate(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x21 || b == 0x3F || b == 0x22 || b >= 0xE2 || b == 0xC2
    }

    private func emit(_ start: Int, _ end: Int, into ranges: inout [ByteRange]) {
        var s = start, e = end
        while s < e, let n = Self.blankLength(bytes, at: s, end: e) { s += n }
        while e > s, let n = Self.trailingBlankLength(bytes, before: e, start: s) { e -= n }
        if s < e { ranges.append(s..<e) }
    }

    /// Past an ordinal list marker ("2. ", "b) ", "• 10. ") at the start of a segment, so the
    /// marker's period is not taken for a sentence end.
    private func skipOrdinal(from start: Int) -> Int {
        if LineMarkers.opensWithWord(bytes, at: start, end: lineEnd) { return start }   // most segments
        var i = start
        let bullet = LineMarkers.bulletLength(bytes, at: i, end: lineEnd)
        if bullet > 0 {
            i += bullet
            while i < lineEnd && UTF8Bytes.isBlank(bytes[i]) { i += 1 }
        }
        guard let ordinal = LineMarkers.ordinal(bytes, at: i, end: lineEnd) else { return i }
        return ordinal.end
    }

    // MARK: - Candidates

    private func period(at p: Int, quotes: inout QuoteRegions) -> Decision {
        var runEnd = p + 1
        while runEnd < lineEnd && bytes[runEnd] == UInt8(ascii: ".") { runEnd += 1 }
        let dots = runEnd - p
        // ". . ." — a spaced ellipsis.
        var spacedEnd = runEnd, spacedDots = dots
        if dots == 1 {
            while spacedEnd + 1 < lineEnd && bytes[spacedEnd] == 0x20 && bytes[spacedEnd + 1] == UInt8(ascii: ".") {
                spacedEnd += 2
                spacedDots += 1
            }
        }
        if spacedDots >= 3 && dots == 1 { return spacedEllipsis(at: p, dots: spacedDots, runEnd: spacedEnd, quotes: &quotes) }
        if dots >= 2 { return ellipsis(at: p, dots: dots, runEnd: runEnd, quotes: &quotes) }

        // Most periods are followed by a space, which closes nothing.
        let end = runEnd < lineEnd && bytes[runEnd] == 0x20 ? runEnd : consumeClosers(from: runEnd)
        if isInsideQuotation(p, closersEnd: end, quotes: &quotes) { return .noBreak(resumeAt: end) }
        guard end < lineEnd else { return .noBreak(resumeAt: end) }
        guard let next = startOfNextWord(after: end) else {
            return missingSpaceSplit(at: p, end: end)
        }
        let closed = end > runEnd
        let nextByte = bytes[next]
        if nextByte == UInt8(ascii: ",") || nextByte == UInt8(ascii: ";") || nextByte == UInt8(ascii: ":") {
            return .noBreak(resumeAt: end)
        }
        let nextIsLower = nextByte < 0x80 ? UTF8Bytes.isASCIILower(nextByte) : isLowercase(at: next)
        if closed && nextIsLower { return .noBreak(resumeAt: end) }

        switch wordClass(before: p) {
        case .prepositive:
            return .noBreak(resumeAt: end)
        case .abbreviation:
            return startsSentence(at: next) ? .split(end: end, next: next) : .noBreak(resumeAt: end)
        case .word:
            return .split(end: end, next: next)
        }
    }

    private func exclamationOrQuestion(at p: Int, quotes: inout QuoteRegions) -> Decision {
        var runEnd = p + 1
        while runEnd < lineEnd, case let b = bytes[runEnd],
              b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ".") { runEnd += 1 }
        let end = consumeClosers(from: runEnd)
        if isInsideQuotation(p, closersEnd: end, quotes: &quotes) { return .noBreak(resumeAt: end) }
        guard end < lineEnd else { return .noBreak(resumeAt: end) }
        guard let next = startOfNextWord(after: end) else { return missingSpaceSplit(at: p, end: end) }
        if isLowercase(at: next) || bytes[next] == UInt8(ascii: ",") { return .noBreak(resumeAt: end) }
        return .split(end: end, next: next)
    }

    /// `...`, `....` or `…` (counted as `dots`, ending at `runEnd`).
    private func ellipsis(at p: Int, dots: Int, runEnd: Int, quotes: inout QuoteRegions) -> Decision {
        let end = consumeClosers(from: runEnd)
        if isInsideQuotation(p, closersEnd: end, quotes: &quotes) || end >= lineEnd { return .noBreak(resumeAt: end) }
        let attached = isAttached(p)
        // A free-standing "..." is a pause inside the sentence; "...." closes one.
        if !attached && dots <= 3 { return .noBreak(resumeAt: end) }
        if p > lineStart && (bytes[p - 1] == UInt8(ascii: "[") || bytes[p - 1] == UInt8(ascii: "(")) {
            return .noBreak(resumeAt: end)   // "[...]"
        }
        guard let next = startOfNextWord(after: end) else { return .noBreak(resumeAt: end) }
        return isUppercase(at: next) || (!attached && !isLowercase(at: next)) ? .split(end: end, next: next) : .noBreak(resumeAt: end)
    }

    /// `. . .` or `. . . .`: spaced ellipsis of `dots` dots ending at `runEnd`.
    private func spacedEllipsis(at p: Int, dots: Int, runEnd: Int, quotes: inout QuoteRegions) -> Decision {
        let end = consumeClosers(from: runEnd)
        if isInsideQuotation(p, closersEnd: end, quotes: &quotes) || end >= lineEnd { return .noBreak(resumeAt: end) }
        guard let next = startOfNextWord(after: end), !isLowercase(at: next) else { return .noBreak(resumeAt: end) }
        if isAttached(p) {
            // "compounds. . . . The": the word's own period ends the sentence; the ellipsis
            // opens the next one.
            return dots >= 4 ? .split(end: p + 1, next: p + 2) : .noBreak(resumeAt: end)
        }
        return dots >= 4 ? .split(end: end, next: next) : .noBreak(resumeAt: end)
    }

    /// `。`, `！`, `？`: always a sentence end, space or not.
    private func fullWidthTerminal(at p: Int, quotes: inout QuoteRegions) -> Decision {
        var runEnd = p + 3
        while UTF8Bytes.matches(bytes, at: runEnd, end: lineEnd, 0xEF, 0xBC, 0x81)
                || UTF8Bytes.matches(bytes, at: runEnd, end: lineEnd, 0xEF, 0xBC, 0x9F) { runEnd += 3 }
        let end = consumeClosers(from: runEnd)
        if isInsideQuotation(p, closersEnd: end, quotes: &quotes) || end >= lineEnd { return .noBreak(resumeAt: end) }
        var next = end
        while next < lineEnd, let n = Self.blankLength(bytes, at: next, end: lineEnd) { next += n }
        return .split(end: end, next: next)
    }

    /// "revisions.Though": a sentence end whose following space the source lost.
    private func missingSpaceSplit(at p: Int, end: Int) -> Decision {
        guard end == p + 1, end + 1 < lineEnd,
              isUppercase(at: end), isLowercase(at: end + (bytes[end] < 0x80 ? 1 : 2)) else {
            return .noBreak(resumeAt: end)
        }
        // The word before: two or more letters, the last one lower-case.
        var w = p
        while w > lineStart && UTF8Bytes.isASCIILetter(bytes[w - 1]) { w -= 1 }
        guard p - w >= 2, UTF8Bytes.isASCIILower(bytes[p - 1]) else { return .noBreak(resumeAt: end) }
        if Abbreviations.kind(of: bytes, from: w, to: p) != nil { return .noBreak(resumeAt: end) }
        if isInsideURLOrEmail(around: p) { return .noBreak(resumeAt: end) }
        return .split(end: end, next: end)
    }

    // MARK: - Context

    private enum WordClass {
        case prepositive, abbreviation, word
    }

    /// What stands right before the period at `p`.
    private func wordClass(before p: Int) -> WordClass {
        var w = p
        var hasInnerPeriod = false
        while w > lineStart {
            // The letters right before `w`, eight bytes at a time where the line holds them.
            if w - 8 >= lineStart {
                let letters = Self.letterLanes(UnsafeRawPointer(bytes.baseAddress! + w - 8).loadUnaligned(as: UInt64.self))
                let run = (~letters & 0x8080_8080_8080_8080).leadingZeroBitCount >> 3
                w -= run
                if run == 8 { continue }
                guard w > lineStart else { break }
            }
            let b = bytes[w - 1]
            if UTF8Bytes.isASCIILetter(b) {
                w -= 1
            } else if b == UInt8(ascii: ".") && w - 1 > lineStart && UTF8Bytes.isASCIILetter(bytes[w - 2]) {
                hasInnerPeriod = true
                w -= 1
            } else if b == 0xB0 && w - 2 > lineStart && bytes[w - 2] == 0xC2 {   // "N°."
                w -= 2
            } else {
                break
            }
        }
        guard w < p else { return .word }   // a number, a bracket…
        if hasInnerPeriod { return .abbreviation }   // "U.S.", "e.g.", "a.m."
        if let kind = Abbreviations.kind(of: bytes, from: w, to: p) {
            return kind == .prepositive ? .prepositive : .abbreviation
        }
        if p - w == 1 { return .abbreviation }   // an initial: "Jonas E. Smith"
        return .word
    }

    /// The high bit of every byte of `word` (eight bytes, little-endian) that is an ASCII letter.
    @inline(__always)
    private static func letterLanes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        let lowered = word & ~highBits | ones &* 0x20
        return (lowered &+ ones &* (0x80 - 0x61)) & ~(lowered &+ ones &* (0x80 - 0x7B)) & ~word & highBits
    }

    /// Whether the word at `i` is one that usually opens a sentence, or an opening quotation.
    private func startsSentence(at i: Int) -> Bool {
        var j = i
        while j < lineEnd && UTF8Bytes.isASCIILetter(bytes[j]) { j += 1 }
        guard j > i, UTF8Bytes.isASCIIUpper(bytes[i]) else { return false }
        // "I." after "you and": the pronoun; "I" before a name is an initial.
        return Abbreviations.isSentenceStarter(bytes, from: i, to: j)
    }

    /// Whether the token around `p` (between blanks) is a URL or an e-mail address.
    private func isInsideURLOrEmail(around p: Int) -> Bool {
        var s = p, e = p
        while s > lineStart && !UTF8Bytes.isBlank(bytes[s - 1]) { s -= 1 }
        while e < lineEnd && !UTF8Bytes.isBlank(bytes[e]) { e += 1 }
        var i = s
        while i < e {
            let b = bytes[i]
            if b == UInt8(ascii: "@") || b == UInt8(ascii: "/") { return true }
            i += 1
        }
        return e - s > 4 && (bytes[s] | 0x20) == UInt8(ascii: "w") && (bytes[s + 1] | 0x20) == UInt8(ascii: "w")
            && (bytes[s + 2] | 0x20) == UInt8(ascii: "w") && bytes[s + 3] == UInt8(ascii: ".")
    }

    /// Whether `p` follows a word directly (no blank or line start before it).
    private func isAttached(_ p: Int) -> Bool {
        p > lineStart && !UTF8Bytes.isBlank(bytes[p - 1])
    }

    /// Whether the punctuation at `p` is inside a quotation that closes after `closersEnd`.
    /// Inlined with the test of ``QuoteRegions/region(closingAtOrAfter:)`` that answers for
    /// most sentence ends.
    @inline(__always)
    private func isInsideQuotation(_ p: Int, closersEnd: Int, quotes: inout QuoteRegions) -> Bool {
        guard let region = quotes.region(closingAtOrAfter: p) else { return false }
        return region.open < p && closersEnd <= region.close
    }

    /// The first non-blank offset after `end`, or `nil` when `end` is not followed by a blank.
    private func startOfNextWord(after end: Int) -> Int? {
        guard end < lineEnd, let first = Self.blankLength(bytes, at: end, end: lineEnd) else { return nil }
        var i = end + first
        while i < lineEnd, let n = Self.blankLength(bytes, at: i, end: lineEnd) { i += n }
        return i < lineEnd ? i : nil
    }

    private func isLowercase(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return UTF8Bytes.isASCIILower(b) }
        return UTF8Bytes.scalar(at: i, in: bytes).0.properties.isLowercase
    }

    private func isUppercase(at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return UTF8Bytes.isASCIIUpper(b) }
        return UTF8Bytes.scalar(at: i, in: bytes).0.properties.isUppercase
    }

    /// Past the closing quotes, brackets and footnote markers that follow sentence-final
    /// punctuation and belong to the sentence.
    private func consumeClosers(from start: Int) -> Int {
        var i = start
        let e = lineEnd
        while i < e {
            let b = bytes[i]
            if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                i += 1
            } else if b == 0x22 || b == 0x27 {
                // A straight quote closes only when a blank, punctuation or the line end follows.
                guard i + 1 == e || !isWordByte(bytes[i + 1]) else { break }
                i += 1
            } else if b == 0xE2 && i + 2 < e && bytes[i + 1] == 0x80
                        && (bytes[i + 2] == 0x9D || bytes[i + 2] == 0x99 || bytes[i + 2] == 0xBA) {
                // ” ’ › — but ’ before a letter is an apostrophe ("Jr.’s").
                guard i + 3 == e || !isWordByte(bytes[i + 3]) else { break }
                i += 3
            } else if b == 0xC2 && i + 1 < e && bytes[i + 1] == 0xBB {   // »
                i += 2
            } else if UTF8Bytes.matches(bytes, at: i, end: e, 0xE3, 0x80, 0x8D)
                        || UTF8Bytes.matches(bytes, at: i, end: e, 0xE3, 0x80, 0x8F)
                        || UTF8Bytes.matches(bytes, at: i, end: e, 0xEF, 0xBC, 0x89) {   // 」』）
                i += 3
            } else if b == UInt8(ascii: "["), let close = footnoteEnd(from: i) {
                i = close
            } else if b == UInt8(ascii: "<"), let close = supEnd(from: i) {
                i = close
            } else {
                break
            }
        }
        return i
    }

    /// "[12]" at `i`: the offset after it.
    private func footnoteEnd(from i: Int) -> Int? {
        var j = i + 1
        while j < lineEnd && j - i <= 4 && UTF8Bytes.isDigit(bytes[j]) { j += 1 }
        guard j > i + 1, j < lineEnd, bytes[j] == UInt8(ascii: "]") else { return nil }
        return j + 1
    }

    /// "<sup>…</sup>" (a footnote marker left in plain text) at `i`: the offset after it.
    private func supEnd(from i: Int) -> Int? {
        let open = Array("<sup>".utf8), close = Array("</sup>".utf8)
        guard i + open.count < lineEnd, (0..<open.count).allSatisfy({ bytes[i + $0] == open[$0] }) else { return nil }
        var j = i + open.count
        let limit = min(lineEnd - close.count, j + 8)
        while j <= limit {
            if (0..<close.count).allSatisfy({ bytes[j + $0] == close[$0] }) { return j + close.count }
            j += 1
        }
        return nil
    }

    @inline(__always)
    private func isWordByte(_ b: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b) || b >= 0x80
    }

    // MARK: - Blanks

    /// Length of the blank (space, tab, no-break space, or the newline of a wrapped line) at
    /// `i`, or `nil`.
    @inline(__always)
    static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { return 1 }
        if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { return 2 }
        return nil
    }

    /// Length of the blank that ends just before `i`, or `nil`.
    @inline(__always)
    static func trailingBlankLength(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int, start: Int) -> Int? {
        let b = bytes[i - 1]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { return 1 }
        if b == 0xA0 && i - 2 >= start && bytes[i - 2] == 0xC2 { return 2 }
        return nil
    }
}
