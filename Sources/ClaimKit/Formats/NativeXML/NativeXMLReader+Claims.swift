/// Reading mentions and claims, the larger parts of a native XML file.
extension NativeXMLReader {
    /// `<number>`, `<date>` or `<quote>`: the element name is the mention's kind.
    func readMention(_ element: NativeXMLElement) throws -> Mention {
        let common = ["id", "start", "end"]
        var children = try element.children()
        let id = try element.string("id")
        var mention: Mention
        switch element.name {
        case "number":
            try element.checkAttributes(required: common + ["value"], optional: ["upper", "unit", "currency", "approximator"])
            mention = Mention(id: id, kind: .number, span: try element.span("start", "end"), text: try children.required("text").text())
            mention.number = NumberValue(value: try element.double("value"), upperValue: try element.optionalDouble("upper"),
                                         unit: element.optionalString("unit"), currency: element.optionalString("currency"),
                                         approximator: element.optionalString("approximator"), noun: try children.optional("noun")?.text())
        case "date":
            try element.checkAttributes(required: common + ["type", "value"])
            mention = Mention(id: id, kind: .date, span: try element.span("start", "end"), text: try children.required("text").text())
            mention.date = DateValue(type: try element.enumeration("type", oneOf: [DateValue.TimexType.date, .duration, .set, .time]), value: try element.string("value"))
        default:
            try element.checkAttributes(required: common + ["contentStart", "contentEnd"], optional: ["speakerStart", "speakerEnd", "cue"])
            mention = Mention(id: id, kind: .quote, span: try element.span("start", "end"), text: try children.required("text").text())
            mention.quote = QuoteValue(speaker: nil, speakerSpan: try speakerSpan(element), cue: element.optionalString("cue"),
                                       contentSpan: try element.span("contentStart", "contentEnd"))
            mention.quote?.speaker = try children.optional("speaker")?.text()
        }
        try children.finish()
        return mention
    }

    /// Both `speakerStart` and `speakerEnd`, or neither.
    private func speakerSpan(_ element: NativeXMLElement) throws -> TextSpan? {
        switch (element.optionalString("speakerStart"), element.optionalString("speakerEnd")) {
        case (nil, nil): return nil
        case (.some, .some): return try element.span("speakerStart", "speakerEnd")
        case (.some, nil): throw element.error("<quote> has 'speakerStart' but no 'speakerEnd'; give both or neither")
        case (nil, .some): throw element.error("<quote> has 'speakerEnd' but no 'speakerStart'; give both or neither")
        }
    }

    func readClaim(_ element: NativeXMLElement) throws -> Claim {
        try element.checkAttributes(required: ["id", "score", "status"])
        var children = try element.children()
        let selector = try children.required("selector")
        try selector.checkAttributes(required: ["start", "end"])
        var parts = try selector.children()
        let exact = try parts.required("exact").text(), prefix = try parts.required("prefix").text()
        let suffix = try parts.required("suffix").text()
        try parts.finish()
        let score = try element.double("score")
        guard (0...1).contains(score) else { throw element.error("<claim> score is \(score); a check-worthiness score lies in [0, 1]") }

        let claim = Claim(id: try element.string("id"), span: try selector.span("start", "end"), text: exact, prefix: prefix, suffix: suffix,
                          mentionIDs: try references(in: try children.required("mentions"), named: "mention"),
                          reasons: try items(of: try children.required("reasons"), named: "reason").map { try $0.text() },
                          score: score, status: try element.enumeration("status", oneOf: [Claim.Status.flagged, .dismissed]),
                          provenance: try readProvenance(try children.required("provenance")),
                          citations: try items(of: try children.required("citations"), named: "citation").map(readCitation),
                          sourceLinks: try items(of: try children.required("sources"), named: "source").map(readSourceLink),
                          dismissal: try children.optional("dismissal").map(readDismissal),
                          anchoring: try children.optional("anchoring").map(readAnchoring))
        try children.finish()
        return claim
    }

    private func readProvenance(_ element: NativeXMLElement) throws -> Provenance {
        try element.checkAttributes(required: ["agent", "name"], optional: ["version"])
        try element.children().finish()
        return Provenance(agent: try element.enumeration("agent", oneOf: [Provenance.Agent.software, .person]), name: try element.string("name"),
                          version: element.optionalString("version"))
    }

    private func readCitation(_ element: NativeXMLElement) throws -> Citation {
        try element.checkAttributes(required: [], optional: ["label", "url"])
        var children = try element.children()
        let citation = Citation(label: element.optionalString("label"), url: element.optionalString("url"),
                                text: try children.required("text").text())
        try children.finish()
        return citation
    }

    private func readSourceLink(_ element: NativeXMLElement) throws -> SourceLink {
        try element.checkAttributes(required: ["ref", "relation"])
        try element.children().finish()
        return SourceLink(source: try element.string("ref"), relation: try element.enumeration("relation", oneOf: SourceRelation.allCases))
    }

    private func readDismissal(_ element: NativeXMLElement) throws -> Dismissal {
        try element.checkAttributes(required: ["date"], optional: ["by"])
        var children = try element.children()
        let dismissal = Dismissal(reason: try children.required("reason").text(), by: element.optionalString("by"),
                                  date: try element.string("date"))
        try children.finish()
        return dismissal
    }

    private func readAnchoring(_ element: NativeXMLElement) throws -> Anchoring {
        try element.checkAttributes(required: ["method", "fromSHA256", "toSHA256"], optional: ["score"])
        try element.children().finish()
        let score = try element.optionalDouble("score")
        if let score, !(0...1).contains(score) { throw element.error("<anchoring> score is \(score); a similarity lies in [0, 1]") }
        return Anchoring(method: try element.enumeration("method", oneOf: [Anchoring.Method.exact, .moved, .fuzzy, .orphaned]), score: score,
                         fromSHA256: try element.string("fromSHA256"), toSHA256: try element.string("toSHA256"))
    }
}
