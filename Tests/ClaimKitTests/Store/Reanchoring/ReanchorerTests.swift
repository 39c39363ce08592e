import Foundation
import Testing
@testable import ClaimKit

/// Re-anchoring an annotation file on seed 002 after realistic edits of its text (SPEC §4).
@Suite struct ReanchorerTests {
    /// The paragraph of seed 002 that ends with c3.
    static let paragraph = "The third round of talks took place on March 7, when reports suggested that some movement had been achieved, but still not enough for the invasion to cease. \(ReanchorScenario.fourDemands)\n"
    /// A line that starts like the one after that paragraph (so a copy placed before it has c3's suffix).
    static let peskovLine = "Kremlin spokesman Dmitry Peskov declined to comment.\n"

    @Test func unchangedTextLeavesEveryClaimExactWhereItWas() throws {
        let scenario = try ReanchorScenario()
        let original = scenario.file()
        let (result, _) = scenario.reanchor(onto: scenario.old.text)
        #expect(result.entries.map(\.method) == Array(repeating: .exact, count: 5))
        #expect(result.entries.map(\.claimID) == ["c1", "c2", "c3", "c4", "c5"])
        for (before, after) in zip(original.claims, result.file.claims) {
            #expect(after.span == before.span && after.text == before.text)
            #expect(after.prefix == before.prefix && after.suffix == before.suffix)
            #expect(after.anchoring == Anchoring(method: .exact, fromSHA256: scenario.oldSHA256, toSHA256: scenario.oldSHA256))
        }
        #expect(result.entries.allSatisfy { $0.newSpan == $0.oldSpan && $0.score == nil })
    }

    @Test func paragraphInsertedBeforeClaimsMovesThemByItsLengthInCodePoints() throws {
        let scenario = try ReanchorScenario()
        // Emoji (one scalar, two UTF-16 units), a flag (two scalars, one grapheme), "e" plus a
        // combining acute (two scalars, one grapheme) and CJK: only code points add up.
        let inserted = "Update 🕊️ 🇺🇦: Zelenskyy’s café remarks (e\u{301}dition spe\u{301}ciale) were translated as 和平谈判.\n"
        #expect(inserted.unicodeScalars.count != inserted.count)
        #expect(inserted.unicodeScalars.count != inserted.utf16.count)
        let newText = scenario.replacing("Peace Talks So Far\n", with: inserted + "Peace Talks So Far\n")
        let (result, new) = scenario.reanchor(onto: newText)
        let shift = inserted.unicodeScalars.count
        for (before, entry) in zip(scenario.file().claims, result.entries) {
            #expect(entry.method == .moved, "\(entry)")
            #expect(entry.newSpan == TextSpan(start: before.span.start + shift, end: before.span.end + shift))
            let claim = try #require(result.file.claim(entry.claimID))
            #expect(claim.text == before.text)
            #expect(new.text(of: claim.span) == before.text)
            // The offset is what Python's str.find would give on the new text.
            #expect(claim.span.start == TextTestSupport.scalarOffset(of: before.text, in: newText))
        }
    }

    @Test func claimBeforeTheEditStaysExactAndClaimsAfterItMove() throws {
        let scenario = try ReanchorScenario()
        let headline = "Ukraine-Russia Peace Talks Stall Again"
        var file = scenario.file()
        file.claims.insert(scenario.claim("c6", headline, in: scenario.old), at: 0)
        let (result, _) = scenario.reanchor(onto: scenario.replacing("Peace Talks So Far", with: "Peace Talks So Far (updated)"), file: file)
        #expect(result.entry("c6")?.method == .exact)
        #expect(result.entry("c1")?.method == .moved)
    }

    @Test func editedWordInsideClaimIsAFuzzyMatchWithItsScore() throws {
        let scenario = try ReanchorScenario()
        let edited = "Russia set out four demands that must be met before a permanent ceasefire could be established."
        let (result, new) = scenario.reanchor(onto: scenario.replacing(ReanchorScenario.fourDemands, with: edited))
        let entry = try #require(result.entry("c3"))
        #expect(entry.method == .fuzzy)
        let score = try #require(entry.score)
        #expect(score >= ReanchorPolicy.minimumFuzzyScore && score < 1)
        let claim = try #require(result.file.claim("c3"))
        #expect(claim.text == edited)
        #expect(new.text(of: claim.span) == edited)
        #expect(claim.anchoring?.method == .fuzzy && claim.anchoring?.score == score)
        #expect(claim.sourceLinks == [SourceLink(source: "s1", relation: .context)])
        // The other claims are untouched or merely moved.
        #expect(result.entry("c1")?.method == .exact)
        #expect(result.entry("c4")?.method == .moved)
    }

