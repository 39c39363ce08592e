/// The closed word classes that speaker phrases are read with.
enum SpeakerWords {
    /// Pronoun speakers; he, she, they and it are resolved to an antecedent where one is plain.
    static let pronouns = WordSet(["he", "she", "they", "we", "i", "it", "you"])
    static let resolvablePronouns = WordSet(["he", "she", "they", "it"])

    /// Words that open a noun phrase: "the spokesman", "an aide", "one official", "his lawyer".
    static let determiners = WordSet([
        "the", "a", "an", "one", "another", "his", "her", "its", "their", "our", "my", "your",
        "this", "that", "these", "those", "some", "many", "several", "two", "three", "both", "other",
    ])

    /// Titles kept as part of a name: "Mr Smith", "Dr. Jones", "Sir Alan Budd", "Lord Kinnock".
    static let honorifics = WordSet([
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron",
        "prof", "professor", "rev", "reverend", "sheikh", "king", "queen", "prince", "princess", "pope",
        "st", "saint", "jr", "sr", "fr", "father", "rabbi", "imam",
    ])

    /// Titles only a person bears ("St Kitts" and "Father Christmas" are not speakers); one
    /// starts the name it stands in ("Lib Dem Sir Archy Kirkwood" → Sir Archy Kirkwood).
    static let personalTitles = WordSet(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof"])

    /// Positions people hold. In front of a name they are dropped ("Kremlin spokesman Dmitry
    /// Peskov" → Dmitry Peskov, "Ukrainian President Volodymyr Zelenskyy" → Volodymyr
    /// Zelenskyy); as the head of a phrase they make it a person ("the spokesman", "an aide to
    /// the Ukrainian president"), which a "he" or "she" may stand for.
    static let personRoles = WordSet(personRoleSpellings)
    private static let personRoleOpenings = OpeningLengths(personRoleSpellings)
    private static let personRoleSpellings: [String] = [
        "president", "prime", "minister", "secretary", "chancellor", "senator", "sen", "rep", "representative",
        "congressman", "congresswoman", "governor", "gov", "mayor", "general", "gen", "colonel", "col",
        "captain", "capt", "commander", "admiral", "sergeant", "lieutenant", "chairman", "chairwoman",
        "chair", "chairperson", "chief", "executive", "ceo", "cfo", "director", "spokesman", "spokeswoman",
        "spokesperson", "manager", "coach", "boss", "leader", "deputy", "vice", "shadow", "head", "founder",
        "co-founder", "skipper", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
        "forward", "prop", "hooker", "flanker", "centre", "fly-half", "scrum-half", "full-back", "lock",
        "scorer", "team-mate", "teammate", "analyst", "economist", "editor", "author", "envoy", "ambassador",
        "aide", "adviser", "advisor", "official", "officer", "lawyer", "attorney", "judge", "justice",
        "premier", "mp", "mep", "msp", "mla", "peer", "actor", "actress", "singer", "star", "producer",
        "rapper", "frontman", "designer", "champion", "veteran", "owner", "commissioner", "inspector",
        "detective", "superintendent", "constable", "investigator", "prosecutor", "researcher", "scientist",
        "professor", "campaigner", "activist", "candidate", "nominee", "agent", "negotiator", "diplomat",
        "correspondent", "presenter", "host", "writer", "director-general", "secretary-general",
        "president-elect", "cardinal", "bishop", "archbishop", "trainer", "player", "partner", "dj",
        "musician", "guitarist", "drummer", "vocalist", "comedian", "novelist", "playwright", "filmmaker",
        "film-maker", "photographer", "journalist", "reporter", "expert", "strategist", "pollster",
        "historian", "teacher", "doctor", "surgeon", "nurse", "student", "state", "consultant",
        "youngster", "athlete", "colleague", "counterpart", "friend", "backbencher", "frontbencher", "councillor", "chancellor",
        "minister", "secretary", "insider", "source", "executive", "boss", "organiser", "organizer", "fellow", "legend", "spokesmen", "spokespeople", "officials", "aides",
        "leaders", "ministers", "executives", "analysts", "experts", "officers", "police", "prosecutors",
        "investigators", "researchers", "scientists", "economists", "critics", "campaigners", "activists",
        "sources", "witnesses", "residents", "organisers", "organizers", "doctors", "lawyers", "diplomats",
        "negotiators", "authorities", "observers", "insiders", "fans", "protesters", "protestors", "voters",
        "members", "bosses", "managers", "players", "athletes", "directors", "rebels", "troops", "militants",
    ]

    /// Documents whose words are their author's: "a report published by Analysys", "the Pew report".
    static let documents = WordSet(["report", "study", "survey", "poll", "paper", "analysis", "review", "statement", "research"])

    /// Bodies and documents that speak or say things: "the company said", "The agreement says".
    static let organisations = WordSet(organisationSpellings)
    private static let organisationOpenings = OpeningLengths(organisationSpellings)
    private static let organisationSpellings: [String] = [
        "company", "firm", "group", "government", "ministry", "department", "agency", "report",
        "statement", "agreement", "treaty", "charter", "document", "study", "survey", "paper", "letter",
        "website", "newspaper", "bank", "union", "unions", "council", "court", "committee", "commission",
        "party", "club", "team", "organisation", "organization", "association", "embassy", "office",
        "board", "panel", "body", "regulator", "watchdog", "army", "military", "kremlin", "resolution",
        "declaration", "memorandum", "constitution", "manufacturers", "retailers", "industry", "spokesmen",
    ]

    /// A role word; most words are ruled out by their first two letters and length
    /// (``OpeningLengths``) before they are hashed.
    @inline(__always)
    static func isRole(_ token: Token, in text: AttributionTokens) -> Bool {
        token.isWord && personRoleOpenings.mayHold(text.bytes, token.range) && isRoleSpelling(text.bytes, token.range)
    }

    @inline(never)
    private static func isRoleSpelling(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        personRoles.contains(bytes, range)
    }

    /// A body's word, tested as ``isRole(_:in:)`` is.
    static func isOrganisation(_ token: Token, in text: AttributionTokens) -> Bool {
        token.isWord && organisationOpenings.mayHold(text.bytes, token.range) && organisations.contains(text.bytes, token.range)
    }

    /// Lower-case particles inside names: "Charles de Gaulle", "Ursula von der Leyen".
    static let particles = WordSet([
        "de", "da", "di", "del", "della", "dos", "das", "du", "van", "von", "der", "den", "ter", "la", "le",
        "bin", "ibn", "al", "el", "y", "zu",
    ])

    /// Capitalised words that are no names: sentence openers and function words, which end a
    /// name read backwards ("But Williams said" → Williams).
    static let nonNames = WordSet([
        "the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "still", "also", "then",
        "now", "instead", "indeed", "later", "earlier", "in", "on", "at", "as", "by", "for", "from", "to",
        "with", "after", "before", "when", "while", "where", "what", "why", "how", "who", "which", "if",
        "although", "though", "because", "since", "during", "under", "speaking", "asked", "this", "that",
        "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "my", "your", "last", "next", "one", "some", "many", "most", "all", "both", "each",
        "every", "no", "not", "yes", "according", "unlike", "like", "despite", "until", "about", "over",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tomorrow", "nevertheless", "nonetheless", "moreover", "furthermore", "finally", "thus",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "neither", "either", "nor",
    ])

    /// Words that end a speaker phrase read backwards: conjunctions, relatives, prepositions
    /// that do not link a role to its organisation ("as researchers noted" → researchers).
    static let phraseBoundaries = WordSet([
        "and", "or", "but", "as", "that", "which", "who", "whom", "whose", "while", "when", "where",
        "because", "if", "since", "although", "though", "so", "than", "yet", "after", "before", "until",
        "unless", "whether", "what", "why", "how", "in", "on", "at", "by", "into", "onto", "about",
        "with", "without", "over", "under", "during", "like", "unlike", "then", "not", "is", "was",
        "are", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "told",
        "also", "there", "here", "to",
    ])

    /// Pronouns that stand after a verb: the word before one is no noun ("The manufacturers want us").
    static let objectPronouns = WordSet(["us", "them", "him", "me"])

    /// Prepositions that link a role to what it belongs to: "an aide to the Ukrainian president",
    /// "a spokesman for the firm", "the head of the IMF".
    static let linkingPrepositions = WordSet(["of", "to", "for", "at", "from", "with"])

    /// Words that join clauses; a clause's subject follows them.
    static let conjunctions = WordSet(["but", "and", "yet", "so", "while", "although", "though", "whereas", "or"])

    /// Sentence openers skipped before a subject: "But", "However,", "Meanwhile,".
    static let connectors = WordSet([
        "but", "and", "yet", "so", "however", "meanwhile", "still", "also", "then", "now", "instead",
        "indeed", "later", "earlier", "nevertheless", "nonetheless", "moreover", "furthermore", "finally",
        "thus", "separately", "elsewhere", "similarly", "likewise", "again", "previously",
    ])

    /// Prepositions that open an adverbial before a subject: "On Tuesday, Morientes had said".
    static let adverbialOpeners = WordSet([
        "on", "in", "at", "after", "before", "during", "since", "speaking", "asked", "writing", "last",
        "earlier", "later", "this", "following", "despite", "with", "without", "under", "for", "by",
        "when", "while", "as", "if", "although", "though", "because", "according",
    ])

    /// Bare plural heads that name speakers without a determiner: "researchers", "officials".
    static func isBarePluralSpeaker(_ token: Token, in text: AttributionTokens) -> Bool {
        guard token.isWord, text.isLowercase(token) else { return false }
        if personRoles.contains(text.bytes, token.range) || organisations.contains(text.bytes, token.range) {
            return text.endsWith(token, "s") || text.endsWith(token, "ice")
        }
        for suffix: StaticString in ["ers", "ors", "ists", "ians", "ants", "ents", "ials"] where text.endsWith(token, suffix) {
            return true
        }
        return false
    }

    static func contains(_ set: WordSet, _ token: Token, in text: AttributionTokens) -> Bool {
        token.isWord && set.contains(text.bytes, token.range)
    }
}
