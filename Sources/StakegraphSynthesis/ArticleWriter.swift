import StakegraphExtraction

/// Writes one synthetic article: picks its cast, then paragraphs of interactions, quotes,
/// and background until it reaches its length. Mentions follow news style: full name and
/// role first, then surname or title and surname; organisations by name and acronym first,
/// then acronym or "the union".
struct ArticleWriter {
    let world: SyntheticWorld
    var rng: SeededGenerator
    private(set) var title = ""
    private var mentioned = Set<String>()
    private var date = Day(year: 2020, month: 1, day: 1)

    init(world: SyntheticWorld, rng: SeededGenerator) {
        self.world = world
        self.rng = rng
    }

    /// Either a person or an organisation of the article's cast.
    enum Actor { case person(Int), organisation(Int) }

    mutating func write(date: Day) -> String {
        self.date = date
        let castSize = 3 + rng.below(5)
        var cast: [Actor] = []
        for _ in 0..<castSize {
            cast.append(rng.chance(0.55) ? .person(rng.skewed(world.people.count)) : .organisation(rng.skewed(world.organisations.count)))
        }
        let targetWords = 300 + rng.below(800)
        var paragraphs: [String] = []
        var words = 0
        let lead = interaction(cast)
        title = headline(for: lead.type, cast: cast)
        paragraphs.append(lead.text)
        words += lead.text.split(separator: " ").count
        while words < targetWords {
            let paragraph: String
            switch rng.below(10) {
            case 0...3: paragraph = interaction(cast).text
            case 4...6: paragraph = quote(cast)
            case 7: paragraph = interaction(cast).text + " " + quote(cast)
            default: paragraph = background()
            }
            paragraphs.append(paragraph)
            words += paragraph.split(separator: " ").count
        }
        return paragraphs.joined(separator: "\n\n")
    }

    // MARK: - Paragraph kinds

    private mutating func interaction(_ cast: [Actor]) -> (type: Int, text: String) {
        let a = rng.below(cast.count)
        var b = rng.below(cast.count)
        if b == a { b = (a + 1) % cast.count }
        let type = rng.below(5)
        let actor = mention(cast[a])
        let other = mention(cast[b])
        let when = when()
        let topic = rng.pick(Words.topics)
        let text: String
        switch type {
        case 0:
            switch rng.below(4) {
            case 0: text = "\(actor) criticised \(other) over \(topic)\(when)."
            case 1: text = "\(actor) hit out at \(other)\(when), accusing \(pronoun(cast[b])) of \(rng.pick(Words.failings))."
            case 2: text = "\(actor) accused \(other) of \(rng.pick(Words.failings)) in a row over \(topic)."
            default: text = "In a strongly worded letter\(when), \(actor) condemned \(other) for \(rng.pick(Words.failings))."
            }
        case 1:
            switch rng.below(4) {
            case 0: text = "\(actor) praised \(other) for \(rng.pick(Words.praises))\(when)."
            case 1: text = "\(actor) welcomed the decision by \(other) on \(topic)."
            case 2: text = "\(actor) backed \(other)\(when), saying the plan on \(topic) was the right one."
            default: text = "\(actor) paid tribute to \(other) for \(rng.pick(Words.praises))."
            }
        case 2:
            switch rng.below(3) {
            case 0: text = "\(actor) met \(other)\(when) to discuss \(topic)."
            case 1: text = "\(actor) held talks with \(other)\(when) about \(topic)."
            default: text = "\(actor) sat down with \(other) at a meeting in \(rng.pick(world.places))\(when)."
            }
        case 3:
            switch rng.below(3) {
            case 0: text = "\(actor) pledged \(rng.pick(Words.pledges))\(when), in a promise to \(other)."
            case 1: text = "\(actor) promised \(other) \(["£2m", "an extra £450,000", "£12.5m", "new funding"][rng.below(4)]) for \(topic)."
            default: text = "\(actor) said it will work with \(other) on \(topic)."
            }
        default:
            switch rng.below(3) {
            case 0: text = "\(actor) hit back at \(other)\(when), calling the claims about \(topic) \"wide of the mark\"."
            case 1: text = "Responding to \(other)\(when), \(actor) said the concerns about \(topic) had been addressed."
            default: text = "In response to \(other), \(actor) said a review of \(topic) was already under way."
            }
        }
        return (type, Self.tidy(text).capitalisingFirst)
    }

