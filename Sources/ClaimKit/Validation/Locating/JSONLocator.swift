/// Finds model paths in a JSON file through its positioned tree: the native JSON keys are
/// the model's, so a path is followed as it is.
struct JSONLocator: IssueLocator {
    let root: JSONNode

    func locate(_ path: ModelPath) -> IssueLocation {
        var node = root
        for component in path.components {
            let next: JSONNode?
            switch component {
            case .key(let key): next = node[key]
            case .index(let index): next = node.array.flatMap { index < $0.count ? $0[index] : nil }
            }
            guard let next else { break }
            node = next
        }
        return IssueLocation(line: node.position.line, column: node.position.column, pointer: path.jsonPointer)
    }
}
