/// A quotation found by pairing marks, before its speaker is looked for.
struct PairedQuote {
    /// Opening mark through closing mark, or through the last non-blank byte of its paragraph.
    let range: ByteRange
    /// The quoted words: inside the marks, blanks and a trailing comma trimmed.
    let content: ByteRange
    let family: QuotationMarks.Family
    /// Where its closing mark starts; `nil` when its paragraph ended it, or the next paragraph
    /// of the same quotation opening.
    let closingMarkStart: Int?
    var isClosed: Bool { closingMarkStart != nil }
    /// Whether it carries on a quotation left open just before it: a paragraph that opens with a
    /// quote mark after a paragraph whose quotation never closed (the BBC's multi-paragraph
    /// quotes), or the same thing with the paragraph break lost (`…ludicrous. "I signed…`).
    let continuesPrevious: Bool
    /// 0 for an outermost quotation, 1 for one nested inside it, and so on.
    let depth: Int
    /// Where the enclosing quotation's words start, for a nested one: its speaker is looked for
    /// only inside them.
    let enclosingContentStart: Int?
}

/// Pairs quotation marks line by line with a small stack, so that nested quotations pair
/// inside out (“He said ‘no’ twice,” she said).
///
/// Rules (see ``QuotationMarks`` for how a mark's role is read):
/// - A paragraph is a line: no quotation spans a line break. A double or guillemet quotation
///   still open at the end of its line ends at the line's last non-blank byte.
/// - An opening double mark right after a sentence end inside an open double quotation is a
///   paragraph break the extraction lost (`…ahead of him. "Being left-handed…`): the quotation
///   goes on, one quote. Any other opening double mark while a double quotation is open ends
///   the open one just before it and starts the next part of the same quotation
///   (`continuesPrevious`).
/// - A single quotation needs a closing mark; an unclosed single mark was an apostrophe. A weak
///   closing mark ("players’ union") is used only if no ordinary one follows before the
///   enclosing quotation or the line ends.
/// - A single closing mark closes only the innermost open quotation; inside a double
///   quotation with no single one open it is an apostrophe ("I'm done with the players' union").
struct QuotePairing {
    private struct OpenQuote {
        let mark: QuotationMarks.Mark
        let continuesPrevious: Bool
        var weakClose: QuotationMarks.Mark?
    }

    /// Deeper nesting than this is noise, not writing.
    private static let maximumDepth = 6
    /// Room reserved for quotations when the first is found.
    private static let initialCapacity = 16
    /// A single quotation closed only by a weak mark is believed only when this short.
    private static let maximumWeaklyClosedLength = 120

