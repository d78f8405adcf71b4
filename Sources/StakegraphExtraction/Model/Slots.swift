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

/// `transform` applied to every item on all cores (`DispatchQueue.concurrentPerform`),
/// results in the items' order.
func inParallel<Item, Value>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Value) -> [Value] {
    let slots = Slots<Value>(count: items.count)
    let box = UncheckedBox(items)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
        slots.store(transform(box.value[i]), at: i)
    }
    return slots.values()
}

/// A value handed to `DispatchQueue.concurrentPerform` workers that only read it.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
