// The only file of Stakegraph that sees the Graphviz C API: C types never leave it, every
// allocation is paired with its free, and every call into the library holds one lock.
import CGraphviz
import Foundation

/// The Graphviz library, run in-process: parses DOT text, lays it out and renders SVG, PNG or PDF.
///
/// Graphviz keeps global state (the DOT parser, the error channel, plugin tables) and is not
/// thread-safe, so every call into it, from any instance, is serialised behind one process-wide lock.
/// Use `Graphviz.shared` unless you need a context of your own.
public final class Graphviz: @unchecked Sendable {
    /// The process-wide Graphviz context; plugins are loaded once, on first use.
    public static let shared = Graphviz()

    /// Families of Graphviz plugins, as `gvPluginList` names them.
    public enum PluginKind: String, Sendable, Hashable, CaseIterable {
        /// Layout programs (`dot`, `neato`, ...).
        case layout
        /// Renderers (`svg`, `cairo`, ...).
        case render
        /// Output formats (`svg`, `png`, `pdf`, ...).
        case device
    }

    /// The `GVC_t*` this instance owns; only touched while `lock` is held.
    private let context: OpaquePointer

    /// Creates a Graphviz context, loading the plugins listed in Graphviz's `config6a`.
    public init() {
        // Loading plugins may warn (a plugin that will not load): kept like any other warning.
        let context = Graphviz.lock.withLock { GraphvizMessages.capturing { gvContext() } }
        // gvContext() allocates with Graphviz's aborting allocator: it returns nil only if
        // the process is already out of memory.
        guard let context else { fatalError("gvContext() returned no Graphviz context") }
        self.context = context
    }

    deinit {
        Graphviz.lock.withLock { _ = gvFreeContext(context) }
    }

    /// Parses `dot`, lays it out with `engine` and renders the result in `format`, all in-process.
    ///
    /// Warnings Graphviz prints along the way are captured rather than written to standard
    /// error, and kept for `takeWarnings()`; its error messages end up in the thrown error.
    /// - Parameters:
    ///   - dot: the DOT text of one graph (anything after the first graph is ignored).
    ///   - format: the output format; SVG uses the core renderer, PNG and PDF the cairo plugin.
    ///   - engine: the layout program.
    /// - Returns: the rendered document (UTF-8 XML for SVG, binary for PNG and PDF).
    /// - Throws: `GraphvizError.syntax` when `dot` does not parse, `.tooLarge` when the graph
    ///   exceeds `engine.limit`, `.layoutFailed` or `.renderFailed` when Graphviz reports a
    ///   failure, each with Graphviz's message.
    public func render(dot: String, format: GraphvizFormat, engine: LayoutEngine) throws -> Data {
        try Graphviz.lock.withLock {
            try GraphvizMessages.capturing {
                try renderLocked(dot: dot, format: format, engine: engine)
            }
        }
    }

    /// The names of the plugins of `kind` that this context loaded, without repeats.
    public func plugins(_ kind: PluginKind) -> [String] {
        Graphviz.lock.withLock {
            var count: Int32 = 0
            // gvPluginList returns a malloc'ed array of strdup'ed names: free each, then the array.
            guard let list = gvPluginList(context, kind.rawValue, &count, nil) else { return [] }
            defer { free(list) }
            return (0..<Int(count)).compactMap { index -> String? in
                guard let name = list[index] else { return nil }
                defer { free(name) }
                return String(cString: name)
            }
        }
    }

    /// True when the device and the renderer `format` needs are both loaded (cairo for PNG and PDF).
    public func supports(_ format: GraphvizFormat) -> Bool {
        plugins(.device).contains(format.rawValue) && plugins(.render).contains(format.renderer)
    }

    /// True when the layout plugin that provides `engine` is loaded.
    public func supports(_ engine: LayoutEngine) -> Bool {
        plugins(.layout).contains(engine.rawValue)
    }

    /// The warnings of every render since the last call, in our words, each distinct one once
    /// (see `GraphvizWarnings`); empties the list. The command line prints them after writing.
    public static func takeWarnings() -> [String] {
        lock.withLock {
            defer { GraphvizMessages.warnings = [] }
            return GraphvizWarnings.summary(GraphvizMessages.warnings)
        }
    }

    /// The version of the Graphviz library in use (for example "2.42.2").
    public var version: String {
        Graphviz.lock.withLock {
            // The string belongs to the context: copy it, never free it.
            gvcVersion(context).map { String(cString: $0) } ?? "unknown"
        }
    }

