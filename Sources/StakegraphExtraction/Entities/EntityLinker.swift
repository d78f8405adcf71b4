import Foundation

/// Gives the same stakeholder one id across articles: by dictionary entry, by full name,
/// or by an acronym that another article spells out. People known only by a surname are
/// linked only to the same bare surname, so two people who share a surname stay two.
struct EntityLinker {
    let dictionary: StakeholderDictionary
    private var order: [String] = []
    private var linked: [String: Entity] = [:]
    /// Text-stated affiliations per person id: (article date, organisation id, name, role).
    private var observed: [String: [(EventDate?, String, String, String?)]] = [:]
    private var acronymOwner: [String: String] = [:]

    init(dictionary: StakeholderDictionary) {
        self.dictionary = dictionary
    }

    static func slug(_ s: String) -> String {
        // ASCII names (most) need no Unicode folding: lower-casing is all it would do.
        let folded = s.utf8.allSatisfy({ $0 < 0x80 }) ? s.lowercased() : s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        var dash = false
        for ch in folded.unicodeScalars {
            if ch.isLetterQuickly || (ch.value >= 0x30 && ch.value <= 0x39) || ch.value >= 0x80 && ch.properties.numericType != nil {
                out.unicodeScalars.append(ch)
                dash = false
            } else if !dash, !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        return out.hasSuffix("-") ? String(out.dropLast()) : out
    }

    func id(for entity: LocalEntity) -> String {
        switch entity.kind {
        case .organisation:
            // A dictionary entry's entity carries the entry's canonical name.
            if entity.dictionaryOrganisation != nil { return "org:" + Self.slug(entity.name) }
            if entity.name == entity.name.uppercased(), let owner = acronymOwner[entity.name] { return owner }
            return "org:" + Self.slug(entity.name)
        case .person:
            if entity.dictionaryPerson != nil { return "person:" + Self.slug(entity.name) }
            return "person:" + Self.slug(entity.name)
        }
    }

    /// Adds one article's entities; returns the global id of each local entity.
    mutating func add(_ result: Extractor.ArticleResult) -> [String] {
        for e in result.entities where e.kind == .organisation && e.name != e.name.uppercased() {
            let key = id(for: e)
            for a in e.acronyms where acronymOwner[a] == nil { acronymOwner[a] = key }
        }
        var ids: [String] = []
        for (index, local) in result.entities.enumerated() {
            let key = id(for: local)
            ids.append(key)
            var entity = linked[key] ?? Entity(id: key, name: local.name, kind: local.kind)
            if linked[key] == nil { order.append(key) }
            if local.name.count > entity.name.count && local.dictionaryOrganisation == nil && local.dictionaryPerson == nil {
                entity.aliases.append(entity.name)
                entity.name = local.name
            }
            for alias in local.aliases + (local.name != entity.name ? [local.name] : [])
            where alias.lowercased() != entity.name.lowercased() && !entity.aliases.contains(where: { $0.lowercased() == alias.lowercased() }) {
                entity.aliases.append(alias)
            }
            if !entity.articles.contains(result.article.id), result.mentionCounts[index] > 0 { entity.articles.append(result.article.id) }
            entity.mentions += result.mentionCounts[index]
            if let role = local.role { entity.role = role }
            if let aff = local.affiliationName {
                entity.affiliation = aff
                let orgID = local.affiliation.map { id(for: result.entities[$0]) } ?? affiliationID(named: aff)
                observed[key, default: []].append((result.article.date, orgID, aff, local.role))
            }
            linked[key] = entity
        }
        return ids
    }

    private func affiliationID(named name: String) -> String {
        if let d = dictionary.organisations.firstIndex(where: { $0.name.lowercased() == name.lowercased() || $0.acronyms.contains(name) || $0.aliases.contains { $0.lowercased() == name.lowercased() } }) {
            return "org:" + Self.slug(dictionary.organisations[d].name)
        }
        return acronymOwner[name] ?? "org:" + Self.slug(name)
    }

    /// The linked entities, in first-seen order, with affiliations bounded by date.
    func entities() -> [Entity] {
        order.compactMap { key in
            guard var entity = linked[key] else { return nil }
            if entity.kind == .person {
                entity.affiliations = affiliations(for: key)
                if let aff = entity.affiliation {
                    entity.affiliationID = entity.affiliations.last(where: { $0.organisation == aff })?.organisationID ?? affiliationID(named: aff)
                }
            }
            return entity
        }
    }

    private func affiliations(for key: String) -> [Affiliation] {
        var result: [Affiliation] = []
        if key.hasPrefix("person:"), let person = dictionary.people.first(where: { "person:" + Self.slug($0.name) == key }) {
            result = person.roles.map { Affiliation(organisation: $0.organisation, organisationID: affiliationID(named: $0.organisation), role: $0.role, from: $0.from, to: $0.to) }
        }
        let seen = (observed[key] ?? []).sorted { ($0.0?.bounds.lowerBound.ordinal ?? .min) < ($1.0?.bounds.lowerBound.ordinal ?? .min) }
        var firstSeen: [(String, String, String?, Day?)] = []
        for (date, orgID, name, role) in seen where !firstSeen.contains(where: { $0.0 == orgID }) {
            firstSeen.append((orgID, name, role, date?.bounds.lowerBound))
        }
        for (k, item) in firstSeen.enumerated() where !result.contains(where: { $0.organisationID == item.0 }) {
            let from = k == 0 ? nil : item.3
            let to = k + 1 < firstSeen.count ? firstSeen[k + 1].3?.adding(days: -1) : nil
            result.append(Affiliation(organisation: item.1, organisationID: item.0, role: item.2, from: from, to: to))
        }
        return result
    }
}
