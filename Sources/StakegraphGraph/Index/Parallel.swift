import Dispatch
import Foundation

/// Splits index ranges across the machine's cores for the few loops worth it (building
/// millions of events or relationships); small inputs run on the calling thread.
enum Parallel {
    /// Number of chunks to split `count` items into.
    static func chunks(for count: Int, minimumPerChunk: Int = 20_000) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / minimumPerChunk))
    }

    /// Calls `body` with each of `chunks` contiguous parts of `0..<count`, concurrently when
    /// there are several; returns when all are done. `body` must only write state owned by
    /// its part.
    static func forEachChunk(count: Int, chunks: Int, _ body: (_ chunk: Int, _ range: Range<Int>) -> Void) {
        guard chunks > 1 else {
            body(0, 0..<count)
            return
        }
        let size = (count + chunks - 1) / chunks
        withoutActuallyEscaping(body) { body in
            // Each call writes only the state of its own part (the caller's contract).
            nonisolated(unsafe) let work = body
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = min(count, chunk * size)
                work(chunk, start..<min(count, start + size))
            }
        }
    }

    /// An array of `count` elements made by `make(i)`, filled by several threads at once.
    static func array<Element>(count: Int, minimumPerChunk: Int = 20_000, _ make: (Int) -> Element) -> [Element] {
        let chunks = chunks(for: count, minimumPerChunk: minimumPerChunk)
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UnsafeMutablePointerBox(buffer.baseAddress)
            forEachChunk(count: count, chunks: chunks) { _, range in
                for i in range { base.pointer!.advanced(by: i).initialize(to: make(i)) }
            }
            initialized = count
        }
    }
}

/// Carries a buffer's base address into worker threads, each of which writes its own part.
struct UnsafeMutablePointerBox<Element>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>?
    init(_ pointer: UnsafeMutablePointer<Element>?) { self.pointer = pointer }
}
