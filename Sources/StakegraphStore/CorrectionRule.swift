import Foundation
import StakegraphExtraction

/// A reporter's correction, stored in the `rule` table and applied, in order, to every
/// extraction the store gives (and to each article as it is ingested), so that it survives
/// re-extraction.
public enum CorrectionRule: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `form` names `entity` (an id, name or alias): a stakeholder the extractor named `form`
    /// is merged into it, and `form` becomes one of its aliases. When `entity` is not in the
    /// extraction, the stakeholder named `form` is renamed to it.
    case alias(form: String, entity: String)
    /// `merged` and `kept` are one stakeholder: `merged` is folded into `kept`, whose id stays.
    case merge(kept: String, merged: String)
    /// The stakeholder `entity` (an id) in article `article` is someone else: it gets its own
    /// id there, `ENTITY~ARTICLE-SLUG`, and keeps the name.
    case split(entity: String, article: String)

    var kind: String {
        switch self {
        case .alias: return "alias"
        case .merge: return "merge"
        case .split: return "split"
        }
    }

    var columns: (subject: String, object: String) {
        switch self {
        case .alias(let form, let entity): return (form, entity)
        case .merge(let kept, let merged): return (kept, merged)
        case .split(let entity, let article): return (entity, article)
        }
    }

    init?(kind: String, subject: String, object: String) {
        switch kind {
        case "alias": self = .alias(form: subject, entity: object)
        case "merge": self = .merge(kept: subject, merged: object)
        case "split": self = .split(entity: subject, article: object)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .alias(let form, let entity): return "alias \"\(form)\" -> \"\(entity)\""
        case .merge(let kept, let merged): return "merge \"\(merged)\" into \"\(kept)\""
        case .split(let entity, let article): return "split \"\(entity)\" in article \"\(article)\""
        }
    }

    /// The id a split gives the stakeholder in that article.
    public static func splitID(_ entity: String, article: String) -> String {
        "\(entity)~\(Entity.id(forName: article, kind: .organisation).dropFirst("org:".count))"
    }
}

extension Extraction {
    /// The extraction with `rules` applied in order.
    public func applying(_ rules: [CorrectionRule]) -> Extraction {
        rules.reduce(into: self) { $0.apply($1) }
    }

    mutating func apply(_ rule: CorrectionRule) {
        switch rule {
        case .alias(let form, let target):
            let named = entities.filter { $0.name.lowercased() == form.lowercased() || $0.id == Entity.id(forName: form, kind: $0.kind) }
            if let kept = resolve(target) {
                for entity in named where entity.id != kept { merge(entity.id, into: kept) }
                addAlias(form, to: kept)
            } else if let only = named.first {
                let newID = target.contains(":") ? target : Entity.id(forName: target, kind: only.kind)
                rename(only.id, to: newID, name: target.contains(":") ? only.name : target)
                addAlias(form, to: newID)
            }
        case .merge(let kept, let merged):
            guard let k = resolve(kept), let m = resolve(merged), k != m else { return }
            merge(m, into: k)
        case .split(let id, let article):
            split(id, in: article)
        }
    }

    /// An entity id for an id, name or alias (case-insensitive), or nil.
    func resolve(_ key: String) -> String? {
        if entities.contains(where: { $0.id == key }) { return key }
        let lower = key.lowercased()
        if let e = entities.first(where: { $0.name.lowercased() == lower }) { return e.id }
        return entities.first(where: { $0.aliases.contains { $0.lowercased() == lower } })?.id
    }

    private mutating func addAlias(_ form: String, to id: String) {
        guard let i = entities.firstIndex(where: { $0.id == id }) else { return }
        if entities[i].name.lowercased() != form.lowercased(), !entities[i].aliases.contains(where: { $0.lowercased() == form.lowercased() }) {
            entities[i].aliases.append(form)
        }
    }

