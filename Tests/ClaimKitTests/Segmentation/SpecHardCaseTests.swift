import Testing
@testable import ClaimKit

/// The cases SPEC §2 names, one behaviour a test.
@Suite struct SpecHardCaseTests {
    @Test func abbreviationsDoNotSplit() {
        let text = "The U.S. and the U.K. met Mr. Ames, Dr. Brown, Sen. Cole, Rep. Dunn and Gen. Ely on Jan. 5 at No. 10 St. James's Place, e.g. for talks, i.e. real ones, vs. none."
        #expect(sentences(of: text) == [text])
    }

    @Test func initialsDoNotSplit() {
        #expect(sentences(of: "George W. Bush met J. R. R. Tolkien's heirs. They talked.")
                == ["George W. Bush met J. R. R. Tolkien's heirs.", "They talked."])
    }

    @Test func decimalsVersionsAndMoneyDoNotSplit() {
        let text = "Inflows reached ¥1.34 Trillion, $25.6M went to AI, version 2.1.3 shipped and 3.5% was lost."
        #expect(sentences(of: text) == [text])
    }

    @Test func urlsAndEmailAddressesDoNotSplit() {
        #expect(sentences(of: "See kevinmd.com or www.example.org/a.html and write to jane.doe@example.com. Then wait.")
                == ["See kevinmd.com or www.example.org/a.html and write to jane.doe@example.com.", "Then wait."])
    }

    @Test func ellipsisInsideASentenceDoesNotSplit() {
        let text = "He said … well, nothing much… and left."
        #expect(sentences(of: text) == [text])
    }

    @Test func quotationThatContinuesTheSentenceDoesNotSplit() {
        let text = "Trump said, “You know what the deadline is for me? When it’s over.” Then he left."
        #expect(sentences(of: text) == ["Trump said, “You know what the deadline is for me? When it’s over.”", "Then he left."])
        #expect(sentences(of: "“It is over. We lost,” Peskov said.") == ["“It is over. We lost,” Peskov said."])
    }

    @Test func closingQuoteOrParenthesisBelongsToTheSentence() {
        #expect(sentences(of: "It was “a technical pause.” Talks resumed. (They failed.) Again.")
                == ["It was “a technical pause.”", "Talks resumed.", "(They failed.)", "Again."])
    }

    @Test func missingSpaceAfterSentenceEndSplits() {
        #expect(sentences(of: "prospects for de-escalation.Here’s a breakdown. the latest revisions.Though, Moscow balks.")
                == ["prospects for de-escalation.", "Here’s a breakdown.", "the latest revisions.", "Though, Moscow balks."])
    }

    @Test func billNumbersDomainsAndHyphenatedAbbreviationsDoNotSplit() {
        let text = "Cosponsor S.Res.61 and H.R.100, read kevinmd.com and back a U.S.-backed plan."
        #expect(sentences(of: text) == [text])
    }

    @Test func lowercaseSentenceStartsAfterAPeriodSplit() {
        #expect(sentences(of: "It appears elusive. it’s a delicate situation.")
                == ["It appears elusive.", "it’s a delicate situation."])
    }

    @Test func headlinesHeadingsAndNavigationLinesAreSegmentsWithoutPunctuation() {
        let text = "Politics\nU.S. and Ukraine Leaders Meet\n## What Does the Plan Propose\nScience4 weeks agoUniversity Joins $25.6M AI Project\n"
        #expect(sentences(of: text) == ["Politics", "U.S. and Ukraine Leaders Meet", "What Does the Plan Propose",
                                        "Science4 weeks agoUniversity Joins $25.6M AI Project"])
    }

    @Test func lineOpeningMarkersAreExcluded() {
        let text = "* Security: Ukraine would keep 800,000 personnel. This is a response.\n- Second item\n1. Numbered item\n### Heading\n> Quoted line\n-\n"
        #expect(sentences(of: text) == ["Security: Ukraine would keep 800,000 personnel.", "This is a response.",
                                        "Second item", "Numbered item", "Heading", "Quoted line"])
    }

    @Test func markersInsideRunningTextSplitButStay() {
        #expect(sentences(of: "1.) The first item 2.) The second item") == ["1.) The first item", "2.) The second item"])
    }

    @Test func markdownFootnotesAfterTheSentenceEndStayWithIt() {
        #expect(sentences(of: "Over 12,600 died.<sup>1</sup> Talks are needed.[2] More follow.")
                == ["Over 12,600 died.<sup>1</sup>", "Talks are needed.[2]", "More follow."])
    }

    @Test func cjkSentencesSplitWithoutSpaces() {
        #expect(sentences(of: "他说：「今天先这样。」然后离开。") == ["他说：「今天先这样。」", "然后离开。"])
        #expect(sentences(of: "これはペンです。それはマーカーです。") == ["これはペンです。", "それはマーカーです。"])
    }

    @Test func unclosedQuotationDoesNotSwallowTheParagraph() {
        #expect(sentences(of: "He said: “We will fight on. We will win. And then stop.")
                == ["He said: “We will fight on.", "We will win.", "And then stop."])
    }

    @Test func emptyAndBlankTextsGiveNoSentences() {
        #expect(sentences(of: "").isEmpty)
        #expect(sentences(of: " \n\t\n").isEmpty)
    }
}

/// Newlines inside a wrapped sentence, which some archives keep.
@Suite struct WrappedLineTests {
    @Test func proseWrappedOntoALowercaseLineIsOneSentence() {
        #expect(sentences(of: "Topics to be discussed at the five-day conference range from China's\neconomic power to Iraq's future. It ends Sunday.")
                == ["Topics to be discussed at the five-day conference range from China's\neconomic power to Iraq's future.", "It ends Sunday."])
    }

    @Test func shortLowercaseLinesStaySeparate() {
        #expect(sentences(of: "features\ncontact manager\nevents, activities\n") == ["features", "contact manager", "events, activities"])
    }

    @Test func aHeadlineIsNotJoinedToACapitalisedParagraph() {
        #expect(sentences(of: "Peace Talks So Far\nThe first round of peace talks took place on February 28.")
                == ["Peace Talks So Far", "The first round of peace talks took place on February 28."])
    }
}
