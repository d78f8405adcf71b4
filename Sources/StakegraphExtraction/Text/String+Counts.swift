extension StringProtocol {
    /// Runs of letters and digits.
    var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in unicodeScalars {
            let value = scalar.value
            // ASCII letters and digits without a look-up in Unicode's tables.
            let isWordScalar = value < 0x80
                ? (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar, !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }

    /// Marks that end or divide sentences and quote them: `. , ; : ? !`, quotation marks, and the
    /// full stops and commas of Chinese, Japanese, Arabic and Hindi.
    var punctuationCount: Int {
        unicodeScalars.reduce(0) { count, scalar in
            switch scalar {
            case ".", ",", ";", ":", "?", "!", "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}",
                 "\u{201E}", "\u{3001}", "\u{3002}", "\u{FF0C}", "\u{FF01}", "\u{FF1F}", "\u{060C}", "\u{0964}":
                return count + 1
            default: return count
            }
        }
    }
}