    private mutating func quote(_ cast: [Actor]) -> String {
        let speaker = cast[rng.below(cast.count)]
        let words = "\(rng.pick(Words.quoteOpeners)) \(rng.pick(Words.quoteMiddles))"
        let name = mention(speaker)
        switch rng.below(3) {
        case 0: return Self.tidy("\u{201C}\(words),\u{201D} said \(name).")
        case 1: return Self.tidy("\(name) said: \u{201C}\(words). \(rng.pick(Words.quoteOpeners)).\u{201D}").capitalisingFirst
        default: return Self.tidy("\u{201C}\(words),\u{201D} \(name) told reporters\(when()).")
        }
    }

    private mutating func background() -> String {
        "\(rng.pick(Words.fillerSubjects)), published in \(rng.pick(Words.months)), \(rng.pick(Words.fillerFindings)). "
            + "Residents in \(rng.pick(world.places)) and \(rng.pick(world.places)) have raised the issue at "
            + "\(2 + rng.below(9)) public meetings since \(date.year - 1 - rng.below(3))."
    }

    private mutating func headline(for type: Int, cast: [Actor]) -> String {
        let verb = ["under fire", "praised", "in talks", "pledge", "hits back"][type]
        return "\(shortName(cast[0])) \(verb) over \(rng.pick(Words.topics))"
    }

    /// Closes an appositive that ends its clause: "..., of the NUX,." becomes "... of the NUX.".
    static func tidy(_ text: String) -> String {
        text.replacingOccurrences(of: ",.", with: ".").replacingOccurrences(of: ",,", with: ",")
    }

    // MARK: - Mentions and dates

    private mutating func mention(_ actor: Actor) -> String {
        switch actor {
        case .person(let p):
            let person = world.people[p]
            if mentioned.insert("p\(p)").inserted {
                return "\(person.name), \(person.role) of \(orgMention(person.organisation)),"
            }
            return rng.chance(0.5) ? person.last : "\(person.female ? "Ms" : "Mr") \(person.last)"
        case .organisation(let o):
            return orgMention(o)
        }
    }

    private mutating func orgMention(_ o: Int) -> String {
        let org = world.organisations[o]
        if mentioned.insert("o\(o)").inserted {
            let article = org.name.hasPrefix("Department") || org.name.hasPrefix("Institute") || org.name.hasPrefix("National")
                || org.name.hasPrefix("Federation") || org.name.hasPrefix("United") || org.name.hasPrefix("Independent")
                || org.name.hasPrefix("General") ? "the " : ""
            return article + org.name + (org.acronym.map { " (\($0))" } ?? "")
        }
        if let acronym = org.acronym, rng.chance(0.7) { return "the \(acronym)" }
        return rng.chance(0.5) ? org.noun : org.name
    }

    private func shortName(_ actor: Actor) -> String {
        switch actor {
        case .person(let p): return world.people[p].last
        case .organisation(let o): return world.organisations[o].acronym ?? world.organisations[o].name
        }
    }

    private func pronoun(_ actor: Actor) -> String {
        if case .person(let p) = actor { return world.people[p].female ? "her" : "him" }
        return "it"
    }

    private mutating func when() -> String {
        switch rng.below(6) {
        case 0: return " on \(rng.pick(Words.weekdays))"
        case 1: return " last week"
        case 2:
            let earlier = Day(ordinal: date.ordinal - 3 - rng.below(60))
            return " on \(earlier.day) \(Words.months[earlier.month - 1])"
        case 3: return " in \(Words.months[(date.month + 10) % 12])"
        default: return ""
        }
    }
}

private extension String {
    var capitalisingFirst: String { prefix(1).uppercased() + dropFirst() }
}