    @Test func personClaimNarrowerThanItsSentenceIsFoundFuzzilyByItsWords() throws {
        let scenario = try ReanchorScenario()
        let edited = "a convoy of 160 vehicles safely left the city"
        let (result, new) = scenario.reanchor(onto: scenario.replacing(ReanchorScenario.convoy, with: edited))
        let claim = try #require(result.file.claim("c5"))
        #expect(claim.anchoring?.method == .fuzzy)
        #expect(new.text(of: claim.span) == edited)
        #expect(claim.reasons == ["person"] && claim.score == 0.9)
    }

    @Test func deletedSentenceOrphansItsClaimButKeepsItAndItsVerdicts() throws {
        let scenario = try ReanchorScenario()
        let original = try #require(scenario.file().claim("c3"))
        let (result, _) = scenario.reanchor(onto: scenario.replacing(" " + ReanchorScenario.fourDemands, with: ""))
        let entry = try #require(result.entry("c3"))
        #expect(entry.method == .orphaned && entry.newSpan == nil && entry.oldSpan == original.span)
        #expect(entry.note != nil)
        let orphan = try #require(result.file.claim("c3"))
        #expect(orphan.span == original.span && orphan.text == original.text)
        #expect(orphan.prefix == original.prefix && orphan.suffix == original.suffix)
        #expect(orphan.mentionIDs.isEmpty)
        #expect(orphan.anchoring?.method == .orphaned)
        #expect(result.file.claims.count == 5)
        #expect(result.file.verdicts(on: "c3").map(\.id) == ["v2"])
        #expect(result.file.sources == scenario.file().sources)
    }

    @Test func rewrittenSentenceIsOrphanedRatherThanAttachedToASimilarOne() throws {
        let scenario = try ReanchorScenario()
        let rewritten = "Moscow has since presented Kyiv with a list of conditions for any lasting truce."
        let (result, _) = scenario.reanchor(onto: scenario.replacing(ReanchorScenario.fourDemands, with: rewritten))
        #expect(result.entry("c3")?.method == .orphaned)
    }

    @Test func exactTextTwiceWithEqualContextIsOrphanedNotGuessed() throws {
        let scenario = try ReanchorScenario()
        // The paragraph holding c3 appears twice, each copy followed by the same words, so both
        // have c3's prefix and suffix; a new first line moves both off the old position.
        let newText = "Live updates\n" + scenario.replacing(Self.paragraph, with: Self.paragraph + Self.peskovLine + Self.paragraph)
        let (result, _) = scenario.reanchor(onto: newText)
        let entry = try #require(result.entry("c3"))
        #expect(entry.method == .orphaned)
        #expect(entry.note?.contains("2 times") == true)
        #expect(result.file.claim("c3")?.span == scenario.file().claim("c3")?.span)
    }

    @Test func exactTextTwiceWithDifferentContextMovesToTheOneWhoseContextAgrees() throws {
        let scenario = try ReanchorScenario()
        let recap = "\nIn brief: \(ReanchorScenario.fourDemands) Talks continue."
        let newText = "Live updates\n" + scenario.old.text + recap
        let (result, new) = scenario.reanchor(onto: newText)
        let entry = try #require(result.entry("c3"))
        #expect(entry.method == .moved)
        #expect(entry.note == "chosen by context among 2 occurrences")
        let shift = "Live updates\n".unicodeScalars.count
        let old = try #require(scenario.file().claim("c3"))
        #expect(entry.newSpan == TextSpan(start: old.span.start + shift, end: old.span.end + shift))
        #expect(new.text(of: entry.newSpan!) == ReanchorScenario.fourDemands)
    }

    @Test func exactTextStillAtItsPositionStaysExactDespiteACopyElsewhere() throws {
        let scenario = try ReanchorScenario()
        let (result, _) = scenario.reanchor(onto: scenario.old.text + "\nIn brief: \(ReanchorScenario.fourDemands)")
        #expect(result.entry("c3")?.method == .exact)
        #expect(result.entry("c3")?.newSpan == result.entry("c3")?.oldSpan)
    }

    @Test func twoEquallyGoodFuzzyCandidatesOrphanTheClaim() throws {
        let scenario = try ReanchorScenario()
        let edited = "Russia set out four demands that must be met before a permanent ceasefire could be established."
        let editedParagraph = Self.paragraph.replacingOccurrences(of: ReanchorScenario.fourDemands, with: edited)
        let (result, _) = scenario.reanchor(onto: scenario.replacing(Self.paragraph, with: editedParagraph + Self.peskovLine + editedParagraph))
        let entry = try #require(result.entry("c3"))
        #expect(entry.method == .orphaned)
        #expect(entry.note?.hasPrefix("ambiguous") == true)
    }

