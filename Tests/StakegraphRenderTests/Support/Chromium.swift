import Foundation

/// Headless Chromium for the report's browser checks, when installed, and the script that runs it.
enum Chromium {
    /// The first of chromium, chromium-browser and google-chrome on PATH; nil when none is.
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            if let found = folders.map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
                return found
            }
        }
        return nil
    }()

    /// `scripts/check-report.sh` of this package.
    static let checkScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/check-report.sh").path
}
