/// The context classes that decide whether a number is a year, a capitalised "May" a month,
/// "a year" a duration or a rate, and which way a sentence looks in time. See ``DateWordTraits``.
enum DateContextWords {
    /// "in 2014", "since March", "the end of 2004", "pre-2004", "fiscal 2005".
    static let temporalPrepositions = [
        "in", "since", "by", "from", "until", "till", "before", "after", "of", "during", "through",
        "throughout", "between", "around", "circa", "into", "than", "over", "for", "ending",
        "early", "late", "mid", "pre", "post", "year", "fiscal", "until", "to", "spring", "summer",
        "autumn", "winter", "last", "next", "this", "that", "every", "each", "coming", "following",
        "on", "both", "as", "beyond", "season", "period", "unlike", "including",
    ]

    /// "the 1945 UN Charter", "his 2000 election", "a 2004 report".
    static let determiners = ["the", "a", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose"]

    static let possessives = ["his", "her", "their", "our", "my", "your", "its"]

    /// Nouns a year modifies; the plural ones override the rule that a plural noun after a
    /// number makes it a count ("2003 results" but "2000 people").
    static let yearNouns = [
        "election", "elections", "season", "budget", "budgets", "results", "figures", "accounts",
        "census", "campaign", "championship", "championships", "olympics", "games", "finals",
        "final", "tournament", "tour", "survey", "report", "earnings", "profits", "sales",
        "revenues", "revenue", "deficit", "forecast", "forecasts", "targets", "target", "levels",
        "level", "crisis", "war", "invasion", "attacks", "attack", "summit", "agreement", "treaty",
        "law", "act", "ceasefire", "referendum", "poll", "polls", "vote", "race", "cup",
        "festival", "awards", "edition", "model", "version", "peak", "high", "low", "record",
        "records", "period", "vintage", "spending", "growth", "ballot", "contest", "merger",
        "deal", "plan", "review", "ruling", "decision", "manifesto", "conference", "convention",
        "exams", "prices", "rates", "numbers", "statistics", "data", "nominations", "winners",
        "bombings", "protests", "riots", "floods", "tsunami", "shows", "series", "charts",
        "anniversary", "event", "meeting", "meetings", "session", "launch", "visit", "speech",
        "statement", "issue", "deadline", "date", "reading", "gig", "concert", "show", "hearing",
        "trial", "talks", "cut", "rise", "hike", "announcement", "figure", "estimate", "estimates",
        "film", "movie", "album", "single", "novel", "book", "study", "paper", "bill",
    ]

    /// Words after which a 4-digit number is a count or a measure, not a year.
    static let countedNouns = [
        "people", "men", "women", "children", "staff", "police", "personnel", "feet", "cattle",
        "sheep", "fish", "yen", "yuan", "percent", "cent", "per", "million", "billion", "trillion",
        "thousand", "hundred", "m", "km", "kg", "mm", "cm", "ft", "mph", "kph", "lb", "lbs", "oz",
        "mw", "gw", "kw", "bn", "k", "metres", "meters", "times", "rpm", "mhz", "ghz", "mb", "gb",
        "strong", "euro", "pound", "dollar", "man", "woman", "person", "pupils", "plus", "more",
        "jobs", "units", "cars", "homes", "points", "votes", "copies", "words",
    ]

    /// Words that say the sentence speaks of the future.
    static let futureCues = [
        "will", "shall", "ll", "upcoming", "next", "expected", "expects", "expect", "scheduled",
        "plans", "planned", "plan", "intends", "intend", "forthcoming", "coming", "tomorrow",
        "aims", "hopes", "soon",
    ]

    /// Words that say the sentence speaks of the past (besides most words ending in "-ed").
    static let pastCues = [
        "was", "were", "had", "did", "ago", "last", "yesterday", "took", "began", "met", "held",
        "made", "came", "went", "fell", "left", "sent", "saw", "told", "led", "won", "lost",
        "got", "gave", "rose", "hit", "broke", "paid", "sold", "bought", "brought", "thought",
        "found", "became", "ran", "spoke", "wrote", "struck", "said", "earlier", "previously",
        "formerly", "already",
    ]

    /// "2002 to 2019", "in 2000 and 2003", "March or April".
    static let connectives = ["and", "or", "to", "through", "until", "till", "nor", "versus", "vs"]

    /// "for a year", "within a week", "more than a decade", "up to a month".
    static let durationPrepositions = [
        "for", "within", "in", "over", "after", "than", "about", "nearly", "almost", "around",
        "least", "under", "just", "only", "another", "to", "roughly", "approximately", "some",
        "past", "last", "first", "full", "whole", "entire", "take", "takes", "took", "taking",
        "spent", "spend", "spends", "spending", "lasted", "lasts", "lasting", "serve", "served",
        "serving", "wait", "waited", "waiting",
    ]

    /// "twice a year", "£5m a year", "seven days a week", "5% a year".
    static let rateWords = [
        "once", "twice", "thrice", "times", "pounds", "dollars", "euros", "pence", "cents",
        "percent", "cent", "hours", "days", "weeks", "months", "m", "bn", "k", "p", "tonnes",
        "barrels", "people", "visitors", "passengers", "customers", "users", "calls", "hits",
    ]

    static var entries: [(String, DateLexeme)] {
        var list: [(String, DateLexeme)] = []
        func add(_ words: [String], _ traits: DateWordTraits) {
            for word in words { list.append((word, DateLexeme(category: .none, value: 0, traits: traits))) }
        }
        add(temporalPrepositions, .temporalPreposition)
        add(determiners, .determiner)
        add(possessives, .possessive)
        add(yearNouns, .yearNoun)
        add(countedNouns + DateLikeNumbers.countedInThousandsWords, .countedNoun)
        add(futureCues, .futureCue)
        add(pastCues, .pastCue)
        add(connectives, .connective)
        add(durationPrepositions, .durationPreposition)
        add(rateWords, .rateWord)
        return list
    }
}
