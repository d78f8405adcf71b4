import StakegraphExtraction

extension StakeholderGraph {
    /// GEXF 1.3 for Gephi: a dynamic graph (`timeformat="date"`) whose edges carry one
    /// `<spell>` per dated event, from the first to the last day its date may mean (a day, a
    /// month, a year), so Gephi's timeline shows each contact, not one span from the first
    /// to the last; undated events have no spell, and an edge with none is always present. Nodes carry their label, kind, role and measures; edges their `weight`
    /// (events), counts by type, tone, dates, articles and evidence. Deterministic.
    /// - Parameter measures: the measures to include; all of them are computed when nil.
    public func gexf(measures: GraphMeasures? = nil) -> String {
        let index = self.index
        let measures = measures ?? self.measures()
        let attributes = GraphAttributes(graph: self, measures: measures, index: index)
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>Stakegraph</creator>
            <description>Stakeholder interactions, \(level.rawValue) level</description>
          </meta>
          <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
            <attributes class="node" mode="static">

        """
        for column in attributes.node {
            out += "      <attribute id=\"\(column.id)\" title=\"\(column.id)\" type=\"\(column.type)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        for column in attributes.edge {
            out += "      <attribute id=\"\(column.id)\" title=\"\(column.id)\" type=\"\(column.type)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for (n, node) in nodes.enumerated() {
            out += "      <node id=\"\(XML.escape(node.id))\" label=\"\(XML.escape(node.name))\">\n        <attvalues>\n"
            for column in attributes.node {
                if let value = column.value(n) { out += "          <attvalue for=\"\(column.id)\" value=\"\(XML.escape(value))\"/>\n" }
            }
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (r, relationship) in relationships.enumerated() {
            out += "      <edge id=\"e\(r)\" source=\"\(XML.escape(relationship.source))\" target=\"\(XML.escape(relationship.target))\" weight=\"\(relationship.weight)\">\n        <attvalues>\n"
            for column in attributes.edge {
                if let value = column.value(r) { out += "          <attvalue for=\"\(column.id)\" value=\"\(XML.escape(value))\"/>\n" }
            }
            out += "        </attvalues>\n"
            let spells = relationship.events.compactMap { events[$0].date?.bounds }
            if !spells.isEmpty {
                out += "        <spells>\n"
                for days in spells { out += "          <spell start=\"\(days.lowerBound)\" end=\"\(days.upperBound)\"/>\n" }
                out += "        </spells>\n"
            }
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
