/// A place in the annotation model, whatever the file format: `claims[2].selector.start`.
///
/// The meaning rules name what they found a problem in by model path; a ``IssueLocator`` for
/// the file's format turns that into a line, a column and a JSON pointer or XPath. The keys
/// are those of the native JSON format.
struct ModelPath: Hashable, Sendable, CustomStringConvertible {
    enum Component: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)

        init(stringLiteral value: String) { self = .key(value) }
        init(integerLiteral value: Int) { self = .index(value) }
    }

    var components: [Component]

    init(_ components: Component...) {
        self.components = components
    }

    init(components: [Component]) {
        self.components = components
    }

    static let root = ModelPath(components: [])

    func appending(_ more: Component...) -> ModelPath {
        ModelPath(components: components + more)
    }

    /// The RFC 6901 JSON pointer: `/claims/2/selector/start` (`~` and `/` in keys escaped).
    var jsonPointer: String {
        components.map { component in
            switch component {
            case .key(let key): "/" + key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            case .index(let index): "/\(index)"
            }
        }.joined()
    }

    var description: String { jsonPointer }
}

/// Where a model path is in one file.
struct IssueLocation: Equatable {
    var line: Int
    var column: Int
    /// A JSON pointer or an XPath.
    var pointer: String
}

/// Finds model paths in a file of one format.
protocol IssueLocator {
    /// Where `path` is; when the file has no such value (an absent optional field), where
    /// its nearest enclosing value is, with the pointer still naming `path`.
    func locate(_ path: ModelPath) -> IssueLocation
}
