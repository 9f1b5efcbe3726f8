// Licensed under the Apache License, Version 2.0.

/// The words of one sentence as the summariser sees them, with the counts its features need.
///
/// Words are maximal runs of letters and digits (apostrophes and hyphens separate words, so "l'État" gives
/// "l" and "etat"), folded with `WordFolder`. A dateline at the start is skipped.
public struct SentenceTokens: Sendable, Hashable {
    public struct Word: Sendable, Hashable {
        /// The folded form (UTF-8).
        public var folded: [UInt8]
        /// Starts with a capital letter in the text.
        public var capitalised: Bool
        /// Contains a digit.
        public var hasDigit: Bool
        /// Sits inside quotation marks.
        public var quoted: Bool
    }

    public var words: [Word]
    /// Letters in the sentence (dateline included).
    public var letters: Int
    /// Non-space characters in the sentence (dateline included).
    public var visible: Int
    /// Characters of the dateline skipped at the start (0 when none).
    public var datelineLength: Int

    /// Tokenises `text`.
    /// - Parameters:
    ///   - display: the rendering whose capitals count (`Sentence.text`, aligned scalar for scalar with `text`),
    ///     when `text` is an analysis rendering that may carry added capitals (`CaselessTextHint`).
    ///   - dateline: when given, a dateline at the start is detected and skipped.
    public init(_ text: String, display: String? = nil, folder: WordFolder, dateline: DatelineDetector?) {
        let scalars = Array(text.unicodeScalars)
        var shown = display.map { Array($0.unicodeScalars) } ?? scalars
        if shown.count != scalars.count { shown = scalars }
        words = []
        letters = 0
        visible = 0
        datelineLength = dateline?.prefixLength(scalars) ?? 0
        var inQuote = false
        var current: [UInt8] = []
        var capitalised = false
        var hasDigit = false
        func flush() {
            guard !current.isEmpty else { return }
            words.append(Word(folded: current, capitalised: capitalised, hasDigit: hasDigit, quoted: inQuote))
            current = []
        }
        for (index, scalar) in scalars.enumerated() {
            if ScalarClass.isWhitespace(scalar) { flush(); continue }
            visible += 1
            let isLetter = ScalarClass.isLetter(scalar)
            if isLetter { letters += 1 }
            if index < datelineLength { continue }
            let isDigit = !isLetter && ScalarClass.isDigit(scalar)
            if isLetter || isDigit || ScalarClass.isCombiningMark(scalar) {
                if current.isEmpty {
                    capitalised = ScalarClass.isUppercase(shown[index])
                    hasDigit = false
                }
                if isDigit { hasDigit = true }
                folder.fold(scalar, into: &current)
                continue
            }
            flush()
            switch scalar {
            case "\"": inQuote.toggle()
            case "«", "\u{201C}", "\u{201E}": inQuote = true
            case "»", "\u{201D}": inQuote = false
            default: break
            }
        }
        flush()
    }
}
