import LibXML

/// The state of one HTML rendering: turns the walk's events into text, links and footnotes.
///
/// Positions are kept as byte offsets while rendering and converted to code points once, in
/// ``finish()``, through a ``ScalarIndex`` over the final bytes.
struct HTMLTextLayout {
    private var output = PlainTextBuilder()
    private var title: String?
    /// The `<title>` being read, if inside one.
    private var titleText: PlainTextBuilder?
    private var headDepth = 0
    private var preDepth = 0

    /// An `<a>` not yet closed: its target (nil without `href`) and where its output began.
    private var openLinks: [(target: String?, openedAt: Int)] = []
    private var links: [(bytes: Range<Int>, target: String)] = []

    /// A `<sup>` not yet closed; nil when it cannot be a footnote marker (at a line start).
    private var openSups: [SupMark?] = []
    private var footnotes: [(byteOffset: Int, label: String)] = []

    /// What to undo if a `<sup>` turns out to be a footnote marker.
    private struct SupMark {
        let checkpoint: PlainTextBuilder.Checkpoint
        let linkCount: Int
        let footnoteCount: Int
    }

    mutating func handle(_ event: HTMLEvent) -> HTMLWalkAction {
        switch event {
        case .elementStart(let element): return start(element)
        case .elementEnd(let name): end(name)
        case .text(let text): append(text)
        }
        return .visitChildren
    }

    private mutating func start(_ element: HTMLElement) -> HTMLWalkAction {
        switch element.name {
        case "head":
            headDepth += 1
            return .visitChildren
        case "title":
            // The first title is the title; later ones (and their text) are dropped.
            guard title == nil && titleText == nil else { return .skipChildren }
            titleText = PlainTextBuilder()
            return .visitChildren
        default:
            // Only the title is read from the head; its scripts, styles and metadata are not text.
            if headDepth > 0 { return .skipChildren }
        }
        switch HTMLElementKind(name: element.name) {
        case .skipped:
            return .skipChildren
        case .block:
            output.request(.lineBreak)
            if element.name == "pre" { preDepth += 1 }
        case .lineBreak:
            output.request(.lineBreak)
        case .cell:
            output.request(.cellBreak)
        case .inline:
            if element.name == "a" {
                openLinks.append((element[attribute: "href"], output.byteCount))
            } else if element.name == "sup" {
                // A marker at the start of a line labels a footnote's own text
                // ("¹ Smith, 2022"), so it stays in the text.
                openSups.append(output.isAtLineStart ? nil
                    : SupMark(checkpoint: output.checkpoint(), linkCount: links.count, footnoteCount: footnotes.count))
            }
        }
        return .visitChildren
    }

    private mutating func end(_ name: String) {
        switch name {
        case "head":
            headDepth -= 1
            return
        case "title":
            if let titleText {
                title = titleText.byteCount > 0 ? titleText.text : nil
                self.titleText = nil
            }
            return
        default:
            if headDepth > 0 { return }
        }
        switch HTMLElementKind(name: name) {
        case .block:
            output.request(.lineBreak)
            if name == "pre" { preDepth -= 1 }
        case .inline where name == "a":
            closeLink()
        case .inline where name == "sup":
            closeSup()
        default:
            break
        }
    }

    private mutating func append(_ text: String) {
        if titleText != nil {
            titleText?.append(text, preservingLines: false)
        } else if headDepth == 0 {
            output.append(text, preservingLines: preDepth > 0)
        }
    }

    private mutating func closeLink() {
        guard let link = openLinks.popLast(), let target = link.target else { return }
        let start = output.contentStart(from: link.openedAt)
        // A link with no text (an image link, or a footnote marker removed) has no span.
        if start < output.byteCount { links.append((start..<output.byteCount, target)) }
    }

    /// Removes the `<sup>` just closed from the text if it is a footnote marker.
    private mutating func closeSup() {
        guard let mark = openSups.popLast() ?? nil,
              let label = FootnoteLabel.label(of: output.text(since: mark.checkpoint),
                                              after: output.word(before: mark.checkpoint)) else { return }
        output.rollBack(to: mark.checkpoint)
        links.removeSubrange(mark.linkCount...)
        footnotes.removeSubrange(mark.footnoteCount...)
        footnotes.append((output.byteCount, label))
    }

    /// The rendered text, or nil when nothing visible was rendered.
    func finish() -> RenderedText? {
        guard output.byteCount > 0 else { return nil }
        let index = ScalarIndex(utf8: output.bytes)
        return RenderedText(
            text: output.text,
            title: title,
            links: links.map { RenderedText.Link(span: index.span(ofBytes: $0.bytes), target: $0.target) }
                .sorted { $0.span < $1.span },
            footnoteReferences: footnotes.map {
                RenderedText.FootnoteReference(offset: index.scalarOffset(ofByte: $0.byteOffset), label: $0.label)
            })
    }
}
