import LibXML

/// Reads a parsed native XML document into an ``AnnotationFile``, checking the vocabulary as
/// it goes: every element and attribute must be known, in its place, and well-formed.
///
/// The reader checks what it must to build the model faithfully (structure, types, the
/// format version). Meaning (that spans fall inside the text, that references resolve) is the
/// validator's job (SPEC §7), as it is for JSON.
struct NativeXMLReader {
    /// The file's name, for error messages.
    let file: String

    func read(_ document: LibXML.XMLDocument) throws -> AnnotationFile {
        guard let rootElement = document.root else {
            throw NativeXMLError(file: file, line: 0, message: "the document has no root element")
        }
        let root = NativeXMLElement(element: rootElement, file: file)
        guard root.name == "annotations", rootElement.namespaceURI == NativeXML.namespace else {
            let namespace = rootElement.namespaceURI.map { "namespace \($0)" } ?? "no namespace"
            throw root.error("the root element is <\(root.name)> in \(namespace); a claimkit file has <annotations xmlns=\"\(NativeXML.namespace)\">")
        }
        try root.checkAttributes(required: ["formatVersion"])
        let version = try root.offset("formatVersion")
        guard version == AnnotationFile.currentFormatVersion else {
            throw root.error("format version \(version) is not one this claimkit reads (it reads version \(AnnotationFile.currentFormatVersion)); upgrade claimkit")
        }
        var children = try root.children()
        let metadata = try readDocument(try children.required("document"))
        let mentions = try items(of: try children.required("mentions"), named: "number", "date", "quote").map(readMention)
        let claims = try items(of: try children.required("claims"), named: "claim").map(readClaim)
        let sources = try items(of: try children.required("sources"), named: "source").map(readSource)
        let verdicts = try items(of: try children.required("verdicts"), named: "verdict").map(readVerdict)
        try children.finish()
        return AnnotationFile(formatVersion: version, document: metadata, mentions: mentions, claims: claims,
                              sources: sources, verdicts: verdicts)
    }

    /// The items of an array wrapper, all named among `names`.
    func items(of wrapper: NativeXMLElement, named names: String...) throws -> [NativeXMLElement] {
        try wrapper.checkAttributes(required: [])
        var children = try wrapper.children()
        var result: [NativeXMLElement] = []
        while let next = children.remaining.first, names.contains(next.name) {
            result.append(next)
            children.remaining.removeFirst()
        }
        try children.finish()
        return result
    }

    /// The `ref` of each `<name ref="…"/>` in an array of ids.
    func references(in wrapper: NativeXMLElement, named name: String) throws -> [String] {
        try items(of: wrapper, named: name).map { item in
            try item.checkAttributes(required: ["ref"])
            try item.children().finish()
            return try item.string("ref")
        }
    }

    // MARK: - Document, sources, verdicts

    private func readDocument(_ element: NativeXMLElement) throws -> DocumentMetadata {
        try element.checkAttributes(required: ["id", "language", "mediaType", "textSHA256", "length"], optional: ["url", "published"])
        var children = try element.children()
        let metadata = DocumentMetadata(
            id: try element.string("id"), title: try children.optional("title")?.text(), url: element.optionalString("url"),
            publisher: try children.optional("publisher")?.text(), author: try children.optional("author")?.text(),
            published: element.optionalString("published"), language: try element.string("language"),
            mediaType: try element.enumeration("mediaType", oneOf: MediaType.allCases),
            textSHA256: try element.string("textSHA256"), length: try element.offset("length"))
        try children.finish()
        return metadata
    }

    private func readSource(_ element: NativeXMLElement) throws -> Source {
        try element.checkAttributes(required: ["id", "url"], optional: ["published", "accessed", "archiveURL"])
        var children = try element.children()
        let source = Source(id: try element.string("id"), url: try element.string("url"),
                            title: try children.optional("title")?.text(), publisher: try children.optional("publisher")?.text(),
                            published: element.optionalString("published"), accessed: element.optionalString("accessed"),
                            archiveURL: element.optionalString("archiveURL"), note: try children.optional("note")?.text())
        try children.finish()
        return source
    }

    private func readVerdict(_ element: NativeXMLElement) throws -> Verdict {
        try element.checkAttributes(required: ["id", "claim", "rating", "reviewer", "date", "status"])
        var children = try element.children()
        let verdict = Verdict(id: try element.string("id"), claim: try element.string("claim"), rating: try element.string("rating"),
                              rationale: try children.required("rationale").text(), reviewer: try element.string("reviewer"),
                              date: try element.string("date"), sources: try references(in: try children.required("sources"), named: "source"),
                              status: try element.enumeration("status", oneOf: Verdict.Status.allCases))
        try children.finish()
        return verdict
    }
}
