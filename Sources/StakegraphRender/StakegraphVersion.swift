import StakegraphExtraction

/// The release of Stakegraph, as `stakegraph --version` prints it.
public enum StakegraphVersion {
    /// The release number.
    public static let release = "0.9.0"

    /// `0.9.0 (extractor 1)`: the release and the extractor version the store records
    /// (articles stored by another extractor version are re-extracted by `reindex`).
    public static var description: String { "\(release) (extractor \(Extractor.version))" }
}
