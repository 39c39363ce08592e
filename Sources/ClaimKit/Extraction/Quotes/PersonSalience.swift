/// The person an article is about, for a "he" or "she" whose antecedent the sentences just
/// before do not give ("Young shot to the top … But the wildcard entry was dispatched by Robby
/// Ginepri … “It was fun,” he said" → Donald Young).
///
/// BBC style names a person in full once ("Donald Young", "Dick Morris") and by the surname
/// alone after ("Young", "Mr Morris"). So a candidate is a run of two or three capitalised words
/// with no role or body in it, and its weight is how often its last word then stands alone, with
/// or without an honorific; "Australian Open" or "Star Wars" are runs too, but their last words
/// do not stand alone. Only a person the article gives an honorific to ("Mr Morris", so surely a
/// person, of a known gender) is a candidate. The one mentioned alone most often before the
/// pronoun wins, and only when no other is mentioned as often; one never mentioned alone is no
/// one's antecedent.
struct PersonSalience {
    let text: AttributionTokens

    /// How far back the article is read: a news story, while a text of many megabytes with an
    /// unresolved pronoun in every paragraph stays linear.
    static let searchDistance = 12_000

    private struct Candidate {
        var fullName: ByteRange
        var surname: ByteRange
        var mentionsAlone = 0
    }

    /// The person mentioned alone most often before `position` that `accepts` takes.
    func principalPerson(before position: Int, _ accepts: (SpeakerPhrases.Phrase) -> Bool) -> SpeakerPhrases.Phrase? {
        let genders = SpeakerGender(bytes: text.bytes)
        let runs = nameRuns(in: max(0, position - Self.searchDistance)..<position)
        var candidates: [Candidate] = []
        for run in runs where run.count >= 2 {
            let surname = run.last
            if let k = candidates.firstIndex(where: { text.sameBytes($0.surname, surname) }) {
                candidates[k].fullName = run.first.lowerBound..<surname.upperBound
            } else {
                candidates.append(Candidate(fullName: run.first.lowerBound..<surname.upperBound, surname: surname))
            }
        }
        for run in runs where run.count == 1 {
            if let k = candidates.firstIndex(where: { text.sameBytes($0.surname, run.first) && $0.surname.lowerBound < run.first.lowerBound }) {
                candidates[k].mentionsAlone += 1
            }
        }
        // The most mentioned, only if no one else is mentioned as often: two people of equal
        // weight leave the pronoun as written.
        var best: Candidate?
        var tied = false
        for candidate in candidates where candidate.mentionsAlone > 0 {
            let phrase = SpeakerPhrases.Phrase(range: candidate.fullName, kind: .name, isPerson: true)
            guard genders.gender(of: candidate.fullName, near: position) != nil, accepts(phrase) else { continue }
            if let current = best, current.mentionsAlone >= candidate.mentionsAlone {
                tied = tied || current.mentionsAlone == candidate.mentionsAlone
                continue
            }
            best = candidate
            tied = false
        }
        guard !tied else { return nil }
        return best.map { SpeakerPhrases.Phrase(range: $0.fullName, kind: .name, isPerson: true) }
    }

    /// A run of capitalised words as ``principalPerson(before:_:)`` reads it: its first and
    /// last words and how many words it has. A run longer than three words keeps only its last
    /// two ("New Yorker Dick Morris": given name and surname).
    private struct NameRun {
        var first: ByteRange
        var last: ByteRange
        var count: Int
    }

    /// The runs of capitalised words in `range`, each word's range without a possessive ending:
    /// an honorific starts a run and is dropped ("Mr Morris" is "Morris" alone), a run holding
    /// a role, a body or a sentence word ("The", "But") is cut there.
    ///
    /// A run is kept as its first, next-to-last and last words and a count, not as an array of
    /// its words: an array for each of the hundreds of runs in the search distance cost more
    /// than reading the words.
    private func nameRuns(in range: ByteRange) -> [NameRun] {
        var runs: [NameRun] = []
        var run = NameRun(first: 0..<0, last: 0..<0, count: 0)
        var nextToLast: ByteRange = 0..<0
        var lastEnd = -1
        func close() {
            if run.count > 3 { run = NameRun(first: nextToLast, last: run.last, count: 2) }
            if run.count > 0 { runs.append(run) }
            run.count = 0
        }
        func add(_ word: ByteRange) {
            if run.count == 0 { run.first = word } else { nextToLast = run.last }
            run.last = word
            run.count += 1
        }
        // Start at a token boundary: the first blank of the range.
        var start = range.lowerBound
        while start > 0, start < range.upperBound, text.bytes[start - 1] != 0x20 { start += 1 }
        var cursor = text.next(from: start, limit: range.upperBound)
        while let t = cursor {
            cursor = text.next(from: t.end, limit: range.upperBound)
            guard t.isWord, isNameWord(t), !SpeakerWords.contains(SpeakerWords.nonNames, t, in: text),
                  !SpeakerWords.contains(SpeakerWords.phraseBoundaries, t, in: text),
                  !SpeakerWords.isRole(t, in: text), !SpeakerWords.isOrganisation(t, in: text) else {
                close()
                continue
            }
            if run.count > 0 && !isBlankOnly(lastEnd..<t.start) { close() }
            lastEnd = t.end
            if SpeakerWords.contains(SpeakerWords.honorifics, t, in: text) {
                close()   // "in Tanzania Mr Brown": the honorific starts a name
                continue
            }
            add(text.withoutPossessive(t))
            if text.isPossessive(t) { close() }
        }
        close()
        return runs
    }

    /// "Young", "Kilroy-Silk", "O'Neill": a capital, then lower-case letters (so not "DVD" or
    /// "Fifteen-year-old"), where a hyphen or apostrophe may start a new capitalised part.
    private func isNameWord(_ t: Token) -> Bool {
        guard t.range.count >= 2, UTF8Bytes.isASCIIUpper(text.bytes[t.start]) else { return false }
        var afterJoiner = false
        var hasLower = false
        for i in t.start + 1..<t.end {
            let b = text.bytes[i]
            if b == UInt8(ascii: "-") || b == UInt8(ascii: "'") || b >= 0x80 {
                afterJoiner = b != 0xE2 && b < 0x80
                continue
            }
            if UTF8Bytes.isASCIIUpper(b) {
                guard afterJoiner else { return false }
            } else if afterJoiner || !UTF8Bytes.isASCIILetter(b) {
                return false   // "year-old", "3G"
            } else {
                hasLower = true
            }
            afterJoiner = false
        }
        return hasLower
    }

    /// Whether only spaces stand between two words of a run (not a line break or a mark).
    private func isBlankOnly(_ gap: ByteRange) -> Bool {
        guard !gap.isEmpty else { return false }
        for i in gap where text.bytes[i] != 0x20 { return false }
        return true
    }
}