    @Test func orphanIsFoundAgainWhenTheTextComesBack() throws {
        let scenario = try ReanchorScenario()
        let (first, cut) = scenario.reanchor(onto: scenario.replacing(" " + ReanchorScenario.fourDemands, with: ""))
        #expect(first.entry("c3")?.method == .orphaned)
        let restored = scenario.old
        let second = Reanchorer.reanchor(first.file, oldText: cut, newText: restored, newSHA256: scenario.oldSHA256,
                                         fresh: scenario.fresh(on: restored))
        #expect(second.entry("c3")?.method == .exact)
        #expect(second.file.claim("c3") == scenario.file().claim("c3").map { claim in
            var claim = claim
            claim.anchoring = Anchoring(method: .exact, fromSHA256: first.file.document.textSHA256, toSHA256: scenario.oldSHA256)
            return claim
        })
    }

    @Test func idsSourcesVerdictsAndMetadataSurviveAndHashesAreRecorded() throws {
        let scenario = try ReanchorScenario()
        let original = scenario.file()
        let (result, new) = scenario.reanchor(onto: "Live updates\n" + scenario.old.text)
        let newSHA = AnnotationStore.sha256(new.utf8)
        #expect(result.file.claims.map(\.id) == original.claims.map(\.id))
        #expect(result.file.sources == original.sources)
        #expect(result.file.verdicts == original.verdicts)
        #expect(result.file.currentVerdict(on: "c1")?.id == "v1")
        #expect(result.file.document.textSHA256 == newSHA && result.file.document.length == new.length)
        #expect(result.file.document.id == original.document.id && result.file.document.title == original.document.title)
        for claim in result.file.claims {
            #expect(claim.anchoring?.fromSHA256 == scenario.oldSHA256)
            #expect(claim.anchoring?.toSHA256 == newSHA)
        }
    }

    @Test func freshClaimsWhereNoOldClaimLiesAreAddedWithNewIDs() throws {
        let scenario = try ReanchorScenario()
        let added = "Talks resumed on March 28 in Istanbul, with 30 delegates attending."
        let newText = scenario.replacing("Peace Talks So Far\n", with: "Peace Talks So Far\n\(added)\n")
        let new = Document(text: newText)
        let whole = "An agreement was not made until Monday, March 14, when a convoy of 160 vehicles successfully left the city."
        let fresh = scenario.fresh(on: new, claims: [ReanchorScenario.firstRound, added, whole], mentions: ["30 delegates", "160 vehicles"])
        let (result, _) = scenario.reanchor(onto: newText, fresh: fresh)
        // The sentence on c1 is already claimed, and c5 lies inside the sentence on March 14.
        #expect(result.file.claims.map(\.id) == ["c1", "c2", "c3", "c4", "c5", "c6"])
        let c6 = try #require(result.file.claim("c6"))
        #expect(c6.text == added && c6.anchoring == nil && c6.reasons == ["fresh"])
        #expect(result.entries.count == 5)
        #expect(result.file.mentions == fresh.mentions)
        #expect(c6.mentionIDs == ["m1"])
    }

    @Test func softwareClaimsTakeTheFreshScoreWhilePersonClaimsKeepTheirs() throws {
        let scenario = try ReanchorScenario()
        let newText = "Live updates\n" + scenario.old.text
        let new = Document(text: newText)
        let fresh = scenario.fresh(on: new, claims: [ReanchorScenario.firstRound, ReanchorScenario.convoy],
                                   mentions: ["February 28", "four days", "160 vehicles"])
        let (result, _) = scenario.reanchor(onto: newText, fresh: fresh)
        let c1 = try #require(result.file.claim("c1"))
        #expect(c1.score == 0.8 && c1.reasons == ["fresh"] && c1.citations.count == 1)
        #expect(c1.mentionIDs == ["m1", "m2"])
        let c5 = try #require(result.file.claim("c5"))
        #expect(c5.score == 0.9 && c5.reasons == ["person"] && c5.citations.isEmpty)
        #expect(c5.mentionIDs == ["m3"])
        // A software claim with no fresh twin keeps what it had.
        #expect(result.file.claim("c2")?.reasons == ["number", "date"])
    }

    @Test func claimWithNoExactTextIsOrphaned() throws {
        let scenario = try ReanchorScenario()
        var file = scenario.file()
        file.claims[0].text = ""
        let (result, _) = scenario.reanchor(onto: scenario.old.text, file: file)
        #expect(result.entry("c1")?.method == .orphaned)
        #expect(result.file.claims.count == 5)
    }
}
