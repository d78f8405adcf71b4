/// The cast a synthetic corpus writes about: invented organisations with acronyms and kinds,
/// and invented people with roles at them. Made from the seed alone, so every article of a
/// corpus draws on the same cast and stakeholders recur across articles as in real news.
public struct SyntheticWorld: Sendable {
    public struct Organisation: Sendable, Hashable {
        public var name: String
        /// Letters given in brackets at first mention ("(NACP)"), or nil.
        public var acronym: String?
        /// How the article refers back to it: "the union", "the council", "the company".
        public var noun: String
    }

    public struct Person: Sendable, Hashable {
        public var first: String
        public var last: String
        public var role: String
        /// Index into `organisations`.
        public var organisation: Int
        public var female: Bool
        public var name: String { "\(first) \(last)" }
    }

    public var organisations: [Organisation]
    public var people: [Person]
    /// Invented towns, used in organisation names, datelines and background sentences.
    public var places: [String]

    public init(seed: UInt64, organisations orgCount: Int = 400, people personCount: Int = 2000) {
        var rng = SeededGenerator(seed: seed, index: -1)
        var placeSet = Set<String>()
        var places: [String] = []
        while places.count < 120 {
            let place = rng.pick(Words.placeStarts) + rng.pick(Words.placeEnds)
            if placeSet.insert(place).inserted { places.append(place) }
        }
        var names = Set<String>()
        var orgs: [Organisation] = []
        while orgs.count < orgCount {
            let org = Self.organisation(&rng, places: places)
            if names.insert(org.name).inserted { orgs.append(org) }
        }
        var people: [Person] = []
        var personNames = Set<String>()
        while people.count < personCount {
            let female = rng.chance(0.5)
            let first = rng.pick(female ? Words.femaleNames : Words.maleNames)
            let last = rng.chance(0.6) ? rng.pick(Words.surnames) : rng.pick(Words.surnameStarts) + rng.pick(Words.surnameEnds)
            guard personNames.insert("\(first) \(last)").inserted else { continue }
            let organisation = rng.skewed(orgs.count)
            let role = rng.pick(Words.roles(for: orgs[organisation].noun))
            people.append(Person(first: first, last: last, role: role, organisation: organisation, female: female))
        }
        self.organisations = orgs
        self.people = people
        self.places = places
    }

    private static func organisation(_ rng: inout SeededGenerator, places: [String]) -> Organisation {
        let place = rng.pick(places)
        switch rng.below(9) {
        case 0:
            return Organisation(name: "\(place) \(rng.pick(["City", "County", "Borough", "District"])) Council", acronym: nil, noun: "the council")
        case 1:
            let members = rng.pick(Words.memberGroups)
            let name = "National Association of \(members)"
            return Organisation(name: name, acronym: acronym(name), noun: "the association")
        case 2:
            let members = rng.pick(Words.memberGroups)
            let name = "\(rng.pick(["National", "United", "Independent", "General"])) Union of \(members)"
            return Organisation(name: name, acronym: acronym(name), noun: "the union")
        case 3:
            return Organisation(name: "\(place) \(rng.pick(Words.companyHeads))", acronym: nil, noun: "the company")
        case 4:
            let name = "Department for \(rng.pick(Words.portfolios))"
            return Organisation(name: name, acronym: acronym(name), noun: "the department")
        case 5:
            let name = "Institute for \(rng.pick(Words.studies))"
            return Organisation(name: name, acronym: acronym(name), noun: "the institute")
        case 6:
            return Organisation(name: "\(place) \(rng.pick(["Hospitals", "Schools", "Community", "Academies"])) Trust", acronym: nil, noun: "the trust")
        case 7:
            let name = "\(rng.pick(Words.surnames)) \(rng.pick(["Foundation", "Trust", "Centre"]))"
            return Organisation(name: name, acronym: nil, noun: "the charity")
        default:
            let name = "Federation of \(rng.pick(Words.federated))"
            return Organisation(name: name, acronym: acronym(name), noun: "the federation")
        }
    }

    /// Initials of the capitalised words ("National Association of Care Providers" -> "NACP").
    static func acronym(_ name: String) -> String {
        String(name.split(separator: " ").compactMap { $0.first }.filter(\.isUppercase))
    }
}
