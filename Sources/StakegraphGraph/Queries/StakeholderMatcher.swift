import StakegraphExtraction

extension StakeholderGraph {
    /// The stakeholders a query names: the node with exactly that id if there is one,
    /// otherwise every node whose id, name or an alias equals the query, ignoring case
    /// and surrounding spaces. Organisations known only from affiliations are searched too.
    /// - Complexity: O(n) in the number of nodes and aliases.
    public func stakeholders(matching query: String) -> [StakeholderNode] {
        let index = self.index
        return positions(matching: query, in: index).map { index.node(Int($0), in: nodes) }
    }

    func positions(matching query: String, in index: GraphIndex) -> [Int32] {
        if let exact = index.nodeByID[query] { return [exact] }
        let wanted = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return [] }
        var found: [Int32] = []
        for position in 0..<index.nodeCount {
            let node = index.node(position, in: nodes)
            if node.id.lowercased() == wanted || node.name.lowercased() == wanted
                || node.aliases.contains(where: { $0.lowercased() == wanted }) {
                found.append(Int32(position))
            }
        }
        return found
    }

    /// Positions of every stakeholder the queries name, in position order.
    /// - Throws: `GraphQueryError.unknownStakeholder` for a query that names none.
    func resolve(_ queries: [String], in index: GraphIndex) throws(GraphQueryError) -> [Int32] {
        var result = Set<Int32>()
        for query in queries {
            let found = positions(matching: query, in: index)
            guard !found.isEmpty else { throw .unknownStakeholder(query) }
            result.formUnion(found)
        }
        return result.sorted()
    }

    /// Like `resolve(_:in:)` on a view made from `base`; a query that names a stakeholder
    /// of `base` the view rolled up throws `.rolledUp` instead of `.unknownStakeholder`.
    func resolve(_ queries: [String], in index: GraphIndex, viewOf base: StakeholderGraph) throws(GraphQueryError) -> [Int32] {
        do {
            return try resolve(queries, in: index)
        } catch .unknownStakeholder(let query) {
            if base.level != level, !base.positions(matching: query, in: base.index).isEmpty { throw .rolledUp(query, level) }
            throw .unknownStakeholder(query)
        } catch {
            throw error
        }
    }

    /// The graph at `level`: itself when it shows that level already, else its view at
    /// that level (`view(level:)`, no filter).
    public func atLevel(_ level: GraphLevel) throws(GraphQueryError) -> StakeholderGraph {
        level == self.level ? self : try view(level: level)
    }

    /// The graph every command draws and exports for `level` and `filter`, so that the same
    /// input and options give the same diagram whatever the command (`graph`, `analyze`,
    /// `report`): the whole graph at that level when the filter keeps everything (stakeholders
    /// without a relationship included), else `view(level:filter:)`.
    public func shown(level: GraphLevel, filter: GraphFilter = GraphFilter()) throws(GraphQueryError) -> StakeholderGraph {
        let keepsEverything = filter.dates == nil && filter.types == nil && filter.focus.isEmpty && filter.minimumWeight <= 1
        return keepsEverything ? try atLevel(level) : try view(level: level, filter: filter)
    }
}
