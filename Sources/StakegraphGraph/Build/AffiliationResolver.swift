/// Finds the organisation a person belonged to on an event's date.
///
/// The rule, for a person with affiliations and an event spanning days `lower...upper`:
/// - an affiliation counts when its days meet the event's (an affiliation without a
///   start or end is open on that side);
/// - when the counting affiliations all name one organisation, that is it;
/// - otherwise the one overlapping the event by the most days wins, then the one that
///   started last, then the lowest node position;
/// - an undated event rolls up when every affiliation of the person names the same
///   organisation; with several, to the one the article gives (`affiliationID`), if any.
///
/// Organisations and people without a counting affiliation roll up to themselves.
struct AffiliationResolver: Sendable {
    let index: GraphIndex

    /// - Complexity: O(a) in the person's number of affiliations.
    func organisation(of node: Int32, lower: Int32, upper: Int32) -> Int32 {
        guard node >= 0 else { return node }
        let start = Int(index.affiliationOffsets[Int(node)])
        let end = Int(index.affiliationOffsets[Int(node) + 1])
        guard start < end else { return node }
        if lower == DaySpan.undated {
            let first = index.affiliationOrganisation[start]
            for k in (start + 1)..<max(end, start + 1) where index.affiliationOrganisation[k] != first {
                // Several: the organisation the article itself gives, if any.
                let primary = index.primaryAffiliation[Int(node)]
                return primary >= 0 ? primary : node
            }
            return first
        }
        var best: Int32 = -1
        var bestOverlap = Int64.min
        var bestFrom = Int32.min
        for k in start..<end {
            let from = index.affiliationFrom[k], to = index.affiliationTo[k]
            guard from <= upper, to >= lower else { continue }
            let overlap = Int64(min(to, upper)) - Int64(max(from, lower))
            let org = index.affiliationOrganisation[k]
            if overlap > bestOverlap || (overlap == bestOverlap && (from > bestFrom || (from == bestFrom && org < best))) {
                best = org
                bestOverlap = overlap
                bestFrom = from
            }
        }
        return best >= 0 ? best : node
    }
}
