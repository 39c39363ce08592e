/// One step of a walk over an HTML tree, in document order.
///
/// Events rather than a tree of Swift values: a Swift tree as deep as the HTML (recovered
/// markup can nest thousands of levels) would be built and freed recursively and could
/// overflow the stack, while a flat stream of events costs nothing per level.
public enum HTMLEvent: Equatable, Sendable {
    /// An element opens. Every start is followed, later, by exactly one matching end.
    case elementStart(HTMLElement)
    /// Character data, with entities already decoded.
    case text(String)
    /// An element closes; `name` is the lowercase tag name.
    case elementEnd(name: String)
}

/// An element as its start tag shows it.
public struct HTMLElement: Equatable, Sendable {
    /// The lowercase tag name, e.g. `a` (libxml2's HTML parser lowercases names).
    public let name: String
    /// Attribute values by lowercase name, entities decoded.
    public let attributes: [String: String]

    public init(name: String, attributes: [String: String] = [:]) {
        self.name = name
        self.attributes = attributes
    }

    public subscript(attribute name: String) -> String? { attributes[name] }
}

/// What a visitor wants after an ``HTMLEvent/elementStart(_:)``.
public enum HTMLWalkAction: Sendable {
    /// Visit the element's children.
    case visitChildren
    /// Do not visit the children (e.g. `<script>`); the element's end is still reported.
    case skipChildren
}
