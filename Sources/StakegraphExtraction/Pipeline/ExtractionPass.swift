/// One pass of extraction over an article's annotated document.
///
/// The document's layers are written in turn: `Document` holds the text layer (tokens,
/// sentences, paragraphs, quotes); the entity passes write the mention layer into a
/// `RecognitionState`; the interaction passes write time, speech, acts and interactions into an
/// `InteractionFinder`. A pass reads only what the passes before it wrote, and writes its own
/// layer; the order is `ExtractionPipeline`. What a pass makes carries a rule id that starts
/// with the pass's `id` ("speech.stance", "cue.criticism.passive"), and `extract --explain`
/// prints them.
protocol ExtractionPass: Sendable {
    /// The layers the pass reads and writes.
    associatedtype Layers
    /// The pass's name in `extract --explain` and the prefix of its rules' ids.
    var id: String { get }
    /// Reads the layers earlier passes wrote and adds this pass's own.
    func run(_ layers: inout Layers)
}

/// A pass over the mention layer (the entity recogniser's state).
protocol EntityPass: ExtractionPass where Layers == RecognitionState {}

/// A pass over the layers after the mentions: time, speech, acts and interactions.
protocol InteractionPass: ExtractionPass where Layers == InteractionFinder {}
