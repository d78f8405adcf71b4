import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line on standard error that says what a long run is doing and for how long
/// (`stakegraph: extracting articles (4.2 s)`), redrawn in place every `interval` and erased
/// when the run ends; then, unless silenced, a one-line summary.
///
/// Shown only when `isEnabled` (the command line enables it when standard error is a terminal
/// and `--quiet` is not given); otherwise every call does nothing.
public final class ProgressLine: @unchecked Sendable {
    /// Whether anything is written.
    public let isEnabled: Bool
    private let write: @Sendable (String) -> Void
    private let clock: @Sendable () -> Double
    private let interval: Double
    private let lock = NSLock()
    private var stage: String?
    private var started: Double
    private var shown = false
    private var ticker: Thread?

    /// - Parameters:
    ///   - write: where the text goes (standard error by default); it receives carriage returns
    ///     and the terminal's erase-line sequence.
    ///   - clock: seconds from any fixed start (a monotonic clock by default).
    ///   - interval: how often the elapsed time is redrawn, in seconds; 0 draws only on `stage(_:)`.
    public init(isEnabled: Bool, interval: Double = 0.5,
                write: @escaping @Sendable (String) -> Void = ProgressLine.writeToStandardError,
                clock: @escaping @Sendable () -> Double = ProgressLine.monotonicSeconds) {
        self.isEnabled = isEnabled
        self.write = write
        self.clock = clock
        self.interval = interval
        started = clock()
    }

    deinit { ticker?.cancel() }

    /// True when standard error is a terminal.
    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// The line for `stage` after `seconds`.
    public static func text(stage: String, seconds: Double) -> String {
        "stakegraph: \(stage) (\(seconds < 60 ? String(format: "%.1f s", seconds) : "\(Int(seconds) / 60) min \(Int(seconds) % 60) s"))"
    }

    /// Says that the run is now doing `name` (`reading and extracting articles`), and starts
    /// redrawing the elapsed time.
    public func stage(_ name: String) {
        guard isEnabled else { return }
        lock.withLock {
            stage = name
            draw()
        }
        startTicker()
    }

    /// Erases the line and, when `summary` is given, writes it as a line of its own.
    public func finish(summary: String? = nil) {
        guard isEnabled else { return }
        ticker?.cancel()
        lock.withLock {
            if shown { write("\r\u{1B}[K") }
            shown = false
            stage = nil
            if let summary { write("stakegraph: \(summary)\n") }
        }
    }

    /// Seconds since the line was made.
    public var elapsed: Double { clock() - started }

    /// Draws the current stage; the lock is held.
    private func draw() {
        guard let stage else { return }
        write("\r\u{1B}[K" + Self.text(stage: stage, seconds: clock() - started))
        shown = true
    }

    private func startTicker() {
        guard interval > 0, ticker == nil else { return }
        let thread = Thread { [weak self, interval] in
            while !Thread.current.isCancelled {
                Thread.sleep(forTimeInterval: interval)
                guard let self, !Thread.current.isCancelled else { return }
                self.lock.withLock { self.draw() }
            }
        }
        ticker = thread
        thread.start()
    }

    /// Writes `text` to standard error as it is.
    public static let writeToStandardError: @Sendable (String) -> Void = { text in
        _ = FileDescriptorWriter(descriptor: STDERR_FILENO).write(Data(text.utf8))
    }

    /// Seconds on the system's monotonic clock.
    public static let monotonicSeconds: @Sendable () -> Double = {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
