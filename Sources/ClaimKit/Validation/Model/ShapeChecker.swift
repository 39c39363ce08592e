/// Checks a positioned JSON tree against a ``Shape`` and reports every mismatch, each at the
/// value, key or object a person would edit.
///
/// The checker goes on after a mismatch (it only skips what is inside a value of the wrong
/// type), so one run reports every unknown field, wrong type and missing field in the file.
struct ShapeChecker {
    /// The file name the issues carry.
    let file: String
    private(set) var issues: [ValidationIssue] = []

    init(file: String) {
        self.file = file
    }

    mutating func check(_ node: JSONNode, _ shape: Shape, at path: ModelPath, label: String) {
        switch shape {
        case .object(let object):
            guard case .object(let members) = node.value else { return wrongType(node, "an object", path, label) }
            checkObject(members, node, object, at: path)
        case .tagged(let tagged):
            guard case .object(let members) = node.value else { return wrongType(node, "an object", path, label) }
            checkTagged(members, node, tagged, at: path)
        case .array(let item):
            guard case .array(let items) = node.value else { return wrongType(node, "an array", path, label) }
            for (index, element) in items.enumerated() {
                check(element, item, at: path.appending(.index(index)), label: "item \(index) of \(label)")
            }
        case .string(let format):
            checkString(node, format, at: path, label: label)
        case .integer(let minimum):
            guard let number = node.number, number.integer != nil || number.double.rounded(.towardZero) == number.double else {
                return wrongType(node, "a whole number", path, label)
            }
            if number.double < Double(minimum) {
                report(.invalidValue, node.position, path, "\(label) is \(number.literal); it must be \(minimum) or more")
            }
        case .number(let range):
            guard let number = node.number else { return wrongType(node, "a number", path, label) }
            if let range, !range.contains(number.double) {
                report(.invalidValue, node.position, path,
                       "\(label) is \(number.literal), outside \(Self.format(range.lowerBound))…\(Self.format(range.upperBound))")
            }
        }
    }

    // MARK: - Objects

    private mutating func checkObject(_ members: [JSONMember], _ node: JSONNode, _ shape: ObjectShape, at path: ModelPath) {
        reportDuplicateKeys(members, shape.name, at: path)
        for member in members {
            let memberPath = path.appending(.key(member.key))
            guard let field = shape.field(member.key) else {
                report(.unknownField, member.keyPosition, memberPath, "unknown field '\(member.key)' in \(shape.name)",
                       fix: suggestion(for: member.key, in: shape))
                continue
            }
            check(member.value, field.shape, at: memberPath, label: "\(shape.name) field '\(member.key)'")
        }
        for field in shape.fields where field.isRequired && node.member(field.name) == nil {
            report(.missingField, node.position, path, "\(shape.name) has no '\(field.name)' field, which is required")
        }
        for (first, second) in shape.pairs {
            let hasFirst = node.member(first) != nil, hasSecond = node.member(second) != nil
            if hasFirst != hasSecond {
                let (present, absent) = hasFirst ? (first, second) : (second, first)
                report(.missingField, node.position, path, "\(shape.name) has '\(present)' without '\(absent)'; give both or neither")
            }
        }
    }

    private mutating func checkTagged(_ members: [JSONMember], _ node: JSONNode, _ shape: TaggedShape, at path: ModelPath) {
        if let tag = node[shape.tag]?.string, let variant = shape.variants.first(where: { $0.tag == tag }) {
            return checkObject(members, node, variant.shape, at: path)
        }
        reportDuplicateKeys(members, shape.name, at: path)
        if let tagNode = node[shape.tag] {
            let tags = shape.variants.map(\.tag).joined(separator: ", ")
            let found = tagNode.string.map { "'\($0)'" } ?? tagNode.kindDescription
            report(.invalidValue, tagNode.position, path.appending(.key(shape.tag)),
                   "\(shape.name) field '\(shape.tag)' is \(found); it must be one of: \(tags)")
        }
        for name in shape.commonRequired where node.member(name) == nil {
            report(.missingField, node.position, path, "\(shape.name) has no '\(name)' field, which is required")
        }
    }

    private mutating func reportDuplicateKeys(_ members: [JSONMember], _ name: String, at path: ModelPath) {
        guard members.count > 1 else { return }
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted {
            report(.duplicateKey, member.keyPosition, path.appending(.key(member.key)),
                   "the key '\(member.key)' appears more than once in \(name); JSON readers disagree on which one counts",
                   fix: "keep one")
        }
    }

    // MARK: - Strings

    private mutating func checkString(_ node: JSONNode, _ format: StringFormat, at path: ModelPath, label: String) {
        guard let value = node.string else {
            if case .oneOf = format {
                return report(.invalidValue, node.position, path, "\(label) must be \(format.expectation), not \(node.kindDescription)")
            }
            return wrongType(node, "a string", path, label)
        }
        guard !format.accepts(value) else { return }
        if case .oneOf = format {
            report(.invalidValue, node.position, path, "\(label) is '\(value)'; it must be \(format.expectation)")
        } else {
            report(.invalidValue, node.position, path, "\(label) is '\(value)', not \(format.expectation)")
        }
    }

    // MARK: - Reporting

    private mutating func wrongType(_ node: JSONNode, _ expected: String, _ path: ModelPath, _ label: String) {
        report(.wrongType, node.position, path, "\(label) must be \(expected), not \(node.kindDescription)")
    }

    private mutating func report(_ code: ValidationIssue.Code, _ position: JSONPosition, _ path: ModelPath,
                                 _ message: String, fix: String? = nil) {
        issues.append(ValidationIssue(code: code, file: file, line: position.line, column: position.column,
                                      pointer: path.jsonPointer, message: message, fix: fix))
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

/// Levenshtein distance between short strings (field names), for "did you mean" hints.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
