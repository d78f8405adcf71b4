import Foundation
import Testing
@testable import StakegraphExtraction

/// Extraction from many threads at once, as the test runner and a server calling the library do:
/// the lexicon's tables are shared by every thread, and each thread must get the bytes of a
/// run on its own (a crash here, or a difference, is a race).
@Suite struct ConcurrentExtractionTests {
    @Test func sixThreadsSharingOneExtractorGetTheSerialBytes() throws {
        let samples = packageRoot.appendingPathComponent("Samples/articles").path
        let articles = try ArticleLoader().load(paths: [samples]).articles
        #expect(articles.count > 1)
        let extractor = Extractor()
        let serial = try extractor.extract(articles, parallel: false).jsonData()
        let threads = 6
        let outputs = ThreadOutputs(count: threads)
        let done = DispatchGroup()
        for n in 0..<threads {
            done.enter()
            let thread = Thread {
                let data = (try? extractor.extract(articles, parallel: false).jsonData()) ?? Data()
                outputs.store(data, at: n)
                done.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        done.wait()
        for n in 0..<threads { #expect(outputs.value(at: n) == serial, "thread \(n)") }
    }
}

/// The outputs of the threads, each written once by its own thread.
private final class ThreadOutputs: @unchecked Sendable {
    private let lock = NSLock()
    private var outputs: [Data?]

    init(count: Int) { outputs = Array(repeating: nil, count: count) }

    func store(_ data: Data, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        outputs[index] = data
    }

    func value(at index: Int) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        return outputs[index]
    }
}