    private let bytes: UnsafeBufferPointer<UInt8>
    private var stack: [OpenQuote] = []
    private var lineStart = 0
    private var sawMarkOnLine = false
    private var previousParagraphEndedOpen = false
    private(set) var quotes: [PairedQuote] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        stack.reserveCapacity(Self.maximumDepth)
    }

    mutating func handle(_ mark: QuotationMarks.Mark) {
        let atParagraphStart = !sawMarkOnLine && isBlank(from: lineStart, to: mark.start)
        sawMarkOnLine = true
        switch mark.role {
        case .opening:
            open(mark, atParagraphStart: atParagraphStart)
        case .closing:
            close(mark, weak: false)
        case .weakClosing:
            close(mark, weak: true)
        case .openingOrClosing:
            if let k = topmostOpen(mark.family), k == stack.count - 1, stack[k].mark.end == mark.start {
                return   // a doubled opening mark: an ""unconscionable" sum
            }
            if topmostOpen(mark.family) != nil {
                close(mark, weak: false)
            } else {
                open(mark, atParagraphStart: atParagraphStart)
            }
        }
    }

    /// Ends the line whose newline (or the end of the text) is at `end`.
    mutating func endLine(at end: Int) {
        let last = lastNonBlank(before: end, floor: lineStart)
        var endedOpen = false
        while let top = stack.popLast() {
            if top.mark.family == .single {
                emitWeaklyClosed(top, depth: stack.count)
            } else {
                emitOpenEnded(top, end: last, depth: stack.count)
                endedOpen = true
            }
        }
        if last > lineStart { previousParagraphEndedOpen = endedOpen }
        lineStart = end + 1
        sawMarkOnLine = false
    }

    private mutating func open(_ mark: QuotationMarks.Mark, atParagraphStart: Bool) {
        if mark.family != .single, let k = topmostOpen(mark.family), k == stack.count - 1,
           followsSentenceEnd(mark.start, floor: stack[k].mark.end) {
            return   // a paragraph break lost inside one quotation: `…of him. "Being left-handed…`
        }
        if mark.family != .single, let k = topmostOpen(mark.family) {
            unwind(above: k, before: mark.start)
            emitOpenEnded(stack[k], end: lastNonBlank(before: mark.start, floor: lineStart), depth: k)
            stack.removeSubrange(k...)
            stack.append(OpenQuote(mark: mark, continuesPrevious: true))
            return
        }
        guard stack.count < Self.maximumDepth else { return }
        let continues = atParagraphStart && previousParagraphEndedOpen && mark.family != .single
        stack.append(OpenQuote(mark: mark, continuesPrevious: continues))
    }

    private mutating func close(_ mark: QuotationMarks.Mark, weak: Bool) {
        guard let k = topmostOpen(mark.family) else { return }
        if mark.family == .single {
            guard k == stack.count - 1 else { return }
            if weak {
                if stack[k].weakClose == nil { stack[k].weakClose = mark }
                return
            }
        } else {
            unwind(above: k, before: mark.start)
        }
        emitClosed(stack[k], by: mark, depth: k)
        stack.removeSubrange(k...)
    }

    /// Settles the quotations opened inside `stack[k]` that are still open when it ends.
    private mutating func unwind(above k: Int, before end: Int) {
        var j = stack.count - 1
        while j > k {
            if stack[j].mark.family == .single {
                emitWeaklyClosed(stack[j], depth: j)
            } else {
                emitOpenEnded(stack[j], end: lastNonBlank(before: end, floor: stack[j].mark.end), depth: j)
            }
            j -= 1
        }
    }

    private func topmostOpen(_ family: QuotationMarks.Family) -> Int? {
        var j = stack.count - 1
        while j >= 0 {
            if stack[j].mark.family == family { return j }
            j -= 1
        }
        return nil
    }

    private mutating func emitClosed(_ quote: OpenQuote, by closing: QuotationMarks.Mark, depth: Int) {
        let content = trimmedContent(quote.mark.end, closing.start, dropTrailingComma: true)
        guard isPlausible(content, family: quote.mark.family) else { return }
        append(quote, range: quote.mark.start..<closing.end, content: content, closingMark: closing.start, depth: depth)
    }

    private mutating func emitWeaklyClosed(_ quote: OpenQuote, depth: Int) {
        guard let closing = quote.weakClose,
              closing.start - quote.mark.end <= Self.maximumWeaklyClosedLength else { return }
        emitClosed(quote, by: closing, depth: depth)
    }

    private mutating func emitOpenEnded(_ quote: OpenQuote, end: Int, depth: Int) {
        guard end > quote.mark.end else { return }
        let content = trimmedContent(quote.mark.end, end, dropTrailingComma: false)
        guard isPlausible(content, family: quote.mark.family) else { return }
        append(quote, range: quote.mark.start..<end, content: content, closingMark: nil, depth: depth)
    }

    private mutating func append(_ quote: OpenQuote, range: ByteRange, content: ByteRange, closingMark: Int?, depth: Int) {
        let enclosing = depth > 0 ? stack[depth - 1].mark.end : nil
        // A text that quotes at all mostly quotes several times: room for a few quotations at
        // the first, rather than growing the array one, two, four… at a time.
        if quotes.capacity == 0 { quotes.reserveCapacity(Self.initialCapacity) }
        quotes.append(PairedQuote(range: range, content: content, family: quote.mark.family, closingMarkStart: closingMark,
                                  continuesPrevious: quote.continuesPrevious, depth: depth,
                                  enclosingContentStart: enclosing))
    }

    /// Whether the text before `position` (back to `floor`) ends a sentence: `.`, `!`, `?` or
    /// `…` and then blanks. The BBC writes each paragraph of a long quotation with its own
    /// opening mark and closes only the last; where the extraction lost the paragraph breaks,
    /// those opening marks follow the previous sentence's end on the same line.
    private func followsSentenceEnd(_ position: Int, floor: Int) -> Bool {
        let end = lastNonBlank(before: position, floor: floor)
        guard end < position, end > floor else { return false }
        let last = bytes[end - 1]
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return true }
        return end - 3 >= floor && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && last == 0xA6
    }

    /// Content with at least one letter or digit; single quotations need two scalars ("'n'").
    private func isPlausible(_ content: ByteRange, family: QuotationMarks.Family) -> Bool {
        let neededScalars = family == .single ? 2 : 1
        var hasWordByte = false
        var scalars = 0
        for i in content {
            let b = bytes[i]
            if !UTF8Bytes.isContinuation(b) { scalars += 1 }
            if UTF8Bytes.isASCIILetter(b) || UTF8Bytes.isDigit(b) || (b >= 0xC3 && b != 0xE2) { hasWordByte = true }
            if hasWordByte && scalars >= neededScalars { return true }
        }
        return false
    }

    private func trimmedContent(_ start: Int, _ end: Int, dropTrailingComma: Bool) -> ByteRange {
        var s = start, e = end
        while s < e, let n = blankLength(at: s, end: e) { s += n }
        e = lastNonBlank(before: e, floor: s)
        if dropTrailingComma && e > s && bytes[e - 1] == UInt8(ascii: ",") {
            e = lastNonBlank(before: e - 1, floor: s)
        }
        return s..<e
    }

    private func isBlank(from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end, let n = blankLength(at: i, end: end) { i += n }
        return i >= end
    }

    /// One past the last non-blank byte of `bytes[floor..<end]` (or `floor`).
    private func lastNonBlank(before end: Int, floor: Int) -> Int {
        var e = end
        while e > floor {
            let b = bytes[e - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A {
                e -= 1
            } else if b == 0xA0 && e - 2 >= floor && bytes[e - 2] == 0xC2 {
                e -= 2
            } else {
                break
            }
        }
        return e
    }

    /// Length of the blank (space, tab, CR, NBSP) at `i`, or `nil`.
    private func blankLength(at i: Int, end: Int) -> Int? {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { return 1 }
        if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 { return 2 }
        return nil
    }
}
