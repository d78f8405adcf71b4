/// A stakeholder one article mentions, before linking across articles (a store keeps it as it
/// is, `Codable`, in the article's record).
struct LocalEntity: Sendable, Hashable, Codable {
    var name: String
    var kind: EntityKind
    /// Other forms the article used, in first-use order.
    var aliases: [String] = []
    var role: String?
    /// Local index of the organisation the role belongs to, or its name when not an entity here.
    var affiliation: Int?
    var affiliationName: String?
    var gender: Gender = .unknown
    /// "union", "inspectorate" ...: what definite descriptions may call it.
    var orgKind: String?
    /// Acronyms that stand for it.
    var acronyms: [String] = []
    /// Name parts, for matching a later surname or first name.
    var firstName: String?
    var surname: String?
    /// Index of the dictionary person or organisation it came from.
    var dictionaryPerson: Int?
    var dictionaryOrganisation: Int?

    mutating func addAlias(_ form: String) {
        let f = form.collapsingWhitespace
        guard !f.isEmpty, f.lowercased() != name.lowercased(), !aliases.contains(where: { $0.lowercased() == f.lowercased() }) else { return }
        aliases.append(f)
    }
}

/// One place where an article refers to a stakeholder.
struct Mention: Hashable {
    enum Form: Hashable {
        case name, partial, acronym, description, pronoun, firstPerson, secondPerson
    }

    /// Token range of the words that refer.
    var range: Range<Int>
    var entity: Int
    var form: Form
    /// True when the mention only qualifies another ("Ofsted" in "Ofsted's chief inspector X").
    var isModifier = false
    /// The id of the pass that found it ("entities.runs", "entities.references"), for `--explain`.
    var rule = ""
}

/// The recogniser's result for one article.
struct ArticleEntities {
    var entities: [LocalEntity] = []
    /// Sorted by start token.
    var mentions: [Mention] = []
    /// For each token, the index into `mentions` covering it.
    var mentionAt: TokenMap = [:]

    mutating func index() {
        mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        mentionAt = [:]
        for (i, m) in mentions.enumerated() {
            for t in m.range where mentionAt[t] == nil { mentionAt[t] = i }
        }
    }
}
