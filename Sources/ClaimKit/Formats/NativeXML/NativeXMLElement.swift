import LibXML

/// An element of a native XML file being read, with the checks every element needs: only
/// known attributes, required ones present, numbers and enumerations well-formed, and errors
/// that name the file, the line and the element's XPath.
struct NativeXMLElement {
    let element: LibXML.XMLElement
    /// The file's name, for error messages.
    let file: String

    var name: String { element.name }

    /// An error located at this element.
    func error(_ message: String) -> NativeXMLError {
        NativeXMLError(file: file, line: element.line, message: message, path: element.path)
    }

    // MARK: - Attributes

    /// Refuses attributes other than `allowed` (and any in a namespace), and requires
    /// `required`, so a typo is never silently dropped.
    func checkAttributes(required: [String], optional: [String] = []) throws {
        let present = element.attributes
        if let unknown = present.first(where: { $0.namespaceURI != nil || !(required.contains($0.name) || optional.contains($0.name)) }) {
            let allowed = (required + optional).joined(separator: ", ")
            throw error("<\(name)> has an unknown attribute '\(unknown.name)' (it allows \(allowed))")
        }
        if let missing = required.first(where: { name in !present.contains { $0.name == name } }) {
            throw error("<\(name)> has no '\(missing)' attribute, which it needs")
        }
    }

    func string(_ attribute: String) throws -> String {
        guard let value = element.attribute(attribute) else { throw error("<\(name)> has no '\(attribute)' attribute, which it needs") }
        return value
    }

    func optionalString(_ attribute: String) -> String? {
        element.attribute(attribute)
    }

    /// A code-point count or offset: a whole number, 0 or more.
    func offset(_ attribute: String) throws -> Int {
        let text = try string(attribute)
        guard let value = XMLNumber.offset(text) else {
            throw error("<\(name)> attribute '\(attribute)' is '\(text)', not a whole number of code points (0 or more)")
        }
        return value
    }

    func optionalOffset(_ attribute: String) throws -> Int? {
        element.attribute(attribute) == nil ? nil : try offset(attribute)
    }

    /// A finite decimal number.
    func double(_ attribute: String) throws -> Double {
        let text = try string(attribute)
        guard let value = XMLNumber.double(text) else {
            throw error("<\(name)> attribute '\(attribute)' is '\(text)', not a finite decimal number (e.g. 25600000.0 or 0.85)")
        }
        return value
    }

    func optionalDouble(_ attribute: String) throws -> Double? {
        element.attribute(attribute) == nil ? nil : try double(attribute)
    }

    /// One of `values`, by raw value, exactly. (The values are passed in because several of
    /// the model's enumerations are not `CaseIterable`.)
    func enumeration<Value: RawRepresentable>(_ attribute: String, oneOf values: [Value]) throws -> Value
    where Value.RawValue == String {
        let text = try string(attribute)
        guard let value = values.first(where: { $0.rawValue == text }) else {
            throw error("<\(name)> attribute '\(attribute)' is '\(text)'; it must be one of: \(values.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// A `[start, end)` span from two offset attributes.
    func span(_ startAttribute: String, _ endAttribute: String) throws -> TextSpan {
        let start = try offset(startAttribute), end = try offset(endAttribute)
        guard start <= end else {
            throw error("<\(name)> has \(startAttribute) \(start) after \(endAttribute) \(end); a span needs \(startAttribute) <= \(endAttribute)")
        }
        return TextSpan(start: start, end: end)
    }

    // MARK: - Content

    /// The element's text, for an element that holds only text (every space is kept).
    func text() throws -> String {
        if let child = element.children.first {
            throw error("<\(name)> holds text only, but contains <\(child.name)>")
        }
        try checkAttributes(required: [])
        return element.text
    }

    /// The child elements, to be consumed in order. Text between them must be white space
    /// (the indentation), and every child must be in the native namespace.
    func children() throws -> NativeXMLChildren {
        if element.text.unicodeScalars.contains(where: { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") }) {
            throw error("<\(name)> holds elements only, but contains text")
        }
        let children = element.children.map { NativeXMLElement(element: $0, file: file) }
        if let foreign = children.first(where: { $0.element.namespaceURI != NativeXML.namespace }) {
            throw foreign.error("<\(foreign.name)> is not in the claimkit namespace \(NativeXML.namespace)"
                + (foreign.element.namespaceURI.map { " (it is in \($0))" } ?? " (it is in no namespace)"))
        }
        return NativeXMLChildren(parent: self, remaining: children[...])
    }
}

/// The children of an element, consumed in the order the vocabulary fixes.
struct NativeXMLChildren {
    let parent: NativeXMLElement
    var remaining: ArraySlice<NativeXMLElement>

    /// The next child, which must be `name`.
    mutating func required(_ name: String) throws -> NativeXMLElement {
        guard let child = try optional(name) else {
            let found = remaining.first.map { "<\($0.name)>" } ?? "nothing"
            throw parent.error("<\(parent.name)> needs a <\(name)> here, but has \(found)")
        }
        return child
    }

    /// The next child if it is `name`.
    mutating func optional(_ name: String) throws -> NativeXMLElement? {
        guard let next = remaining.first, next.name == name else { return nil }
        remaining.removeFirst()
        return next
    }

    /// The run of next children whose names are among `names`.
    mutating func all(_ names: String...) -> [NativeXMLElement] {
        var result: [NativeXMLElement] = []
        while let next = remaining.first, names.contains(next.name) {
            result.append(next)
            remaining.removeFirst()
        }
        return result
    }

    /// Fails if any child is left: an unknown, misplaced or repeated element.
    func finish() throws {
        guard let extra = remaining.first else { return }
        throw extra.error("<\(parent.name)> cannot contain <\(extra.name)> here (unknown, out of order or repeated)")
    }
}
