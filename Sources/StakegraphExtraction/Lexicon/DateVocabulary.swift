/// The lexicon's `dates` section: the words the date resolver reads time expressions by
/// (`DateResolver`), beside the month and weekday names of the lexicon's `months` and `weekdays`.
public struct DateVocabulary: Sendable {
    /// A unit of time that "three days ago" or "two weeks ago" counts in.
    public enum Unit: String, Sendable, CaseIterable {
        case day, week, month, year
    }

    /// Words before a bare month that make it the month of the act ("in March", "last May").
    public var monthLeadWords: WordSet = []
    /// Words before a year that make it the year of the act ("in 2020", "early 2021").
    public var yearLeadWords: WordSet = []
    /// Words a relative date can start with ("three days ago" is checked apart).
    public var relativeStarts: WordSet = []
    /// Number words before a unit and "ago" ("three days ago", "a week ago").
    public var numberWords: WordMap<Int> = [:]
    /// Words and phrases that name a day, with how many days before the article's it is
    /// ("yesterday": 1, "this morning": 0).
    public var dayPhrases: WordMap<Int> = [:]
    /// Words of each unit, singular and plural ("days": day).
    public var units: WordMap<Unit> = [:]
    /// Openers of "in his first week", "within her first few days".
    public var firstPeriodOpeners: WordSet = []
    /// After "in his first" (or "first few"): the word that ends it, and how many days back
    /// from the article's date the period reaches ("week" and "few days": 7).
    public var firstPeriodDays: WordMap<Int> = [:]

    static let keys: Set<String> = ["month_lead_words", "year_lead_words", "relative_starts", "number_words", "day_phrases",
                                    "units", "first_period_openers", "first_period_days"]

    public init() {}

    init(section: LexiconSection) throws {
        try section.expect(Self.keys)
        monthLeadWords = try section.words("month_lead_words")
        yearLeadWords = try section.words("year_lead_words")
        relativeStarts = try section.words("relative_starts")
        numberWords = try section.numbers("number_words")
        dayPhrases = try section.numbers("day_phrases")
        let units = try section.section("units")
        try units.expect(Set(Unit.allCases.map(\.rawValue)))
        for entry in units.entries {
            for word in try units.wordList(entry.key) { self.units[word] = Unit(rawValue: entry.key)! }
        }
        firstPeriodOpeners = try section.words("first_period_openers")
        firstPeriodDays = try section.numbers("first_period_days")
    }
}
