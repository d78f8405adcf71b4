import Foundation

/// Reads a file line by line in fixed-size chunks, so a corpus of any size is read in
/// bounded memory. Applies the same rules as `TextDecoding` to each line: a NUL byte makes
/// the file binary, a leading byte-order mark is dropped, invalid UTF-8 is replaced (and
/// reported once, at its first line). A file in UTF-16 (with its byte-order mark) is read
/// whole and converted to UTF-8 first.
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
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path)) } catch {
            throw InputError.unreadable(path: path, reason: FileProblem(error).description)
        }
        self.path = path
        self.handle = handle
    }

    /// Reads an open handle (standard input, a pipe) as it arrives; `path` names it in messages.
    init(handle: FileHandle, path: String) {
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
                throw InputError.unreadable(path: path, reason: FileProblem(error).description)
            }
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
            if consumed == 0, lineNumber == 0, buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
                try convertFromUTF16()
            }
        }
    }

    /// Reads the rest of a UTF-16 file and puts its text, as UTF-8, in the buffer.
    private mutating func convertFromUTF16() throws {
        let rest: Data?
        do { rest = try handle.readToEnd() } catch {
            throw InputError.unreadable(path: path, reason: FileProblem(error).description)
        }
        try? handle.close()
        var data = Data(buffer)
        if let rest { data.append(rest) }
        let text = try TextDecoding.utf16(data, path: path, warnings: &warnings) ?? ""
        buffer = Array(text.utf8)
        position = 0
        atEnd = true
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
