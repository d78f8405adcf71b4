import StakegraphExtraction

/// How a stakeholder's node looks in the relationship and comparison diagrams: organisations
/// grey rounded boxes, people white ellipses.
enum NodeStyle {
    /// The shape and fill attributes of a node of `kind`.
    static func attributes(for kind: EntityKind) -> DOTAttributes {
        switch kind {
        case .organisation: return ["shape": "box", "style": "filled,rounded", "fillcolor": "#E0E0E0"]
        case .person: return ["shape": "ellipse", "fillcolor": "#FFFFFF"]
        }
    }
}
