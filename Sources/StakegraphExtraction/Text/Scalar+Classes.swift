extension Unicode.Scalar {
    /// `properties.isAlphabetic`, answered without a Unicode table look-up for ASCII (most text).
    var isLetterQuickly: Bool {
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        return properties.isAlphabetic
    }

    /// `properties.isWhitespace`, answered without a Unicode table look-up for ASCII.
    var isWhitespaceQuickly: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }
}
