import CLibXML2

extension HTMLDocument {
    /// Reports the document's elements and text to `visit`, in document order.
    ///
    /// The walk follows libxml2's child, sibling and parent pointers in a loop, without
    /// recursion, so no depth of nesting can overflow the stack. Comments, processing
    /// instructions and the doctype are not reported; CDATA is reported as text.
    ///
    /// `visit` returns an ``HTMLWalkAction``; it is read only after an element's start.
    public func walk(_ visit: (HTMLEvent) throws -> HTMLWalkAction) rethrows {
        var node = document.pointee.children
        while let current = node {
            var enter = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let action = try visit(.elementStart(Self.element(current)))
                enter = action == .visitChildren && current.pointee.children != nil
                if !enter { _ = try visit(.elementEnd(name: Self.name(current))) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { _ = try visit(.text(String(cString: content))) }
            default:
                break
            }
            if enter {
                node = current.pointee.children
                continue
            }
            // No children to enter: go to the next sibling, closing finished parents.
            var finished = current
            while finished.pointee.next == nil {
                guard let parent = finished.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return }
                _ = try visit(.elementEnd(name: Self.name(parent)))
                finished = parent
            }
            node = finished.pointee.next
        }
    }

    private static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func element(_ node: xmlNodePtr) -> HTMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
        if let name = current.pointee.name {
            let key = String(cString: name)
            if attributes[key] == nil { attributes[key] = text(of: current.pointee.children) }
        }
        attribute = current.pointee.next
        }
        return HTMLElement(name: name(node), attributes: attributes)
    }

    /// The concatenated content of a list of text nodes (an attribute's value).
    private static func text(of first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
        if let content = current.pointee.content { result += String(cString: content) }
        node = current.pointee.next
        }
        return result
    }
}
