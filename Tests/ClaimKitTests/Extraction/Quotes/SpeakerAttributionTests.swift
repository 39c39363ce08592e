import Testing
@testable import ClaimKit

/// Who said it: speakers and cue verbs before and after quotations, pronouns resolved, and
/// scare quotes left without a speaker.
@Suite struct SpeakerAttributionTests {
    private func attribution(_ text: String, quote index: Int = 0) -> (speaker: String?, cue: String?) {
        let found = QuoteTestSupport.quotes(in: text)
        guard index < found.count else { return (nil, "no quotation \(index)") }
        return (found[index].speaker, found[index].cue)
    }

    @Test func speakerBeforeWithAnAppositive() {
        let result = attribution("Yuri Ushakov, an aide to Putin, mentioned, “This isn’t an official one.”")
        #expect(result.speaker == "Yuri Ushakov" && result.cue == "mentioned")
    }

    @Test func speakerAfter() {
        #expect(attribution("“We will not give up,” Peskov said.") == ("Peskov", "said"))
        #expect(attribution("\"We will not give up,\" said Mr Smith.") == ("Mr Smith", "said"))
        #expect(attribution("\"It's incredible,\" the 22-year-old told BBC Sport.") == ("the 22-year-old", "told"))
        #expect(attribution("\"Is it over?\" asked Dr. Jones.") == ("Dr. Jones", "asked"))
    }

    @Test func rolesBeforeANameAreDropped() {
        #expect(attribution("Kremlin spokesman Dmitry Peskov said: \"Ukraine must change.\"").speaker == "Dmitry Peskov")
        #expect(attribution("\"Our performance was strong,\" chairman and chief executive Richard Parsons said.").speaker == "Richard Parsons")
        #expect(attribution("\"We are delighted,\" said Reds manager Rafael Benitez.").speaker == "Rafael Benitez")
        #expect(attribution("\"It was a fair result,\" says Deutsche Bank's Simon Champion.").speaker == "Simon Champion")
    }

    @Test func appositivesAndOwnersAroundAName() {
        #expect(attribution("\"These figures show a slowdown,\" Peter Williams, CML deputy director, said.").speaker == "Peter Williams")
        #expect(attribution("\"I cannot see any difference,\" Eva Lichtenberg, a member of the European Parliament said.").speaker == "Eva Lichtenberg")
        #expect(attribution("A spokesman for the Shareholders United said: \"We cannot see any difference.\"").speaker == "A spokesman for the Shareholders United")
    }

    @Test func roleNounPhrasesAreSpeakers() {
        #expect(attribution("Russia repeatedly violated the Minsk agreements, and as researchers noted in 2017, “without Russian leadership, there would be no war.”") == ("researchers", "noted"))
        #expect(attribution("The agreement says: “Every State has the duty to refrain from organizing civil strife.”") == ("The agreement", "says"))
        #expect(attribution("An aide to the Ukrainian president said: \"The talks will resume.\"").speaker == "An aide to the Ukrainian president")
        #expect(attribution("\"The measure was taken for security reasons,\" a spokesman for the campaign said.").speaker == "a spokesman for the campaign")
    }

    @Test func participleCueTakesTheSubjectOfItsClause() {
        let text = "Trump had previously suggested a Thanksgiving Day deadline for a peace agreement, but he later receded from that timeline, stating, “You know what the deadline is for me? When it’s over.”"
        #expect(attribution(text) == ("Trump", "stating"))
    }

    @Test func gapWordsNeedAColonOrComma() {
        #expect(attribution("He told BBC Radio Five Live: \"England is my country.\"").cue == "told")
        #expect(attribution("Mr Blair said in a statement on Monday that \"the work goes on\".") == ("Mr Blair", "said"))
    }

    @Test func scareQuotesHaveNoSpeaker() {
        let texts = [
            "Claims that the US is “obstructing negotiations” are misleading and ignore that Ukraine does not wish to negotiate.",
            "Russia violated international law by recognizing their “independence,” sending in its military.",
            "The mass graves make clear that — intentionally or not — “peace” negotiations mean advocating genocide.",
        ]
        for text in texts {
            let found = QuoteTestSupport.quotes(in: text)
            #expect(found.count == 1)
            #expect(found.first?.speaker == nil, "\(text)")
        }
    }

