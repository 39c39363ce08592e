/// How many units an expression counts: "three", "4", "1.5", "a", "a few", "twenty-five",
/// "a couple of", "two and a half", "a hundred".
struct DateCount {
    /// The first token of the count.
    var first: Int
    /// `nil` for a vague count ("several", "a few", "many").
    var amount: Double?
    /// "a" / "an": one, but only a length of time in context ("for a year", not "a year in which").
    var isArticle: Bool
}

extension DateMatcher {
    /// The count written just before token `u`, if any. `allowGlued` accepts a number glued to a
    /// preceding word, as in the navigation debris "Science4 weeks ago".
    func count(before u: Int, allowGlued: Bool) -> DateCount? {
        let j = u - 1
        guard j >= floor, let t = token(j) else { return nil }
        switch t.kind {
        case .number:
            guard isCountNumber(j, allowGlued: allowGlued) else { return nil }
            return DateCount(first: j, amount: t.number, isArticle: false)
        case .symbol:
            return nil
        case .word:
            break
        }
        switch category(j) {
        case .numberWord:
            return numberWordCount(at: j)
        case .article:
            return DateCount(first: j, amount: 1, isArticle: true)
        case .vagueCount:
            let first = j - 1 >= floor && category(j - 1) == .article ? j - 1 : j   // "a few"
            return DateCount(first: first, amount: nil, isArticle: false)
        case .half:
            // "two and a half years"
            guard category(j - 1) == .article, isWord(j - 2, "and"),
                  let whole = count(before: j - 2, allowGlued: false), let amount = whole.amount, !whole.isArticle
            else { return nil }
            return DateCount(first: whole.first, amount: amount + 0.5, isArticle: false)
        default:
            // "a couple of years"
            guard isWord(j, "of"), isWord(j - 1, "couple"), j - 1 >= floor else { return nil }
            let first = j - 2 >= floor && category(j - 2) == .article ? j - 2 : j - 1
            return DateCount(first: first, amount: 2, isArticle: false)
        }
    }

    /// "three", "twenty-five", "a hundred", "two hundred", "a dozen", "a couple".
    private func numberWordCount(at j: Int) -> DateCount {
        var amount = Double(value(j))
        var first = j
        let hasArticleBefore = j - 1 >= floor && category(j - 1) == .article
        if isWord(j, "hundred") {
            if hasArticleBefore {
                first = j - 1
            } else if j - 1 >= floor, category(j - 1) == .numberWord {
                amount = Double(value(j - 1)) * 100
                first = j - 1
            }
        } else if isWord(j, "dozen") || isWord(j, "couple") {
            if hasArticleBefore { first = j - 1 }
        } else if value(j) < 10, j - 2 >= floor, isHyphenated(j), category(j - 2) == .numberWord,
                  value(j - 2) >= 20, value(j - 2) % 10 == 0, value(j - 2) < 100 {
            amount += Double(value(j - 2))
            first = j - 2
        }
        return DateCount(first: first, amount: amount, isArticle: false)
    }

    /// A number that counts units: positive, not money ("£5 a day" is handled as a rate), not
    /// part of a longer token ("Q3", "G7") unless `allowGlued`.
    func isCountNumber(_ j: Int, allowGlued: Bool) -> Bool {
        let t = tokens[j]
        guard t.number > 0, t.integerDigits <= 7, !followsCurrencySign(j) else { return false }
        if t.gluedToPrevious, let previous = token(j - 1) {
            if previous.kind == .number { return false }
            if previous.kind == .word && !allowGlued { return false }
        }
        return true
    }
}
