/// Output formats of a relationship diagram.
public enum RenderFormat: String, Sendable, CaseIterable {
    case dot, svg, png, pdf, json
}
