import Foundation

/// Finds the sources an article cites for its own statements (SPEC §3, last point).
///
/// Two kinds: links with an absolute URL (Markdown `[text](url)` left in plain text, links
/// recorded when HTML or Markdown was rendered, bare `https://` URLs), and footnote markers
/// (`<sup>1</sup>`, `[1]`, or markers recorded by the renderer) resolved to the reference list
/// entry that opens with the same marker, as in seed 004.
struct CitationFinder {
    /// A footnote marker or reference entry found in the text.
    private struct Marker {
        let label: String
        let byteOffset: Int
        /// Whether the marker opens its line, i.e. starts a reference entry.
        let opensLine: Bool
        /// Where the text after the marker starts.
        let textStart: Int
    }

    /// The citations of each sentence (same order as `sentences`), and which sentences are
    /// themselves reference-list entries (they cite nothing and are not claims).
    ///
    /// Both lists are empty when the article cites nothing, as most do: then no list of a
    /// sentence count is made. Read them through ``citations(ofSentence:)`` and
    /// ``isReferenceEntry(_:)``.
    struct Result {
        var citations: [[Citation]]
        var isReferenceEntry: [Bool]

        /// The citations of sentence `index`.
        func citations(ofSentence index: Int) -> [Citation] {
            citations.isEmpty ? [] : citations[index]
        }

        /// Whether sentence `index` is a reference-list entry.
        func isReferenceEntry(_ index: Int) -> Bool {
            !isReferenceEntry.isEmpty && isReferenceEntry[index]
        }
    }

    static func find(in document: Document, sentences: [ByteRange]) -> Result {
        document.utf8.withUnsafeBufferPointer { bytes in
            let written = scanText(bytes)
            let rendered = renderedMarkers(document, bytes), linksRendered = renderedLinks(document)
            // Most articles cite nothing: no sentence needs a look.
            if written.markers.isEmpty && rendered.isEmpty && written.links.isEmpty && linksRendered.isEmpty {
                return Result(citations: [], isReferenceEntry: [])
            }
            var markers = written.markers + rendered
            markers.sort { $0.byteOffset < $1.byteOffset }
            var entries: [String: Citation] = [:]
            for marker in markers where marker.opensLine {
                let text = lineText(bytes, from: marker.textStart)
                entries[marker.label] = Citation(label: marker.label, url: firstURL(in: text), text: text)
            }
            let entryLines = Set(markers.filter(\.opensLine).map { lineStart(bytes, of: $0.byteOffset) })
            let inlineMarkers = markers.filter { !$0.opensLine }
            let links = (linksRendered + written.links).sorted { $0.0 < $1.0 }
            var result = Result(citations: Array(repeating: [], count: sentences.count),
                                isReferenceEntry: Array(repeating: false, count: sentences.count))
            // Sentences, markers and links are all sorted: walk them together, once.
            var markerIndex = 0, linkIndex = 0
            var currentLineStart = 0, scanned = 0
            for (index, sentence) in sentences.enumerated() {
                while !entryLines.isEmpty && scanned < sentence.lowerBound {
                    if bytes[scanned] == 0x0A { currentLineStart = scanned + 1 }
                    scanned += 1
                }
                while markerIndex < inlineMarkers.count && inlineMarkers[markerIndex].byteOffset < sentence.lowerBound { markerIndex += 1 }
                while linkIndex < links.count && links[linkIndex].0 < sentence.lowerBound { linkIndex += 1 }
                if !entryLines.isEmpty && entryLines.contains(currentLineStart) {
                    result.isReferenceEntry[index] = true
                    continue
                }
                var citations: [Citation] = []
                while markerIndex < inlineMarkers.count && inlineMarkers[markerIndex].byteOffset <= sentence.upperBound {
                    if let entry = entries[inlineMarkers[markerIndex].label], !citations.contains(entry) { citations.append(entry) }
                    markerIndex += 1
                }
                while linkIndex < links.count && links[linkIndex].0 <= sentence.upperBound {
                    if !citations.contains(links[linkIndex].1) { citations.append(links[linkIndex].1) }
                    linkIndex += 1
                }
                result.citations[index] = citations
            }
            return result
        }
    }

    // MARK: - Markers and links written in the text

