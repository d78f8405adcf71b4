import Foundation

/// Turns raw bytes into text: reads UTF-16 with a byte-order mark, refuses binary data, and
/// decodes invalid UTF-8 with replacement characters plus a warning that names the first
/// bad line.
enum TextDecoding {
    static func decode(_ data: Data, path: String, warnings: inout [InputWarning]) throws -> String {
        if let text = try utf16(data, path: path, warnings: &warnings) { return text }
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

    /// The text of UTF-16 bytes that start with a byte-order mark (`FF FE` little-endian,
    /// `FE FF` big-endian), or nil for bytes without one. Unpaired surrogates and an odd last
    /// byte become U+FFFD with a warning; a U+0000 character makes the file binary.
    static func utf16(_ data: Data, path: String, warnings: inout [InputWarning]) throws -> String? {
        guard data.count >= 2 else { return nil }
        let first = data[data.startIndex], second = data[data.startIndex + 1]
        let bigEndian: Bool
        switch (first, second) {
        case (0xFF, 0xFE): bigEndian = false
        case (0xFE, 0xFF): bigEndian = true
        default: return nil
        }
        let body = data.dropFirst(2)
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        if let nul = units.firstIndex(of: 0) {
            throw InputError.binaryFile(path: path, offset: 2 + 2 * nul)
        }
        var text = String(validating: units, as: UTF16.self)
        if text == nil || body.count % 2 != 0 {
            let line = 1 + units.prefix(while: { !(0xD800...0xDFFF).contains($0) }).filter { $0 == 0x0A }.count
            warnings.append(InputWarning(path: path, line: line, message: "invalid UTF-16 replaced with U+FFFD"))
            text = String(decoding: units, as: UTF16.self) + (body.count % 2 != 0 ? "\u{FFFD}" : "")
        }
        return text
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
