import Foundation

/// Reads a JSON Lines corpus: one article per line with `id`, `title`, `date`, `url`, `outlet`, `text`.
struct JSONLinesReader {
    var usDates: Bool

    private struct Record: Decodable {
        var id: LosslessID?
        var title: String?
        var date: String?
        var url: String?
        var source: String?
        var outlet: String?
        var text: String?
    }

    /// Accepts ids written as strings or numbers.
    private struct LosslessID: Decodable {
        var value: String
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { value = s } else if let i = try? c.decode(Int.self) { value = String(i) } else {
                throw DecodingError.typeMismatch(String.self, .init(codingPath: decoder.codingPath, debugDescription: "id must be a string or a number"))
            }
        }
    }

    func articles(in text: String, path: String) throws -> [Article] {
        let decoder = JSONDecoder()
        var result: [Article] = []
        // Split on the newline byte, not the Character: "\r\n" is one Character, and a
        // Windows-written corpus would otherwise read as a single line.
        for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if let article = try article(fromLine: Substring(line), number: index + 1, path: path, decoder: decoder) { result.append(article) }
        }
        return result
    }

    /// The article of one line, or nil for a blank line.
    func article(fromLine line: Substring, number lineNumber: Int, path: String, decoder: JSONDecoder) throws -> Article? {
        let trimmed = line.trimming(\.isWhitespace)
        if trimmed.isEmpty { return nil }
        let record: Record
        do {
            record = try decoder.decode(Record.self, from: Data(trimmed.utf8))
        } catch let error as DecodingError {
            throw InputError.malformedJSONLines(path: path, line: lineNumber, reason: Self.describe(error))
        }
        if let id = record.id?.value, !id.contains(where: { !$0.isWhitespace }) {
            throw InputError.malformedJSONLines(path: path, line: lineNumber, reason: "empty 'id' (leave it out to get FILE:LINE)")
        }
        guard let body = record.text, body.contains(where: { !$0.isWhitespace }) else {
            throw InputError.malformedJSONLines(path: path, line: lineNumber, reason: "missing or empty 'text'")
        }
        var date: EventDate?
        var dateSource = DateSource.metadata
        if let raw = record.date, !raw.isEmpty {
            guard let parsed = ArticleDate.parse(raw, usDates: usDates) else {
                throw InputError.badDate(path: path, line: lineNumber, value: raw)
            }
            date = parsed
        } else {
            date = ArticleDate.dateline(in: body, usDates: usDates)
            dateSource = .dateline
        }
        let normalised = body.utf8.contains(UInt8(ascii: "\r")) ? body.replacingOccurrences(of: "\r\n", with: "\n") : body
        let base = PathParts.name(of: path)
        return Article(id: record.id?.value ?? "\(base):\(lineNumber)", title: record.title, date: date,
                       source: record.url ?? record.source, outlet: record.outlet, dateSource: dateSource, text: normalised,
                       origin: "\(path):\(lineNumber)")
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            if let underlying = context.underlyingError as NSError? {
                return "not valid JSON (\(underlying.userInfo[NSDebugDescriptionErrorKey] as? String ?? underlying.localizedDescription))"
            }
            return "not valid JSON (\(context.debugDescription))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? "expected a JSON object" : "field '\(field)' has the wrong type"
        case .keyNotFound(let key, _):
            return "missing field '\(key.stringValue)'"
        @unknown default:
            return "not valid JSON"
        }
    }
}
