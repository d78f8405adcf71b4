extension StakeholderGraph {
    /// GraphML for Gephi, yEd or NetworkX: nodes with `label`, `kind`, `role` and the
    /// measures; one directed edge per relationship with counts by type, `weight` (events),
    /// `tone`, `first_date`, `last_date`, `articles` and `evidence` (first sentence of each
    /// event); the graph carries its `level`. Deterministic: nodes and edges in graph order.
    /// - Parameter measures: the measures to include; all of them are computed when nil.
    public func graphML(measures: GraphMeasures? = nil) -> String {
        let index = self.index
        let measures = measures ?? self.measures()
        let attributes = GraphAttributes(graph: self, measures: measures, index: index)
        func graphMLType(_ type: String) -> String { type == "integer" ? "int" : type }
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="level" for="graph" attr.name="level" attr.type="string"/>
          <key id="label" for="node" attr.name="label" attr.type="string"/>

        """
        for column in attributes.node {
            out += "  <key id=\"n_\(column.id)\" for=\"node\" attr.name=\"\(column.id)\" attr.type=\"\(graphMLType(column.type))\"/>\n"
        }
        for column in attributes.edge {
            out += "  <key id=\"e_\(column.id)\" for=\"edge\" attr.name=\"\(column.id)\" attr.type=\"\(graphMLType(column.type))\"/>\n"
        }
        out += "  <graph id=\"stakegraph\" edgedefault=\"directed\">\n    <data key=\"level\">\(level.rawValue)</data>\n"
        for (n, node) in nodes.enumerated() {
            out += "    <node id=\"\(XML.escape(node.id))\">\n      <data key=\"label\">\(XML.escape(node.name))</data>\n"
            for column in attributes.node {
                if let value = column.value(n) { out += "      <data key=\"n_\(column.id)\">\(XML.escape(value))</data>\n" }
            }
            out += "    </node>\n"
        }
        for (r, relationship) in relationships.enumerated() {
            out += "    <edge id=\"e\(r)\" source=\"\(XML.escape(relationship.source))\" target=\"\(XML.escape(relationship.target))\">\n"
            for column in attributes.edge {
                if let value = column.value(r) { out += "      <data key=\"e_\(column.id)\">\(XML.escape(value))</data>\n" }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
