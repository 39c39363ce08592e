import Testing
@testable import ClaimKit

/// The article's own citations attached to the sentences that cite them.
@Suite struct CitationFinderTests {
    private func citations(_ document: Document) -> (sentences: [String], result: CitationFinder.Result) {
        let ranges = document.utf8.withUnsafeBufferPointer { SentenceSegmenter().byteRanges(in: $0) }
        return (ranges.map { document.text(ofBytes: $0) }, CitationFinder.find(in: document, sentences: ranges))
    }

    @Test func footnoteMarkersResolveToTheReferenceListInSeed004() throws {
        let document = try Fixtures.seed("004_93d92414a5d97f2f.txt")
        let (sentences, result) = citations(document)
        let first = try #require(sentences.firstIndex { $0.hasPrefix("Over [12,600 Ukrainian civilians") })
        #expect(result.citations[first] == [Citation(label: "1", text: "Ukraine three years on: Pain, loss, solidarity and hope for a better future, United Nations, February 23, 2025")])
        let fifth = try #require(sentences.firstIndex { $0.hasPrefix("[Nuclear arms control has been in decline]") })
        #expect(result.citations[fifth].map(\.label) == ["5"])
        #expect(result.citations[fifth].first?.text.hasPrefix("Dempsey, Judy, The West Cannot Rescue Arms Control Alone") == true)
        // The reference list itself is not a claim.
        let entries = sentences.indices.filter { result.isReferenceEntry[$0] }
        #expect(entries.count == 5)
        #expect(entries.allSatisfy { sentences[$0].hasPrefix("<sup>") })
    }

    @Test func absoluteLinksAreCitationsAndPageAnchorsAreNot() {
        let document = Document(text: "Prices rose 5% [says the ONS](https://www.ons.gov.uk/cpi). See [this](#) too.")
        let (_, result) = citations(document)
        #expect(result.citations[0] == [Citation(url: "https://www.ons.gov.uk/cpi", text: "says the ONS")])
        #expect(result.citations[1].isEmpty)
    }

    @Test func bracketedNumbersResolveToBracketedEntries() {
        let document = Document(text: "Output fell 3% last year.[1] Nobody disputes it.\n[1] Office for National Statistics, https://www.ons.gov.uk/gdp\n")
        let (_, result) = citations(document)
        #expect(result.citations[0] == [Citation(label: "1", url: "https://www.ons.gov.uk/gdp", text: "Office for National Statistics, https://www.ons.gov.uk/gdp")])
        #expect(result.citations[1].isEmpty)
        #expect(result.isReferenceEntry == [false, false, true])
    }
}