    @Test func pronounsResolveToThePersonTheTextIsAbout() {
        let text = "Umaga also backed New Zealand to win the series. He told BBC Sport: \"It's potentially the most fearsome line-up I've ever come up against.\""
        #expect(attribution(text) == ("Umaga", "told"))
        let chained = "\"We are happy with the point,\" said Benitez. \"But we need more from the strikers,\" he added."
        #expect(attribution(chained, quote: 1) == ("Benitez", "added"))
    }

    @Test func heAndSheDoNotStandForABody() {
        let text = "The company reported a loss. Mr Ross joined in 2001. \"It was a hard year,\" he said."
        #expect(attribution(text).speaker == "Mr Ross")
    }

    @Test func unresolvedPronounStays() {
        #expect(attribution("\"We will win,\" they said.") == ("they", "said"))
        #expect(attribution("\"I will go,\" I said.") == ("I", "said"))
    }

    @Test func spokenToIsNoSpeaker() {
        #expect(attribution("Mr Hill was told: \"Go home.\"").speaker == nil)
    }

    @Test func accordingToAndQuotedAsSaying() {
        #expect(attribution("\"Prices will fall,\" according to the Kremlin.") == ("the Kremlin", "according to"))
        #expect(attribution("\"What I don't understand is the timing,\" the Arsenal boss is quoted as saying.") == ("the Arsenal boss", "saying"))
    }

    @Test func conjoinedCueKeepsTheSentenceSubject() {
        let text = "Coria conceded that Rochus \"played just too good,\" and added: \"When you give your best you can't be too sad.\""
        #expect(attribution(text, quote: 0) == ("Coria", "conceded"))
        #expect(attribution(text, quote: 1) == ("Coria", "added"))
    }