    /// Folds entity `from` into `to`: aliases, articles, mentions and affiliations join; every
    /// reference to `from` becomes `to`; acts of the stakeholder toward itself are dropped.
    mutating func merge(_ from: String, into to: String) {
        guard let f = entities.firstIndex(where: { $0.id == from }), entities.contains(where: { $0.id == to }) else { return }
        let gone = entities.remove(at: f)
        let t = entities.firstIndex(where: { $0.id == to })!
        var kept = entities[t]
        for form in [gone.name] + gone.aliases
        where form.lowercased() != kept.name.lowercased() && !kept.aliases.contains(where: { $0.lowercased() == form.lowercased() }) {
            kept.aliases.append(form)
        }
        let order = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        kept.articles = Array(Set(kept.articles + gone.articles)).sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
        kept.mentions += gone.mentions
        kept.role = kept.role ?? gone.role
        if kept.affiliation == nil { (kept.affiliation, kept.affiliationID) = (gone.affiliation, gone.affiliationID) }
        for a in gone.affiliations where !kept.affiliations.contains(a) { kept.affiliations.append(a) }
        entities[t] = kept
        replaceReferences(from, with: to, inArticle: nil)
    }

    private mutating func rename(_ from: String, to: String, name: String) {
        guard let i = entities.firstIndex(where: { $0.id == from }) else { return }
        if entities.contains(where: { $0.id == to }) { return merge(from, into: to) }
        if entities[i].name != name, !entities[i].aliases.contains(entities[i].name) { entities[i].aliases.append(entities[i].name) }
        entities[i].aliases.removeAll { $0.lowercased() == name.lowercased() }
        entities[i].id = to
        entities[i].name = name
        replaceReferences(from, with: to, inArticle: nil)
    }

    private mutating func split(_ id: String, in article: String) {
        guard let i = entities.firstIndex(where: { $0.id == id }), entities[i].articles.contains(article) else { return }
        let newID = CorrectionRule.splitID(id, article: article)
        var part = entities[i]
        part.id = newID
        part.articles = [article]
        // Mentions are counted per corpus, not per article: the split share is estimated
        // from the article's acts (at least one mention).
        let share = interactions.filter { $0.article == article && ($0.source == id || $0.target == id) }
            .reduce(0) { $0 + $1.evidenceSpans.count }
        part.mentions = min(entities[i].mentions, max(1, share))
        entities[i].mentions -= part.mentions
        entities[i].articles.removeAll { $0 == article }
        if entities[i].articles.isEmpty { entities.remove(at: i); entities.insert(part, at: i) } else { entities.insert(part, at: i + 1) }
        replaceReferences(id, with: newID, inArticle: article)
    }

    /// Rewrites interactions, article summaries and affiliations (all articles when `inArticle` is nil).
    private mutating func replaceReferences(_ from: String, with to: String, inArticle: String?) {
        var kept: [Interaction] = []
        for var x in interactions {
            if inArticle == nil || x.article == inArticle {
                if x.source == from { x.source = to }
                if x.target == from { x.target = to }
                if x.source == x.target { continue }
                if x.type.isSymmetric, x.target < x.source { swap(&x.source, &x.target) }
            }
            kept.append(x)
        }
        interactions = kept
        for a in articles.indices where inArticle == nil || articles[a].id == inArticle {
            var seen = Set<String>()
            articles[a].entities = articles[a].entities.map { $0 == from ? to : $0 }.filter { seen.insert($0).inserted }
            if let forms = articles[a].aliases.removeValue(forKey: from) {
                articles[a].aliases[to, default: []] += forms.filter { !(articles[a].aliases[to] ?? []).contains($0) }
            }
        }
        guard inArticle == nil else { return }
        for e in entities.indices {
            if entities[e].affiliationID == from { entities[e].affiliationID = to }
            for k in entities[e].affiliations.indices where entities[e].affiliations[k].organisationID == from {
                entities[e].affiliations[k].organisationID = to
            }
        }
    }
}
