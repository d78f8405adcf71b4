import Foundation

/// One slot per work item, filled by the worker that did it; each slot is written once, by one
/// thread, and read after all workers are done (`DispatchQueue.concurrentPerform` returns).
final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] { slots.map { $0! } }
}
