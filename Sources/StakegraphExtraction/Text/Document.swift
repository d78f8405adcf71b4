/// An article's text prepared for extraction: tokens, sentences, paragraphs and quotations,
/// all addressed by token index, with offsets back into the text in Unicode scalars.
struct Document {
    struct Sentence: Hashable {
        /// Token range.
        var range: Range<Int>
        var paragraph: Int
    }

    /// A stretch of quoted words; `range` excludes the quotation marks.
    struct Quote: Hashable {
        var range: Range<Int>
        var paragraph: Int
        /// Index of the opening mark, or nil when the quote reopened a paragraph (continuation).
        var opening: Int?
    }

    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    private(set) var sentences: [Sentence] = []
    /// For each token, its sentence.
    private(set) var sentenceOf: [Int] = []
    /// For each token, its paragraph.
    private(set) var paragraphOf: [Int] = []
    private(set) var quotes: [Quote] = []
    /// For each token, the quote it stands in, if any.
    private(set) var quoteOf: [Int?] = []

    /// Tokenises `text` and finds its sentences, paragraphs and quotes; a full stop right after
    /// one of `abbreviations` (the lexicon's, lower case without the stop) ends no sentence.
    init(text: String, abbreviations: WordSet = Lexicon.standard.abbreviations, lineContinuers: WordSet = Lexicon.standard.lineContinuers) {
        scalars = Array(text.unicodeScalars)
        tokens = Tokenizer(lineContinuers: lineContinuers).tokens(of: scalars)
        splitSentences(abbreviations: abbreviations)
        indexParagraphs()
        findQuotes()
    }

    /// The text of a token range as written.
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count, !range.isEmpty else { return "" }
        return text(from: tokens[first].start, to: tokens[range.upperBound - 1].end)
    }

    func text(from start: Int, to end: Int) -> String {
        Self.string(scalars[start..<end])
    }

    /// Scalars as a string, encoded straight to UTF-8: many times faster than appending them
    /// one by one to a `String.UnicodeScalarView`.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.value < 0x80 { bytes.append(UInt8(scalar.value)) } else { bytes.append(contentsOf: UTF8.encode(scalar)!) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Longest sentence kept whole; longer runs of text (scraped pages without full stops) are
    /// cut at a comma or semicolon, or hard, so that every per-sentence step stays linear.
    static let longestSentence = 160

    private mutating func splitSentences(abbreviations: WordSet) {
        var start = 0
        var paragraph = 0
        paragraphOf = Array(repeating: 0, count: tokens.count)
        func close(_ end: Int) {
            var from = start
            while end - from > Self.longestSentence {
                let window = (from + Self.longestSentence / 2)..<(from + Self.longestSentence)
                let cut = window.last(where: { [",", ";", ":"].contains(tokens[$0].text) }).map { $0 + 1 } ?? (from + Self.longestSentence)
                sentences.append(Sentence(range: from..<cut, paragraph: paragraph))
                from = cut
            }
            if end > from { sentences.append(Sentence(range: from..<end, paragraph: paragraph)) }
            start = end
        }
        for i in tokens.indices {
            if i > 0, tokens[i].newlineBefore {
                close(i)
                paragraph += 1
            }
            paragraphOf[i] = paragraph
            let t = tokens[i]
            guard t.kind == .punctuation, [".", "!", "?", "\u{2026}"].contains(t.text) else { continue }
            if t.text == ".", i > 0 {
                let prev = tokens[i - 1]
                if abbreviations.contains(prev.lower) && prev.end == t.start { continue }
                if prev.kind == .word, prev.text.count == 1, prev.isCapitalised { continue } // an initial
            }
            // Swallow closing quotes and brackets that belong to this sentence.
            var end = i + 1
            while end < tokens.count, !tokens[end].newlineBefore,
                  tokens[end].kind == .closeQuote || tokens[end].text == ")" || tokens[end].text == "\u{2019}" {
                end += 1
            }
            guard end < tokens.count else { continue }
            let next = tokens[end]
            if next.newlineBefore { continue } // the paragraph break closes it
            let startsSentence = next.isCapitalised || next.kind == .number || next.kind == .openQuote
                || (next.kind == .punctuation && ["(", "[", "\u{2018}", "'", "-", "\u{2014}"].contains(next.text))
            if startsSentence { close(end) }
        }
        close(tokens.count)
        sentenceOf = Array(repeating: 0, count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for t in sentence.range { sentenceOf[t] = index }
        }
    }

    /// Pairs quotation marks within paragraphs; a quote left open at a paragraph's end closes there.
    private mutating func findQuotes() {
        quoteOf = Array(repeating: nil, count: tokens.count)
        var open: Int?
        var paragraph = -1
        func finish(_ end: Int) {
            guard let o = open else { return }
            if end > o + 1 {
                quotes.append(Quote(range: (o + 1)..<end, paragraph: paragraphOf[o], opening: o))
            }
            open = nil
        }
        var singleOpen = false
        for i in tokens.indices {
            if paragraphOf[i] != paragraph {
                finish(i)
                singleOpen = false
                paragraph = paragraphOf[i]
            }
            switch tokens[i].kind {
            case .openQuote:
                if open != nil { finish(i) }
                open = i
                singleOpen = false
            case .closeQuote:
                if open != nil { finish(i) }
            default:
                // Single quotation marks, as some outlets print speech: ‘...’.
                // (Straight marks too, as many sites print them: ' opening after a space or a line
                // start, right before a word; a lone ' after a word or a comma closing.)
                let straight = tokens[i].text == "'" && tokens[i].kind == .punctuation
                if tokens[i].text == "\u{2018}" || straight && opensWord(at: i), open == nil, i + 1 < tokens.count, !tokens[i + 1].newlineBefore {
                    open = i
                    singleOpen = true
                } else if singleOpen, tokens[i].text == "\u{2019}" || straight, let o = open, i > o + 1,
                          tokens[i].kind == .punctuation || !closesLater(after: i) {
                    // "‘ferry problems’ as she ...": a mark read as a plural's apostrophe closes
                    // the quote when no other mark in the paragraph does.
                    finish(i)
                    singleOpen = false
                }
            }
        }
        finish(tokens.count)
        for (index, quote) in quotes.enumerated() {
            for t in quote.range { quoteOf[t] = index }
        }
    }

    /// A mark with a space or a line start before it and a word right after it.
    private func opensWord(at i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].start == tokens[i].end, tokens[i + 1].kind == .word else { return false }
        return i == 0 || tokens[i].newlineBefore || tokens[i - 1].end < tokens[i].start
    }

    /// Whether a closing single mark (not an apostrophe) follows `i` in its paragraph.
    private func closesLater(after i: Int) -> Bool {
        var k = i + 1
        while k < tokens.count, paragraphOf[k] == paragraphOf[i] {
            if tokens[k].text == "\u{2019}", tokens[k].kind == .punctuation { return true }
            if tokens[k].text == "\u{2018}" { return false }
            k += 1
        }
        return false
    }

    /// Token range of the paragraph holding token `t`.
    func paragraphRange(of t: Int) -> Range<Int> {
        paragraphRanges[paragraphOf[t]]
    }

    /// Token range of each paragraph, in order.
    private(set) var paragraphRanges: [Range<Int>] = []

    private mutating func indexParagraphs() {
        var start = 0
        for i in tokens.indices where i > 0 && paragraphOf[i] != paragraphOf[i - 1] {
            paragraphRanges.append(start..<i)
            start = i
        }
        if !tokens.isEmpty { paragraphRanges.append(start..<tokens.count) }
    }
}