    // MARK: - Private

    /// Serialises every call into Graphviz, from every instance.
    private static let lock = NSLock()

    /// Must be called with `lock` held and messages being captured.
    private func renderLocked(dot: String, format: GraphvizFormat, engine: LayoutEngine) throws(GraphvizError) -> Data {
        guard let graph = Self.readFirstGraph(dot) else {
            throw .syntax(message: GraphvizMessages.take(orElse: "the text holds no graph"))
        }
        defer { agclose(graph) }
        // A layout cannot be interrupted: a graph too large for the engine is refused before it starts.
        let (nodes, edges) = (Int(agnnodes(graph)), Int(agnedges(graph)))
        if let limit = engine.limit, !limit.admits(nodes: nodes, edges: edges) {
            throw .tooLarge(engine: engine, nodes: nodes, edges: edges, limit: limit)
        }
        // gvFreeLayout is safe on a graph whose layout failed or never ran; it runs before agclose.
        defer { gvFreeLayout(context, graph) }
        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            throw .layoutFailed(engine: engine, message: GraphvizMessages.take(orElse: "gvLayout failed"))
        }

        var bytes: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format.device, &bytes, &length)
        defer { gvFreeRenderData(bytes) } // free(NULL) is a no-op when rendering failed early
        guard status == 0, let bytes else {
            throw .renderFailed(format: format, message: GraphvizMessages.take(orElse: "gvRenderData failed"))
        }
        return Data(bytes: bytes, count: Int(length))
    }
}

extension Graphviz {
    /// Parses the first graph of `dot`, or returns nil (with Graphviz's message captured) on a
    /// syntax error or text without a graph. Must be called with `lock` held.
    ///
    /// cgraph 2.42 keeps lexer state between `agmemread` calls: the line counter is never reset,
    /// and whatever followed the first graph (a second graph, a stray `}`, blank lines) stays in
    /// the scanner's buffer and is read *before* the next call's text. So the counter is reset
    /// first, and the leftovers are read out afterwards (their graphs closed, their errors dropped),
    /// which leaves the scanner empty for the next call.
    private static func readFirstGraph(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        agreadline(1)
        let graph = dot.withCString { agmemread($0) } // NULL on a syntax error or when there is no graph
        let messages = GraphvizMessages.buffer
        while let leftover = agmemread("") { agclose(leftover) } // ends on end of input or an error
        GraphvizMessages.buffer = messages
        return graph
    }
}

private extension GraphvizFormat {
    /// The `format:renderer` string given to gvRenderData: SVG from the core renderer, which
    /// keeps `<text>` and tooltips; PNG and PDF from cairo.
    var device: String { "\(rawValue):\(renderer)" }

    /// The render plugin behind the format.
    var renderer: String {
        switch self {
        case .svg: return "svg"
        case .png, .pdf: return "cairo"
        }
    }
}

/// The messages Graphviz reported during the current call. Graphviz has a single, global error
/// channel, so the buffer is global too and only touched while `Graphviz.lock` is held.
private enum GraphvizMessages {
    nonisolated(unsafe) static var buffer = ""
    /// Warnings of the renders so far, as Graphviz wrote them, until `Graphviz.takeWarnings()`.
    nonisolated(unsafe) static var warnings: [String] = []

    /// Routes Graphviz's messages into `buffer` for the duration of `body`, then restores the
    /// previous handler. Call with `Graphviz.lock` held.
    static func capturing<T>(_ body: () throws -> T) rethrows -> T {
        buffer = ""
        _ = agreseterrors()
        let previous = agseterrf(collect)
        defer {
            warnings += GraphvizWarnings.warnings(in: buffer)
            agseterrf(previous)
            buffer = ""
        }
        return try body()
    }

    /// The messages captured so far, cleaned of Graphviz's "Error: " prefixes, or `fallback` when
    /// Graphviz said nothing. Empties the buffer.
    static func take(orElse fallback: String) -> String {
        let lines = buffer.split(whereSeparator: \.isNewline).map { line -> String in
            var text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
            return text
        }.filter { !$0.isEmpty }
        buffer = ""
        return lines.isEmpty ? fallback : lines.joined(separator: "\n")
    }

    /// The `agusererrf` callback: Graphviz calls it with each piece of a message
    /// ("Error", ": ", "syntax error in line 1 ...\n"). It runs inside a Graphviz call, so the lock is held.
    static let collect: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { piece in
        if let piece { GraphvizMessages.buffer += String(cString: piece) }
        return 0
    }
}
