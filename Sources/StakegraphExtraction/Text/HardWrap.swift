/// Finds the line breaks of hard-wrapped text (press releases, emails: paragraphs broken into
/// lines of about the same width) that only continue a paragraph: such a break ends no
/// sentence and splits no name ("Daniel" at one line's end, "Kebede" at the next one's start).
/// Blank lines, short lines (headings, a paragraph's last line) and list items still separate.
struct HardWrap {
    /// Lines this much shorter than the longest are paragraph ends or headings, not wrapped ones.
    static let fullLineShare = 0.6
    /// Text whose longest line is longer than this is not wrapped by width.
    static let widestWrap = 100
    /// Fewer continued lines than this say nothing about wrapping.
    static let fewestWrappedLines = 3

    private struct Line {
        var start: Int
        /// Offset of the line break that ends it, or nil for the last line.
        var newline: Int?
        var length: Int
        var firstContent: Int?
    }

    /// Offsets of the line breaks that continue their paragraph.
    static func softBreaks(in scalars: [Unicode.Scalar]) -> Set<Int> {
        var lines: [Line] = []
        var start = 0
        var first: Int?
        var last = -1
        for (k, s) in scalars.enumerated() {
            if s == "\n" {
                lines.append(Line(start: start, newline: k, length: first.map { last - $0 + 1 } ?? 0, firstContent: first))
                start = k + 1
                first = nil
                last = -1
            } else if !s.isWhitespaceQuickly {
                if first == nil { first = k }
                last = k
            }
        }
        lines.append(Line(start: start, newline: nil, length: first.map { last - $0 + 1 } ?? 0, firstContent: first))
        guard lines.count > fewestWrappedLines else { return [] }
        let widest = lines.map(\.length).max() ?? 0
        guard widest > 0, widest <= widestWrap else { return [] }
        let full = Int(Double(widest) * fullLineShare)
        var soft = Set<Int>()
        var pairs: Set<String>? // (made once, when a block's first line asks)
        for k in 0..<(lines.count - 1) {
            let line = lines[k], next = lines[k + 1]
            guard let newline = line.newline, line.length >= full, let nextFirst = next.firstContent,
                  !startsListItem(scalars, at: nextFirst) else { continue }
            // A block's first line with no sentence end in it, before a capital: a headline.
            let opensBlock = k == 0 || lines[k - 1].length == 0
            // (Unless the words either side of the break stand together elsewhere in the text: a
            // name split, "... accused Tarnwell" then "Water of ...".)
            if opensBlock, scalars[nextFirst].properties.isUppercase,
               !scalars[line.start..<newline].contains(where: { $0 == "." || $0 == "!" || $0 == "?" }),
               !(wordsAround(scalars, newline: newline, next: nextFirst).map { pair in
                   if pairs == nil { pairs = adjacentWordPairs(scalars) }
                   return pairs!.contains(pair)
               } ?? false) { continue }
            soft.insert(newline)
        }
        return soft.count >= fewestWrappedLines ? soft : []
    }

    /// The last word before the break at `newline` and the first word of the next line (at
    /// `next`), as one would write them on one line; nil when either is no word.
    static func wordsAround(_ scalars: [Unicode.Scalar], newline: Int, next: Int) -> String? {
        var last = newline - 1
        while last >= 0, scalars[last].isWhitespaceQuickly { last -= 1 }
        var first = last
        while first > 0, scalars[first - 1].properties.isAlphabetic { first -= 1 }
        var end = next
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        guard last >= 0, first <= last, scalars[last].properties.isAlphabetic, end > next else { return nil }
        return String(String.UnicodeScalarView(scalars[first...last])) + " " + String(String.UnicodeScalarView(scalars[next..<end]))
    }

    /// Every two words that stand one space apart in the text ("Tarnwell Water"), made in one pass.
    static func adjacentWordPairs(_ scalars: [Unicode.Scalar]) -> Set<String> {
        var pairs = Set<String>()
        var previous: Range<Int>?
        var k = 0
        while k < scalars.count {
            guard scalars[k].properties.isAlphabetic else { k += 1; continue }
            var end = k
            while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
            if let p = previous, p.upperBound + 1 == k, scalars[p.upperBound] == " " {
                pairs.insert(String(String.UnicodeScalarView(scalars[p])) + " " + String(String.UnicodeScalarView(scalars[k..<end])))
            }
            previous = k..<end
            k = end
        }
        return pairs
    }

    /// Offsets of single line breaks that go on with a sentence whatever the lines' widths: after
    /// a comma or one of `continuers` ("the", "of", "said"), or before a line opening in lower
    /// case when the line ends in no sentence mark. A blank line and a list item still separate.
    static func continuedLines(in scalars: [Unicode.Scalar], continuers: WordSet) -> Set<Int> {
        var soft = Set<Int>()
        var k = 0
        while k < scalars.count {
            defer { k += 1 }
            guard scalars[k] == "\n" else { continue }
            // The line's last and the next line's first visible characters.
            var last = k - 1
            while last >= 0, scalars[last] != "\n", scalars[last].isWhitespaceQuickly { last -= 1 }
            var next = k + 1
            while next < scalars.count, scalars[next] != "\n", scalars[next].isWhitespaceQuickly { next += 1 }
            guard last >= 0, scalars[last] != "\n", next < scalars.count, scalars[next] != "\n",
                  !startsListItem(scalars, at: next) else { continue }
            let end = scalars[last]
            if end == "," { soft.insert(k); continue }
            if [".", "!", "?", ":", ";"].contains(end) { continue }
            if scalars[next].properties.isLowercase { soft.insert(k); continue }
            var first = last
            while first > 0, scalars[first - 1].properties.isAlphabetic { first -= 1 }
            guard first <= last, scalars[last].properties.isAlphabetic else { continue }
            let word = String(String.UnicodeScalarView(scalars[first...last])).lowercased()
            if continuers.contains(word) { soft.insert(k) }
        }
        return soft
    }

    /// "- item", "* item", "• item", "1. item", "2) item", "> quoted".
    static func startsListItem(_ scalars: [Unicode.Scalar], at k: Int) -> Bool {
        let s = scalars[k]
        if ["-", "*", "\u{2022}", "\u{2013}", "\u{2014}", ">", "#", "|"].contains(s) { return true }
        var j = k
        while j < scalars.count, j - k < 3, scalars[j].properties.numericType != nil { j += 1 }
        return j > k && j < scalars.count && (scalars[j] == "." || scalars[j] == ")")
    }
}
