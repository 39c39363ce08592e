import CLibXML2

/// A read-only view of one element of an ``XMLDocument``.
///
/// The view keeps its document alive, so it stays valid however long it is held. Names are
/// local names; namespaces are reported separately as URIs, never as prefixes (which are the
/// writer's choice and carry no meaning).
public struct XMLElement {
    /// Keeps the tree alive while the view exists.
    let owner: XMLDocument
    let node: xmlNodePtr

    init(owner: XMLDocument, node: xmlNodePtr) {
        self.owner = owner
        self.node = node
    }

    /// The local name: `claim` for `<ck:claim>`.
    public var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, or `nil` for an element in no namespace.
    public var namespaceURI: String? { node.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// 1-based line of the start tag in the parsed input (libxml2 keeps no columns for nodes).
    public var line: Int { Int(xmlGetLineNo(node)) }

    /// Where the element is, as an XPath of local names: `/annotations/claims/claim[2]`.
    /// A position is given only where siblings share the name.
    public var path: String { Self.path(of: node) }

    /// The attributes in document order, values with references already decoded.
    public var attributes: [XMLAttribute] {
        var result: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            result.append(XMLAttribute(name: String(cString: current.pointee.name),
                                       namespaceURI: current.pointee.ns?.pointee.href.map { String(cString: $0) },
                                       value: Self.text(of: current.pointee.children)))
            attribute = current.pointee.next
        }
        return result
    }

    /// The value of the attribute `name` in no namespace, or `nil` when it is absent.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name && $0.namespaceURI == nil }?.value
    }

    /// The child elements, in document order (text, comments and processing instructions
    /// between them are skipped; ``text`` has the text).
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(owner: owner, node: current)) }
            child = current.pointee.next
        }
        return result
    }

    /// The element's own character data: its text children joined, exactly as written after
    /// reference decoding (whitespace is kept). Text inside child elements is not included.
    public var text: String { Self.text(of: node.pointee.children) }

    // MARK: - Helpers shared with the schema validator

    /// Joins the text (and CDATA) nodes of a sibling list.
    static func text(of first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                result += String(cString: content)
            }
            node = current.pointee.next
        }
        return result
    }

    /// The XPath of an element or attribute node, by local names.
    ///
    /// Attribute nodes (`xmlAttr`) share the leading fields (`type`, `name`, `parent`) of
    /// `xmlNode`, which is how libxml2 itself passes either as a node.
    static func path(of node: xmlNodePtr) -> String {
        var steps: [String] = []
        var current: xmlNodePtr? = node
        while let step = current {
            switch step.pointee.type {
            case XML_ATTRIBUTE_NODE:
                steps.append("@" + String(cString: step.pointee.name))
            case XML_ELEMENT_NODE:
                let name = String(cString: step.pointee.name)
                let (position, count) = siblingPosition(step)
                steps.append(count > 1 ? "\(name)[\(position)]" : name)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                break   // the element holding the text comes next
            default:
                current = nil   // the document node: done
                continue
            }
            current = step.pointee.parent
        }
        return "/" + steps.reversed().joined(separator: "/")
    }

    /// The 1-based position of `node` among its parent's elements of the same name, and how
    /// many such elements there are.
    private static func siblingPosition(_ node: xmlNodePtr) -> (position: Int, count: Int) {
        var position = 1, count = 1
        var before = node.pointee.prev
        while let sibling = before {
            if isSameName(sibling, node) { position += 1; count += 1 }
            before = sibling.pointee.prev
        }
        var after = node.pointee.next
        while let sibling = after {
            if isSameName(sibling, node) { count += 1 }
            after = sibling.pointee.next
        }
        return (position, count)
    }

    private static func isSameName(_ a: xmlNodePtr, _ b: xmlNodePtr) -> Bool {
        a.pointee.type == XML_ELEMENT_NODE && xmlStrEqual(a.pointee.name, b.pointee.name) != 0
    }
}

/// An attribute as the document holds it.
public struct XMLAttribute: Equatable, Sendable {
    /// The local name.
    public let name: String
    /// The namespace URI, or `nil` for an unqualified attribute (the usual case).
    public let namespaceURI: String?
    /// The value, with character and entity references decoded.
    public let value: String

    public init(name: String, namespaceURI: String? = nil, value: String) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.value = value
    }
}
