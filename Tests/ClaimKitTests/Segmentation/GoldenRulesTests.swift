import Testing
@testable import ClaimKit

/// One text and the sentences it must give.
struct HardCase: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: [String]
    init(_ text: String, _ expected: [String]) {
        self.text = text
        self.expected = expected
    }
    var testDescription: String { String(text.prefix(60)) }
}

func sentences(of text: String) -> [String] {
    let document = Document(text: text)
    return SentenceSegmenter().segment(document).map { document.text(of: $0) }
}

/// The English "Golden Rules" of the Pragmatic Segmenter (as pySBD's test suite states them),
/// the public suite of hard cases for sentence boundary detection.
@Suite struct GoldenRulesTests {
    static let cases: [HardCase] = [
        HardCase("Hello World. My name is Jonas.",
                 ["Hello World.", "My name is Jonas."]),
        HardCase("What is your name? My name is Jonas.",
                 ["What is your name?", "My name is Jonas."]),
        HardCase("There it is! I found it.",
                 ["There it is!", "I found it."]),
        HardCase("My name is Jonas E. Smith.",
                 ["My name is Jonas E. Smith."]),
        HardCase("Please turn to p. 55.",
                 ["Please turn to p. 55."]),
        HardCase("Were Jane and co. at the party?",
                 ["Were Jane and co. at the party?"]),
        HardCase("They closed the deal with Pitt, Briggs & Co. at noon.",
                 ["They closed the deal with Pitt, Briggs & Co. at noon."]),
        HardCase("Let's ask Jane and co. They should know.",
                 ["Let's ask Jane and co.", "They should know."]),
        HardCase("They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
                 ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
        HardCase("I can see Mt. Fuji from here.",
                 ["I can see Mt. Fuji from here."]),
        HardCase("St. Michael's Church is on 5th st. near the light.",
                 ["St. Michael's Church is on 5th st. near the light."]),
        HardCase("That is JFK Jr.'s book.",
                 ["That is JFK Jr.'s book."]),
        HardCase("I visited the U.S.A. last year.",
                 ["I visited the U.S.A. last year."]),
        HardCase("I live in the E.U. How about you?",
                 ["I live in the E.U.", "How about you?"]),
        HardCase("I live in the U.S. How about you?",
                 ["I live in the U.S.", "How about you?"]),
        HardCase("I work for the U.S. Government in Virginia.",
                 ["I work for the U.S. Government in Virginia."]),
        HardCase("I have lived in the U.S. for 20 years.",
                 ["I have lived in the U.S. for 20 years."]),
        HardCase("She has $100.00 in her bag.",
                 ["She has $100.00 in her bag."]),
        HardCase("She has $100.00. It is in her bag.",
                 ["She has $100.00.", "It is in her bag."]),
        HardCase("He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
                 ["He teaches science (He previously worked for 5 years as an engineer.) at the local University."]),
        HardCase("Her email is Jane.Doe@example.com. I sent her an email.",
                 ["Her email is Jane.Doe@example.com.", "I sent her an email."]),
        HardCase("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
                 ["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."]),
        HardCase("She turned to him, 'This is great.' she said.",
                 ["She turned to him, 'This is great.' she said."]),
        HardCase("She turned to him, \"This is great.\" she said.",
                 ["She turned to him, \"This is great.\" she said."]),
        HardCase("She turned to him, \"This is great.\" She held the book out to show him.",
                 ["She turned to him, \"This is great.\"", "She held the book out to show him."]),
        HardCase("Hello!! Long time no see.",
                 ["Hello!!", "Long time no see."]),
        HardCase("Hello?? Who is there?",
                 ["Hello??", "Who is there?"]),
        HardCase("Hello!? Is that you?",
                 ["Hello!?", "Is that you?"]),
        HardCase("Hello?! Is that you?",
                 ["Hello?!", "Is that you?"]),
        HardCase("1.) The first item 2.) The second item",
                 ["1.) The first item", "2.) The second item"]),
        HardCase("1.) The first item. 2.) The second item.",
                 ["1.) The first item.", "2.) The second item."]),
        HardCase("1) The first item 2) The second item",
                 ["1) The first item", "2) The second item"]),
        HardCase("1) The first item. 2) The second item.",
                 ["1) The first item.", "2) The second item."]),
        HardCase("1. The first item 2. The second item",
                 ["1. The first item", "2. The second item"]),
        HardCase("1. The first item. 2. The second item.",
                 ["1. The first item.", "2. The second item."]),
        HardCase("• 9. The first item • 10. The second item",
                 ["• 9. The first item", "• 10. The second item"]),
        HardCase("⁃9. The first item ⁃10. The second item",
                 ["⁃9. The first item", "⁃10. The second item"]),
        HardCase("a. The first item b. The second item c. The third list item",
                 ["a. The first item", "b. The second item", "c. The third list item"]),
        HardCase("You can find it at N°. 1026.253.553. That is where the treasure is.",
                 ["You can find it at N°. 1026.253.553.", "That is where the treasure is."]),
        HardCase("She works at Yahoo! in the accounting department.",
                 ["She works at Yahoo! in the accounting department."]),
        HardCase("We make a good team, you and I. Did you see Albert I. Jones yesterday?",
                 ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
        HardCase("Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
                 ["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"]),
        HardCase("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
                 ["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."]),
        HardCase("If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
                 ["If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .", "Next sentence."]),
        HardCase("I never meant that.... She left the store.",
                 ["I never meant that....", "She left the store."]),
        HardCase("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
                 ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."]),
        HardCase("One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
                 ["One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.", ". . . The practice was not abandoned. . . ."]),
    ]

    @Test(arguments: cases)
    func goldenRule(_ hardCase: HardCase) {
        #expect(sentences(of: hardCase.text) == hardCase.expected)
    }

    /// pySBD marks this one as an expected failure too: "a.m. Mr." does not split where
    /// "P.M. Mr." does, which no rule of form tells apart.
    @Test func timeAbbreviationBeforeTitle() {
        withKnownIssue {
            #expect(sentences(of: "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.")
                    == ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."])
        }
    }
}
