import LibXML

/// Finds model paths in a native XML file (the vocabulary of ``NativeXML``).
///
/// The XML form names things as the JSON form does: a field is an attribute or a child
/// element of the same name, an array is a wrapper element whose children are its items, a
/// mention's kind is its element name, and an item of an array of ids (a claim's mentions, a
/// verdict's sources) or a claim's link to a source keeps the id in `ref`. So a model path is
/// followed step by step, and the XPath and line come from the element reached. libxml2
/// keeps no columns for elements, so the column is 0.
struct XMLLocator: IssueLocator {
    let root: LibXML.XMLElement

    func locate(_ path: ModelPath) -> IssueLocation {
        var element = root
        var attribute: String?
        var endedOnItem = false
        walk: for component in path.components {
            switch component {
            case .index(let index):
                let items = element.children
                guard index < items.count else { break walk }
                element = items[index]
                endedOnItem = true
            case .key(let key):
                endedOnItem = false
                if element.attribute(key) != nil {
                    attribute = key
                    break walk
                }
                if let child = element.children.first(where: { $0.name == key }) {
                    element = child
                } else if key == "source", element.attribute("ref") != nil {
                    attribute = "ref"   // a claim's link to a source: <source ref="s1" relation="…"/>
                    break walk
                } else {
                    break walk   // `kind` is the element's name; an absent field points at its parent
                }
            }
        }
        if attribute == nil, endedOnItem, element.attribute("ref") != nil { attribute = "ref" }
        let xpath = element.path + (attribute.map { "/@\($0)" } ?? "")
        return IssueLocation(line: element.line, column: 0, pointer: xpath)
    }
}
