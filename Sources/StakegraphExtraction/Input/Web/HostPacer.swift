import Foundation

/// Keeps requests to one host apart by at least a delay, so that reading many pages of one
/// site does not hammer it. Shared by copies of a `PageFetcher`.
final class HostPacer: @unchecked Sendable {
    private let delay: Double
    private let lock = NSLock()
    private var lastRequest: [String: Date] = [:]

    init(delay: Double) {
        self.delay = delay
    }

    /// Waits until a request to `host` may be made, and records it as made now.
    func wait(for host: String) {
        lock.lock()
        let previous = lastRequest[host]
        let start = previous.map { max(Date(), $0.addingTimeInterval(delay)) } ?? Date()
        lastRequest[host] = start
        lock.unlock()
        let pause = start.timeIntervalSinceNow
        if pause > 0 { Thread.sleep(forTimeInterval: pause) }
    }
}
