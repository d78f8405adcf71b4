import Foundation

/// Turns raw bytes into text: refuses binary data, and decodes invalid UTF-8 with
/// replacement characters plus a warning that names the first bad line.
enum TextDecoding {
    static func decode(_ data: Data, path: String, warnings: inout [InputWarning]) throws -> String {
        if let nul = data.firstIndex(of: 0) {
            throw InputError.binaryFile(path: path, offset: nul - data.startIndex)
        }
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        let line = firstInvalidLine(bytes)
        warnings.append(InputWarning(path: path, line: line, message: "invalid UTF-8 replaced with U+FFFD"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// 1-based line of the first byte sequence that is not valid UTF-8.
    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var lineStart = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[lineStart..<i], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = i + 1
        }
        return line
    }
}