    /// Footnote markers (`<sup>N</sup>`, `[N]`) and Markdown links (`[text](https://…)`)
    /// written in the text itself, in one pass.
    private static func scanText(_ bytes: UnsafeBufferPointer<UInt8>) -> (markers: [Marker], links: [(Int, Citation)]) {
        var markers: [Marker] = []
        var links: [(Int, Citation)] = []
        let sup = Self.supOpen, supClose = Self.supClose
        var brackets = BracketFinder(bytes: bytes)
        var i = 0
        while true {
            i = brackets.next(from: i)
            guard i < bytes.count else { break }
            let b = bytes[i]
            if b == UInt8(ascii: "<"), hasPrefix(bytes, at: i, sup) {
                var j = i + sup.count
                let labelStart = j
                while j < bytes.count && j - labelStart < 4 && bytes[j] != UInt8(ascii: "<") { j += 1 }
                if j > labelStart, hasPrefix(bytes, at: j, supClose) {
                    let end = j + supClose.count
                    markers.append(Marker(label: String(decoding: bytes[labelStart..<j], as: UTF8.self), byteOffset: i,
                                          opensLine: isLineStart(bytes, i), textStart: end))
                    i = end
                    continue
                }
            } else if b == UInt8(ascii: "[") {
                var j = i + 1
                while j < bytes.count && j - i <= 3 && UTF8Bytes.isDigit(bytes[j]) { j += 1 }
                if j > i + 1, j < bytes.count, bytes[j] == UInt8(ascii: "]"),
                   j + 1 >= bytes.count || bytes[j + 1] != UInt8(ascii: "(") {   // not a Markdown link
                    markers.append(Marker(label: String(decoding: bytes[(i + 1)..<j], as: UTF8.self), byteOffset: i,
                                          opensLine: isLineStart(bytes, i), textStart: j + 1))
                    i = j + 1
                    continue
                }
            } else if b == UInt8(ascii: "]") && i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "("),
                      let open = lastIndex(of: UInt8(ascii: "["), in: bytes, before: i, limit: 300),
                      let close = firstIndex(of: UInt8(ascii: ")"), in: bytes, from: i + 2, limit: 2000) {
                let target = String(decoding: bytes[(i + 2)..<close], as: UTF8.self)
                if isAbsoluteURL(target) {
                    links.append((open, Citation(url: target, text: String(decoding: bytes[(open + 1)..<i], as: UTF8.self))))
                }
                i = close + 1
                continue
            }
            i += 1
        }
        return (markers, links)
    }

    /// The tags of a footnote marker, made once rather than for every article.
    private static let supOpen = Array("<sup>".utf8), supClose = Array("</sup>".utf8)

    /// Finds the next `<`, `[` or `]` as the scan moves forward.
    ///
    /// Most articles hold none, so each of the three is looked for with `memchr`
    /// (vectorised) and looked for again only once the scan has passed it, instead of every
    /// byte being tested for all three.
    private struct BracketFinder {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The next offset of each byte at or after the last `start`, or `bytes.count`; `-1`
        /// until first looked for.
        private var nextLessThan = -1, nextOpen = -1, nextClose = -1

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The offset of the next `<`, `[` or `]` at or after `start`, or `bytes.count`.
        /// `start` never decreases from one call to the next.
        mutating func next(from start: Int) -> Int {
            if nextLessThan < start { nextLessThan = find(UInt8(ascii: "<"), from: start) }
            if nextOpen < start { nextOpen = find(UInt8(ascii: "["), from: start) }
            if nextClose < start { nextClose = find(UInt8(ascii: "]"), from: start) }
            return min(nextLessThan, nextOpen, nextClose)
        }

        private func find(_ byte: UInt8, from start: Int) -> Int {
            UTF8Bytes.firstIndex(of: byte, in: bytes, from: start, to: bytes.count)
        }
    }

    /// Markers the HTML or Markdown renderer took out of the text.
    private static func renderedMarkers(_ document: Document, _ bytes: UnsafeBufferPointer<UInt8>) -> [Marker] {
        document.footnoteReferences.map { reference in
            let offset = document.scalars.byteOffset(ofScalar: min(reference.offset, document.length))
            return Marker(label: reference.label, byteOffset: offset, opensLine: isLineStart(bytes, offset), textStart: offset)
        }
    }

    // MARK: - Links

    /// Links with an absolute URL recorded when HTML or Markdown was rendered, keyed by the
    /// byte offset where their text starts.
    private static func renderedLinks(_ document: Document) -> [(Int, Citation)] {
        document.links.compactMap { link in
            guard isAbsoluteURL(link.target) else { return nil }
            return (document.scalars.byteOffset(ofScalar: link.span.start),
                    Citation(url: link.target, text: document.text(of: link.span)))
        }
    }

    private static func isAbsoluteURL(_ string: String) -> Bool {
        string.hasPrefix("https://") || string.hasPrefix("http://")
    }

    private static func firstURL(in text: String) -> String? {
        guard let range = text.range(of: "https://") ?? text.range(of: "http://") else { return nil }
        let url = text[range.lowerBound...].prefix { !$0.isWhitespace && $0 != ")" && $0 != ">" }
        return String(url)
    }

    // MARK: - Byte helpers

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ prefix: [UInt8]) -> Bool {
        guard i + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[i + k] != prefix[k] { return false }
        return true
    }

    /// Whether only blanks stand between the start of the line and `offset`.
    private static func isLineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var i = offset
        while i > 0 && bytes[i - 1] != 0x0A {
            guard UTF8Bytes.isBlank(bytes[i - 1]) else { return false }
            i -= 1
        }
        return true
    }

    private static func lineStart(_ bytes: UnsafeBufferPointer<UInt8>, of offset: Int) -> Int {
        var i = offset
        while i > 0 && bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// The rest of the line from `start`, trimmed, with Markdown emphasis asterisks removed.
    private static func lineText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        let text = String(decoding: bytes[start..<end], as: UTF8.self).replacingOccurrences(of: "*", with: "")
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func lastIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, before i: Int, limit: Int) -> Int? {
        var j = i - 1
        while j >= 0 && i - j <= limit && bytes[j] != 0x0A {
            if bytes[j] == byte { return j }
            j -= 1
        }
        return nil
    }

    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from i: Int, limit: Int) -> Int? {
        var j = i
        while j < bytes.count && j - i <= limit && bytes[j] != 0x0A && bytes[j] != 0x20 {
            if bytes[j] == byte { return j }
            j += 1
        }
        return nil
    }
}
