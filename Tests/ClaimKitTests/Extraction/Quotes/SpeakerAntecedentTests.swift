import Testing
@testable import ClaimKit

/// Who a pronoun, a role or a closing clause stands for: the rules that choose between the
/// people, places and bodies a sentence names. Invented sentences in the BBC's style.
@Suite struct SpeakerAntecedentTests {
    private func speaker(_ text: String, quote index: Int = 0) -> String? {
        let found = QuoteTestSupport.quotes(in: text)
        guard index < found.count else { return "no quotation \(index)" }
        return found[index].speaker
    }

    @Test func heAndSheNeverStandForAPluralOrTheOtherGender() {
        let band = """
            Brian Hale left the band on Tuesday. The remaining members of Korda said they wished him well. \
            "Anger is fine, but there is joy after it," he told a local radio station.
            """
        #expect(speaker(band) == "Brian Hale")
        let spokeswoman = """
            A Conservative spokeswoman said the party kept to the rules. A spokesman for the \
            Information Commissioner's Office said calls were marketing. \
            "That would not be marketing either," he said.
            """
        #expect(speaker(spokeswoman) == "A spokesman for the Information Commissioner's Office")
    }

    @Test func aTitledNameTheSentenceReportsBeatsAPlace() {
        let text = """
            Britain has been more cautious, but on Wednesday Mr Straw said he wanted it to end. \
            "I have long understood their argument," he told the committee.
            """
        #expect(speaker(text) == "Mr Straw")
    }

    @Test func aRoleSubjectTakesTheNameInApposition() {
        let text = """
            The new chairman of the Bar Council, Guy Mansell QC warned there was a real risk. \
            "What is going to happen to young men when a bomb has gone off?"
            """
        #expect(speaker(text) == "Guy Mansell QC")
        let counterpart = """
            But Wenger's Bayern counterpart Felix Maier was in no mood to celebrate. \
            He said: "I am far from happy despite the win."
            """
        #expect(speaker(counterpart) == "Felix Maier")
    }

    @Test func aSpokesmanForABodyKeepsTheBodyWhole() {
        let text = """
            A spokesman for the Association of Payment and Clearing Services (Apacs) said the risk \
            was minimal. "There is no concern at all," he said.
            """
        #expect(speaker(text) == "A spokesman for the Association of Payment and Clearing Services")
        #expect(speaker("\"We are watching,\" said a spokesman for Reporters Without Borders.")
            == "a spokesman for Reporters Without Borders")
    }

    @Test func aClosingClauseNamesThePartialQuotationsSource() {
        #expect(speaker("Holders would be told if any \"unusual activity\" was detected, bank officials said.")
            == "bank officials")
        #expect(speaker("Plans to shed jobs will prove a \"false economy\", according to a TUC report.") == "TUC")
        #expect(speaker("Growth was a \"step in the wrong direction\", said Sir Andrew Greer.") == "Sir Andrew Greer")
        // Bloomberg is spoken to, not speaking.
        #expect(speaker("\"To get any growth they will cut costs\" Ivo Geer, an analyst, told Bloomberg.") == "Ivo Geer")
        // The pronoun stands for someone before the sentence, not for its subject.
        let text = """
            Mr Blair spoke in Washington on Monday. Britain was "uniquely placed" to bridge the \
            gap, he suggested.
            """
        #expect(speaker(text) == "Mr Blair")
    }

    @Test func aTitleStartsTheName() {
        #expect(speaker("Lib Dem Sir Archy Kerr said there was a \"clear impression\" of it.") == "Sir Archy Kerr")
        #expect(speaker("\"It is odd,\" said retail analyst Nick Bubble of Evolution Securities.") == "Nick Bubble")
        #expect(speaker("The film was shot by Simon Byrne. Said Mr Byrne: \"It is a new game for everyone.\"") == "Mr Byrne")
    }

    @Test func nounsAreNoCueVerbs() {
        let post = """
            Mr Balls, who left his Treasury post, said he would keep a "margin to spare".
            """
        #expect(speaker(post) == "Mr Balls")
        #expect(speaker("The MPs published a highly critical report into the \"failing\" agency.") == nil)
    }

    @Test func aCommonWordOpeningASentenceIsNoName() {
        let text = """
            Ms Milan expects design to matter more. More likely to drive sales is design. \
            This was not a "women's thing", she said.
            """
        #expect(speaker(text) == "Ms Milan")
    }

    @Test func theFirstTitledPersonOfTheSentenceBefore() {
        let text = """
            On the Today programme Mr Jonson was asked why Mr Smyth had been allowed to resign. \
            He replied: "The chief executive decided it was time to move on."
            """
        #expect(speaker(text) == "Mr Jonson")
    }

    @Test func aDescriptionByAgeStandsForThePersonJustNamed() {
        let text = """
            Andre Agassi retired with a hip injury in the first set. Agassi had won the title twice. \
            "My hip was cramping and I just could not continue," said the 34-year-old.
            """
        #expect(speaker(text) == "Agassi")
    }

    @Test func aDefiniteDescriptionStandsForThePersonJustNamed() {
        let athlete = """
            Darren Campbell agreed receiving the honour capped off a difficult year for the sprinter. \
            "I think the MBE is important to me," said the Newport-based athlete. Campbell won silver.
            """
        #expect(speaker(athlete) == "Darren Campbell")
        let reported = """
            Tony Blair has had the chance to tackle the problems and has failed, Michael Howard has said. \
            "Britain is heading in the wrong direction", the Conservative leader said.
            """
        #expect(speaker(reported) == "Michael Howard")
        let apposition = """
            Tony Lloyd, the Manchester Central MP, has pledged to take the matter "to the prime minister".
            """
        #expect(speaker(apposition) == "Tony Lloyd")
    }

    /// A passive cue ("were denied by") and a cue word used as a noun ("His claims") leave the
    /// words to the next cue.
    @Test func aPassiveCueOrACueNounLeavesTheWordsToTheNextCue() {
        let text = """
            His claims were denied by Foreign Secretary Jack Straw, who accused the Tories of "running scared" of debate.
            """
        #expect(speaker(text) == "Jack Straw")
    }

    @Test func aDescriptionStaysWhenNoPersonWasJustNamed() {
        // A film is named, not a person: nothing in the text says "Polar Express" is someone.
        let film = """
            The Polar Express tells the story of a boy's journey. \
            The 48-year-old actor crossed a bridge, which he said was "almost impossible to get across".
            """
        #expect(speaker(film) == "The 48-year-old actor")
        // A spokesman, or someone's, speaks for the person named rather than being them.
        let spokesman = """
            Snoop Dogg was sued on Tuesday. The rapper's spokesman said the claims were "untrue".
            """
        #expect(speaker(spokesman) == "The rapper's spokesman")
    }
}
