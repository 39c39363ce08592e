/// Checks a positioned JSON tree against a ``Shape`` and reports every mismatch, each at the
/// value, key or object a person would edit.
///
/// The checker goes on after a mismatch (it only skips what is inside a value of the wrong
/// type), so one run reports every unknown field, wrong type and missing field in the file.
/// It runs on every value of every file, so the path is a stack it pushes and pops, and
/// labels and pointers are spelled out only for a problem.
struct ShapeChecker {
    /// The file name the issues carry.
    let file: String
    private(set) var issues: [ValidationIssue] = []
    private var path: [ModelPath.Component] = []

    init(file: String) {
        self.file = file
    }

    /// What a value is, for messages: "claim field 'score'", "item 2 of claim field 'reasons'".
    struct Label {
        var object: String
        var key: String?
        var index: Int?

        var text: String {
            let field = key.map { "\(object) field '\($0)'" } ?? object
            return index.map { "item \($0) of \(field)" } ?? field
        }
    }

    mutating func check(_ node: JSONNode, _ shape: Shape, label: Label) {
        switch shape {
        case .object(let object):
            guard case .object(let members) = node.value else { return wrongType(node, "an object", label) }
            checkObject(members, node, object)
        case .tagged(let tagged):
            guard case .object(let members) = node.value else { return wrongType(node, "an object", label) }
            checkTagged(members, node, tagged)
        case .array(let item):
            guard case .array(let items) = node.value else { return wrongType(node, "an array", label) }
            for (index, element) in items.enumerated() {
                path.append(.index(index))
                check(element, item, label: Label(object: label.object, key: label.key, index: index))
                path.removeLast()
            }
        case .string(let format):
            checkString(node, format, label: label)
        case .integer(let minimum):
            guard let number = node.number, number.integer != nil || number.double.rounded(.towardZero) == number.double else {
                return wrongType(node, "a whole number", label)
            }
            if number.double < Double(minimum) {
                report(.invalidValue, node.position, "\(label.text) is \(number.literal); it must be \(minimum) or more")
            }
        case .number(let range):
            guard let number = node.number else { return wrongType(node, "a number", label) }
            if let range, !range.contains(number.double) {
                report(.invalidValue, node.position,
                       "\(label.text) is \(number.literal), outside \(Self.format(range.lowerBound))…\(Self.format(range.upperBound))")
            }
        }
    }

    // MARK: - Objects

    private mutating func checkObject(_ members: [JSONMember], _ node: JSONNode, _ shape: ObjectShape) {
        reportDuplicateKeys(members, shape.name)
        for member in members {
            path.append(.key(member.key))
            defer { path.removeLast() }
            guard let field = shape.field(member.key) else {
                report(.unknownField, member.keyPosition, "unknown field '\(member.key)' in \(shape.name)",
                       fix: suggestion(for: member.key, in: shape))
                continue
            }
            check(member.value, field.shape, label: Label(object: shape.name, key: member.key))
        }
        for field in shape.fields where field.isRequired && node.member(field.name) == nil {
            report(.missingField, node.position, "\(shape.name) has no '\(field.name)' field, which is required")
        }
        for (first, second) in shape.pairs {
            let hasFirst = node.member(first) != nil, hasSecond = node.member(second) != nil
            if hasFirst != hasSecond {
                let (present, absent) = hasFirst ? (first, second) : (second, first)
                report(.missingField, node.position, "\(shape.name) has '\(present)' without '\(absent)'; give both or neither")
            }
        }
    }

    private mutating func checkTagged(_ members: [JSONMember], _ node: JSONNode, _ shape: TaggedShape) {
        if let tag = node[shape.tag]?.string, let variant = shape.variants.first(where: { $0.tag == tag }) {
            return checkObject(members, node, variant.shape)
        }
        reportDuplicateKeys(members, shape.name)
        if let tagNode = node[shape.tag] {
            let tags = shape.variants.map(\.tag).joined(separator: ", ")
            let found = tagNode.string.map { "'\($0)'" } ?? tagNode.kindDescription
            path.append(.key(shape.tag))
            report(.invalidValue, tagNode.position, "\(shape.name) field '\(shape.tag)' is \(found); it must be one of: \(tags)")
            path.removeLast()
        }
        for name in shape.commonRequired where node.member(name) == nil {
            report(.missingField, node.position, "\(shape.name) has no '\(name)' field, which is required")
        }
    }

    private mutating func reportDuplicateKeys(_ members: [JSONMember], _ name: String) {
        guard members.count > 1 else { return }
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted {
            path.append(.key(member.key))
            report(.duplicateKey, member.keyPosition,
                   "the key '\(member.key)' appears more than once in \(name); JSON readers disagree on which one counts",
                   fix: "keep one")
            path.removeLast()
        }
    }

    // MARK: - Strings

    private mutating func checkString(_ node: JSONNode, _ format: StringFormat, label: Label) {
        guard let value = node.string else {
            if case .oneOf = format {
                return report(.invalidValue, node.position, "\(label.text) must be \(format.expectation), not \(node.kindDescription)")
            }
            return wrongType(node, "a string", label)
        }
        guard !format.accepts(value) else { return }
        if case .oneOf = format {
            report(.invalidValue, node.position, "\(label.text) is '\(value)'; it must be \(format.expectation)")
        } else {
            report(.invalidValue, node.position, "\(label.text) is '\(value)', not \(format.expectation)")
        }
    }

    // MARK: - Reporting

    private mutating func wrongType(_ node: JSONNode, _ expected: String, _ label: Label) {
        report(.wrongType, node.position, "\(label.text) must be \(expected), not \(node.kindDescription)")
    }

    /// An issue at `position`, with the pointer of the current path.
    private mutating func report(_ code: ValidationIssue.Code, _ position: JSONPosition, _ message: String, fix: String? = nil) {
        issues.append(ValidationIssue(code: code, file: file, line: position.line, column: position.column,
                                      pointer: ModelPath(components: path).jsonPointer, message: message, fix: fix))
    }

    /// "did you mean 'score'?" for a near miss, else the fields the object has.
    private func suggestion(for key: String, in shape: ObjectShape) -> String {
        let names = shape.fields.map(\.name)
        let nearest = names.map { ($0, EditDistance.between(key.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        if let nearest, nearest.1 <= max(1, min(2, key.count / 3)) {
            return "did you mean '\(nearest.0)'?"
        }
        return "remove it; \(shape.name) has: " + names.joined(separator: ", ")
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// Edit distance between short strings (field names), for "did you mean" hints: insertions,
/// deletions, substitutions and swaps of neighbours each cost 1 (`scroe` is 1 from `score`).
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
