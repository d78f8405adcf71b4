/// The article-extraction benchmark's metric (its README): word 4-gram shingles with counts,
/// per-page precision and recall, each averaged over pages, F1 of the two averages.
struct ShingleScore {
    private(set) var precisions: [Double] = []
    private(set) var recalls: [Double] = []

    /// Adds one page; returns its own precision and recall (nil where the page does not count).
    @discardableResult
    mutating func add(truth: String, prediction: String) -> (precision: Double?, recall: Double?) {
        let expected = Self.shingles(truth), found = Self.shingles(prediction)
        var tp = 0, fp = 0, fn = 0
        for (shingle, count) in found {
            let other = expected[shingle, default: 0]
            tp += min(count, other)
            fp += max(0, count - other)
        }
        for (shingle, count) in expected { fn += max(0, count - found[shingle, default: 0]) }
        var precision: Double?, recall: Double?
        if fp == 0, fn == 0 {
            precision = 1
            recall = 1
        } else {
            if tp + fp > 0 { precision = Double(tp) / Double(tp + fp) }
            if tp + fn > 0 { recall = Double(tp) / Double(tp + fn) }
        }
        if let precision { precisions.append(precision) }
        if let recall { recalls.append(recall) }
        return (precision, recall)
    }

    var precision: Double { precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count) }
    var recall: Double { recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Word 4-grams of `text` with their counts; words are runs of `\w` (letters, digits, `_`).
    static func shingles(_ text: String) -> [String: Int] {
        var words: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWord = character == "_" || character.isLetter || character.isNumber
                || character.unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } == true
            if isWord, start == nil { start = index }
            if !isWord, let first = start {
                words.append(text[first..<index])
                start = nil
            }
            index = text.index(after: index)
        }
        if let first = start { words.append(text[first...]) }
        var counts: [String: Int] = [:]
        guard words.count >= 4 else {
            if !words.isEmpty { counts[words.joined(separator: " "), default: 0] += 1 }
            return counts
        }
        for i in 0...(words.count - 4) { counts[words[i..<(i + 4)].joined(separator: " "), default: 0] += 1 }
        return counts
    }
}