    /// Words quoted inside reported speech are the reporting subject's, however far the
    /// reporting verb stands from them.
    @Test func partialQuotationTakesTheReportingSubject() {
        #expect(attribution("An aide to the Ukrainian president described the ending of the discussions as a “technical pause,” and left.")
                == ("An aide to the Ukrainian president", "described"))
        #expect(attribution("Ms Quillinan-Meiland conceded there were \"grey areas\" in the rules.") == ("Ms Quillinan-Meiland", "conceded"))
        #expect(attribution("Stephen Pound has told a Sunday paper that he fathered a daughter when he was \"out of control\" in the 1960s.")
                == ("Stephen Pound", "told"))
        #expect(attribution("Mr Hasson said developers would have to become more \"business-like\".") == ("Mr Hasson", "said"))
        #expect(attribution("Karl Olsen, head of the networks division at the firm, says that: \"Demand will rise tenfold.\"") == ("Karl Olsen", "says"))
        #expect(attribution("Mr Hill was told he was \"a disgrace\" by the board.").speaker == nil)
    }

    @Test func pronounSkipsTheObjectOfThePreviousSentence() {
        let text = "Michael Howard accused the prime minister and Mr Brown of squabbling. He told Sky News: \"This is the politics of the playground.\""
        #expect(attribution(text) == ("Michael Howard", "told"))
    }

    @Test func partialQuotationAfterAccordingTo() {
        #expect(attribution("According to Mr Waller, the company \"was not planning to bid anyway\".") == ("Mr Waller", "According to"))
        #expect(attribution("According to the Financial Times, chief operating officer Peter Chernin said the firm was \"kicking the tyres\".")
                == ("Peter Chernin", "said"))
        #expect(attribution("The table ranks countries according to the steps they take towards the targets, effectively \"naming and shaming\" them.").speaker == nil)
        #expect(attribution("A union official pointed out to reporters that \"nobody denies a merger is possible\".").cue == "pointed")
    }

    @Test func aNameSpokenAboutIsNoAntecedentWhenASpeakerIsKnown() {
        let text = "\"It is not a wasted vote,\" said Mr Kennedy. But he said Mr Blair had lost the public's trust. \"There is a lack of trust in him,\" he said."
        #expect(attribution(text, quote: 1) == ("Mr Kennedy", "said"))
    }

    @Test func pronounStandsForThePersonNamedWithATitleInThePreviousSentence() {
        let text = "And that's when Mr Senanayake started to wonder if texts could do more. \"The networks can carry far more,\" he says."
        #expect(attribution(text) == ("Mr Senanayake", "says"))
        // Gender still has to agree.
        let hers = "That was when Mr Senanayake met the minister. \"The networks can carry far more,\" she says."
        #expect(attribution(hers).speaker != "Mr Senanayake")
        #expect(attribution("Collins ran for St Kitts at the games. \"It was great,\" he said.").speaker == "he")
    }

    @Test func personOfAPlaceInAnAppositive() {
        let text = "The chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned that there was \"a lot of work to do\"."
        #expect(attribution(text).speaker == "Stefan Johannesson")
    }

    /// A role written before a name once, and alone after: the speaker is the name.
    @Test func roleResolvesToTheNameItWasGivenBefore() {
        let text = "Labour MP Stephen Pound has told of his shock. Lucy tracked him down. \"It was a horrible thing,\" said the Ealing North MP."
        #expect(attribution(text) == ("Stephen Pound", "said"))
        let unnamed = "Talks went on. \"We are hopeful,\" a government spokesman said."
        #expect(attribution(unnamed).speaker == "a government spokesman")
        // The nearest holder of the role is taken.
        let two = "Foreign Minister Jack Straw met Prime Minister Tony Blair. \"We agree,\" the prime minister said."
        #expect(attribution(two).speaker == "Tony Blair")
        let deputy = "Prime Minister Tony Blair spoke first. Deputy Prime Minister John Prescott spoke next. \"We agree,\" the prime minister said."
        #expect(attribution(deputy).speaker == "Tony Blair")
    }

    @Test func appositiveWithoutItsClosingComma() {
        let text = "The network may be more than users need, but Karl Olsen, president of the mobile division at the firm says that: \"Demand will rise.\""
        #expect(attribution(text) == ("Karl Olsen", "says"))
        // A capitalised stretch after the comma is a list, not a description.
        #expect(attribution("Mr Lee, Ms Ross and the board agreed: \"We will sell.\"").speaker != "Mr Lee")
    }

    /// The BBC follows an attributed quotation with more of the same speaker's words, each
    /// paragraph its own quotation with no cue.
    @Test func followOnQuotationAfterAMultiSentenceOneKeepsItsSpeaker() {
        let text = "\"Most viewers will stay on average for ten minutes. Some will stay the whole time, some may dip in and out,\" said Ms Henderson. \"We expect people to come and go while doing other things.\""
        #expect(attribution(text, quote: 1) == ("Ms Henderson", nil))
    }

    @Test func interruptedQuotationResumesAfterAnInvertedCue() {
        let text = "\"It is difficult to tell how quickly it will take off,\" said Mr Gerolami, \"but we're optimistic.\""
        #expect(attribution(text, quote: 1) == ("Mr Gerolami", "said"))
    }

    @Test func nestedQuotationLooksOnlyInsideItsQuotation() {
        let found = QuoteTestSupport.quotes(in: "Mr Adams said: \"My father told me 'never give up' and I listened.\"")
        #expect(found.map(\.speaker) == ["Mr Adams", nil])
    }

    @Test func sentenceOfQuotationAfterItsSpeakerIsIntroduced() {
        let text = "Double try scorer Martyn Williams was keen not to talk about a possible Grand Slam. \"We've got more self-belief these days than we had before.\""
        #expect(attribution(text) == ("Martyn Williams", nil))
    }

    @Test func quotationWithNoAttributionHasNoSpeaker() {
        #expect(attribution("Markets fell sharply. \"Sell everything.\" The index lost 3%.") == (nil, nil))
    }

    @Test func sheAndHeAgreeWithTheGenderTheArticleGives() {
        // BBC corpus: "she said" after a man the article calls "Mr Hawkins" is not him.
        let text = """
            Mrs Jane Tansley started racing in 1974. "We use the latest technology," said rally driver Dave Hawkins. \
            "You have to have everything close," she said. Mr Hawkins runs the company.
            """
        #expect(QuoteTestSupport.quotes(in: text).map(\.speaker) == ["Dave Hawkins", "Mrs Jane Tansley"])
        let his = "\"It was hard,\" said Mrs Clarke. Mr Brown agreed. \"We lost,\" he said."
        #expect(QuoteTestSupport.quotes(in: his).map(\.speaker) == ["Mrs Clarke", "Mr Brown"])
    }

    /// Match reports list managers' words as "- Club boss Name: “…”"; transcripts write
    /// "Said Mr Name: “…”". A colon after words that are not a name gives no speaker.
    @Test func labelledQuotations() {
        let list = """
            The visitors held on for a draw.

            - Rovers boss Peter Lamb: "We defended well and deserved a point from the game."
            - City manager Anna Reid: "I am disappointed with the finishing, but the effort was there."
            """
        #expect(attribution(list, quote: 0).speaker == "Peter Lamb")
        #expect(attribution(list, quote: 1).speaker == "Anna Reid")
        #expect(attribution("The company did not comment. Said Mr Okafor: \"It's a very good machine.\"") == ("Mr Okafor", "Said"))
        #expect(attribution("The message from the minister was clear: \"We will not raise taxes this year.\"").speaker == nil)
    }

    @Test func descriptionNamedInApposition() {
        #expect(attribution("\"She loved the sea all her life,\" said her husband, Tomas.").speaker == "Tomas")
        #expect(attribution("\"Any delay would be costly,\" said its chairman, Sir John Hale, on Monday.").speaker == "Sir John Hale")
        #expect(attribution("\"Any delay would be costly,\" said its chairman, who declined to be named.").speaker == "its chairman")
    }

    @Test func aReportsAuthor() {
        let text = "\"Prices for broadband will keep falling,\" according to a report published by London-based consultancy Ovum."
        #expect(attribution(text).speaker == "Ovum")
        #expect(attribution("\"Prices will fall,\" according to a study by the University of Leeds.").speaker == "the University of Leeds")
    }

    /// "“… things.” 3 is looking to music": a sentence may open with a figure, so the
    /// quotation before it is a sentence of its own and carries on the speaker before it.
    @Test func quotationBeforeASentenceOpeningWithAFigure() {
        let text = "\"Some people may stay the whole time,\" said Ms Ortiz. \"We actually expect people to dip in and out because they are mobile.\" 3 is looking to music to sell phones."
        #expect(attribution(text, quote: 1).speaker == "Ms Ortiz")
    }

    /// An appositive that opens with a role and names no holder describes the name before it;
    /// an age between commas is stepped over.
    @Test func roleDescriptionsInApposition() {
        #expect(attribution("Lord Hale, Minister for Rural Affairs, said he was \"deeply disappointed\" by the vote.").speaker == "Lord Hale")
        #expect(attribution("Anna Berg, 58, MP for Kendal, said the plan was \"dangerous\".").speaker == "Anna Berg")
        #expect(attribution("The man in charge, Chancellor Gordon Brown, said: \"We will not raise taxes.\"").speaker == "Gordon Brown")
        #expect(attribution("But the chairman of the talks, Ambassador Stefan Berg of Norway, warned that there was \"still a lot of work to do\".").speaker == "Stefan Berg")
    }

    /// "“… costs [to buyers]” explained Mr Sato": a bracket may close the quoted words.
    @Test func bracketBeforeTheClosingMark() {
        #expect(attribution("\"Prices may rise further [to cover costs]\" explained Kazuo Sato of Nomura.").speaker == "Kazuo Sato")
    }

    /// "“… from there”. But": a quotation whose full stop is written after the closing mark is
    /// a sentence of its own, so it may take the speaker the sentences before name.
    @Test func fullStopAfterTheClosingMark() {
        let text = "On this subject, Morris appears almost evangelical. \"I was on a cruise and it went from there\". But what attracts him?"
        #expect(attribution(text).speaker == "Morris")
    }

    /// "“…,” he said" after a quotation of several sentences: the antecedent is looked for
    /// before the quotation, not among its own sentences.
    @Test func pronounAfterALongQuotation() {
        let text = """
            The film may have suffered from its category, says Tim Dams, the editor of a trade magazine. \
            But he also believes its politics did not help. "Voters tend to go for epic pictures. \
            This film did not fit. Nor did the other one. It was never going to win," he said.
            """
        #expect(attribution(text).speaker == "Tim Dams")
    }

    /// Two clauses joined by "while" or a semicolon, each reporting someone: a quotation takes
    /// the reporting verb of its own clause, not the sentence's first.
    @Test func quotationInTheSecondOfTwoReportingClauses() {
        let text = "The singer Anna Berg described their prize as \"quite an honour\" while Muse said their win was \"a real surprise for us\"."
        #expect(attribution(text, quote: 0).speaker == "Anna Berg")
        #expect(attribution(text, quote: 1) == ("Muse", "said"))
        let semicolon = "Labour say the plan is \"a tax on jobs\"; the Tories say it would be \"a disaster for the poor\"."
        #expect(attribution(semicolon, quote: 1).speaker == "the Tories")
        // No reporting verb in the clause after "while": the sentence's verb still counts.
        #expect(attribution("Mr Hill said that while the talks went on, the mood was \"very grim\".").speaker == "Mr Hill")
    }

    /// "“snubbing” Moore's film, he thought": a pronoun after the comma opens a clause of its
    /// own, it is not an appositive naming the words before it.
    @Test func pronounClauseAfterAPartialQuotation() {
        let text = "Tim Dams watched it twice. While he said the panel were not \"snubbing\" the film, he thought it unlikely to win."
        #expect(attribution(text).speaker == "Tim Dams")
    }

    /// A document's words are its author's: "the Pew report", "a BBC statement", and "its
    /// report" for the body the sentences before name.
    @Test func documentsSpeakForTheirAuthors() {
        #expect(attribution("Most users were unaware of it. Said the Pew report: \"This finding is ironic, since half of users know.\"") == ("Pew", "Said"))
        #expect(attribution("\"The performer had been asked to tone his act down,\" a BBC statement read.").speaker == "BBC")
        let national = "A National Audit Office report on the 20 biggest projects says costs have risen. It says there is \"little evidence\" of change."
        #expect(attribution(national).speaker == "National Audit Office")
        let commission = "The commission says a cap would mean more public money. \"We do not believe that such a departure would be sensible,\" says its report."
        #expect(attribution(commission).speaker == "The commission")
        // A lower-case document keeps its determiner and stays a description, unless the text
        // named its author before.
        #expect(attribution("\"Costs have risen sharply,\" the report says.").speaker == "the report")
        let named = "Access is growing fast, according to a World Bank report. \"Poor countries are catching up,\" said the report."
        #expect(attribution(named).speaker == "World Bank")
    }

    /// An object pronoun follows the verb, so it ends the subject read forwards.
    @Test func objectPronounEndsTheSubject() {
        let text = "The display manufacturers want us to watch on large screens. \"Then you get the full benefit of the picture,\" they say."
        #expect(attribution(text).speaker == "The display manufacturers")
    }

    /// "he said" with no antecedent in the sentences just before: the person the article is
    /// about, named in full once and by an honorific and surname after, when no one else is
    /// mentioned as often.
    @Test func pronounStandsForThePersonTheArticleIsAbout() {
        let text = """
            Labour MP Peter Hain visited the plant on Monday. Mr Hain spoke to the workers for an hour. \
            The plant opened in 1975. Orders fell sharply last year. Costs rose too. \
            "We will keep fighting for these jobs," he said.
            """
        #expect(attribution(text).speaker == "Peter Hain")
        // Two people mentioned as often: the pronoun stays as written.
        let two = """
            Labour MP Peter Hain met union leader Tom Berg on Monday. Mr Hain and Mr Berg spoke for an hour. \
            The plant opened in 1975. Orders fell sharply last year. Costs rose too. \
            "We will keep fighting for these jobs," he said.
            """
        #expect(attribution(two).speaker == "he")
        // A name never given an honorific is not known to be a person.
        let unknown = """
            The Europe Music Awards were held on Monday. The Awards drew a large crowd. \
            The hall opened in 1975. Orders fell sharply last year. Costs rose too. \
            "We will keep fighting for these jobs," he said.
            """
        #expect(attribution(unknown).speaker == "he")
        // A longer run of capitals ends with the name.
        let longRun = """
            Former adviser and New Yorker Dick Morris visited London on Monday. Mr Morris spoke for an hour. \
            The hall opened in 1975. Orders fell sharply last year. Costs rose too. \
            "We will keep fighting for these jobs," he said.
            """
        #expect(attribution(longRun).speaker == "Dick Morris")
    }

    /// A partial quotation after a participle with no finite reporting verb: the name right
    /// before the participle, or else the sentence's subject when that is a name.
    @Test func partialQuotationAfterAParticiple() {
        #expect(attribution("Ana Lopez was named best female, sending a message on video saying the award \"means so much to me\".") == ("Ana Lopez", "saying"))
        #expect(attribution("Berlin welcomed the decision, with finance minister Hans Eichel saying the policy was \"sound and fair\".").speaker == "Hans Eichel")
        #expect(attribution("Mr Hockney also left UKIP saying the party would \"fall apart\" soon.").speaker == "Mr Hockney")
        #expect(attribution("The move follows an advert saying the firm was \"in trouble\".").speaker == nil)
    }

    /// "called it “…”", "dismissed the Budget as “…”", "accused the chancellor of “…”": the
    /// words are the subject's; a verb right before the quotation names it instead.
    @Test func partialQuotationAfterAnEvaluativeVerb() {
        #expect(attribution("Tory leader Ann Berg has dismissed the Budget as \"a con trick\" on voters.") == ("Ann Berg", "dismissed"))
        #expect(attribution("Mr Letwin accused the chancellor of using \"smoke and mirrors\" to hide failures.").speaker == "Mr Letwin")
        #expect(attribution("Her words were echoed by director Sir Tom Eyre, who called the work \"a masterpiece\".").speaker == "Sir Tom Eyre")
        #expect(attribution("In what Dimension Data calls an \"alarming development\", training time fell.").speaker == "Dimension Data")
        #expect(attribution("One came from the Air Transport Association (ATA), which has attacked the package as a \"bad piece of law\".").speaker == "the Air Transport Association")
        // Naming, not characterising; and "calls" as a noun.
        #expect(attribution("The firm sells a cheap phone service called \"Otoku\" in Japan.").speaker == nil)
        #expect(attribution("It is hard to make phone calls over the net using \"voice packets\".").speaker == nil)
    }

    /// A quotation with no cue after a sentence whose subject is "he": the person "he" stands for.
    @Test func cuelessQuotationAfterASentenceAboutHim() {
        let text = """
            Tory leader Tom Berg spoke for an hour in Brighton on Friday. The hall was full. \
            He finished with a personal appeal to party activists. \
            "We can do this and we will win the next election together."
            """
        #expect(attribution(text).speaker == "Tom Berg")
    }

    /// "the Russian president said" in an article about Mr Putin that never writes "President
    /// Vladimir Putin": the person the article is about, for a role an article has one holder of.
    @Test func theRoleOfThePersonTheArticleIsAbout() {
        let text = """
            Vladimir Putin defended the sale on Thursday. Mr Putin said it followed market rules. \
            Shares rose. "I think this is quite normal," the Russian president said.
            """
        #expect(attribution(text).speaker == "Vladimir Putin")
        let shadow = """
            Gordon Brown set out his plans on Monday. Mr Brown said growth would rise. \
            Shares rose. "These figures do not add up," the shadow chancellor said.
            """
        #expect(attribution(shadow).speaker == "the shadow chancellor")
        let spokesman = """
            Gordon Brown set out his plans on Monday. Mr Brown said growth would rise. \
            Shares rose. "We will look at the figures again," the spokesman said.
            """
        #expect(attribution(spokesman).speaker == "the spokesman")
    }
}
