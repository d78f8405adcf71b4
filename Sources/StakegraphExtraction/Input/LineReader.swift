import Foundation

/// Reads a file line by line in fixed-size chunks, so a corpus of any size is read in
/// bounded memory. Applies the same rules as `TextDecoding` to each line: a NUL byte makes
/// the file binary, a leading byte-order mark is dropped, invalid UTF-8 is replaced (and
/// reported once, at its first line).
struct LineReader {
    let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    /// Bytes of the file consumed before `buffer`.
    private var consumed = 0
    private var atEnd = false
    private(set) var lineNumber = 0
    private(set) var warnings: [InputWarning] = []
    static let chunkSize = 4 << 20

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError.unreadable(path: path, reason: "cannot open file")
        }
        self.path = path
        self.handle = handle
    }

    /// The next line without its newline, or nil at the end of the file.
    mutating func next() throws -> String? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                return try take(upTo: newline, skip: 1)
            }
            if atEnd {
                guard position < buffer.count else {
                    try? handle.close()
                    return nil
                }
                return try take(upTo: buffer.count, skip: 0)
            }
            // Keep the unfinished line, then read another chunk after it.
            consumed += position
            buffer.removeFirst(position)
            position = 0
            let chunk: Data?
            do { chunk = try handle.read(upToCount: Self.chunkSize) } catch {
                throw InputError.unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }

    private mutating func take(upTo end: Int, skip: Int) throws -> String {
        var bytes = buffer[position..<end]
        if let nul = bytes.firstIndex(of: 0) {
            throw InputError.binaryFile(path: path, offset: consumed + nul)
        }
        lineNumber += 1
        if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        position = end + skip
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if warnings.isEmpty {
            warnings.append(InputWarning(path: path, line: lineNumber, message: "invalid UTF-8 replaced with U+FFFD"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
