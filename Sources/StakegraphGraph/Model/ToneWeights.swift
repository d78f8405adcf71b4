import StakegraphExtraction

/// The tone each interaction type contributes to a relationship.
///
/// A relationship's `tone` is the mean of its events' weights, so it lies in the range of
/// the weights (-1...1 with the standard ones) and every distinct event counts once,
/// however many articles report it. The standard weights:
///
/// | type | weight | why |
/// |---|---|---|
/// | `criticism` | -1 | hostile |
/// | `support` | +1 | friendly |
/// | `pledge` | +0.5 | a commitment to the other side; weaker than praise, since promises are made in rows too ("pledged to write to") |
/// | `meeting` | +0.3 | contact, mildly positive: talking is engagement, not agreement |
/// | `response` | 0 | a reply says nothing of tone by itself |
///
/// Pass other weights to `StakeholderGraph(extraction:tone:)` to change them; a type
/// missing from `weights` counts 0.
public struct ToneWeights: Sendable, Hashable, Codable {
    public var weights: [InteractionType: Double]

    public init(weights: [InteractionType: Double] = ToneWeights.standard.weights) {
        self.weights = weights
    }

    public static let standard = ToneWeights(weights: [
        .criticism: -1, .support: 1, .pledge: 0.5, .meeting: 0.3, .response: 0,
    ])

    public subscript(type: InteractionType) -> Double { weights[type] ?? 0 }

    /// The weights in `InteractionType.ordinal` order, for tight loops.
    var table: [Double] { InteractionType.allCases.map { self[$0] } }
}
