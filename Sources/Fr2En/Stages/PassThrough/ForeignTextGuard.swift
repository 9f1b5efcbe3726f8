// Licensed under the Apache License, Version 2.0.

/// Copies sentences that are not French prose (English or German text, program code, shell commands) to the output
/// as they are, and says so, instead of letting the translator break them apart.
///
/// Input: a sentence as the sentence translator left it (its `unknownWords` are the words no lexicon knew).
/// Output: the same sentence, or, when it is judged not to be French, one `.passthrough` segment holding the source
/// text verbatim, with `untranslated` set to the reason (the CLI's JSON Lines output reports it).
///
/// The judgement uses only what the translator already found, so it needs no data of its own:
/// - **code**: at least `minimumCodeSymbols` of `{ } [ ] < > = | & $ \ ; ~ ^` and a backquote, making up at
///   least `codeSymbolShare` of the non-space characters (URLs and e-mail addresses left out), with at least half
///   of the small-letter words unknown or 1.5 times that share: `for (int i = 0; i < n; i++) { … }`,
///   `ls -la | grep x > out.log 2>&1`. `*` and `#` do not count, since Markdown emphasis and titles use them;
///   a line of HTML tags counts as code (markup);
/// - **not French**: at least `minimumWords` words starting with a small letter, of which at least
///   `foreignWordShare` are unknown to the French lexicons: `The quick brown fox jumps over the lazy dog.`
///   Capitalised words are left out of the count, so French full of unknown names stays French.
/// Sentences with a glossary term are always kept as translated: the glossary's terms must appear as it says.
///
/// ```
/// guard.process(translation of "Der Hund ist sehr müde.")  // → "Der Hund ist sehr müde.", .notFrench
/// ```
/// - Complexity: O(n) in the sentence's scalars.
public struct ForeignTextGuard: Stage {
    public static let id = StageID.translate

    /// Fewest small-letter words before a sentence can be judged not French: with 3, two rare words in a short
    /// French sentence ("Ce stratagème a échoué.") were enough to misjudge it.
    public let minimumWords: Int
    /// Share of unknown small-letter words from which a sentence is not French. Measured on 3,033 sentences of
    /// French news (WMT development set; the 2,837 with at least 5 small-letter words): median 0 %, 99th
    /// percentile 14 %, highest 33 %; English and German sentences have 80–100 %.
    public let foreignWordShare: Double
    /// Fewest code symbols before a sentence can be judged code (`a = b` in prose is not code).
    public let minimumCodeSymbols: Int
    /// Share of code symbols among non-space characters from which a sentence can be judged code.
    public let codeSymbolShare: Double

    public init(minimumWords: Int = 5, foreignWordShare: Double = 0.6, minimumCodeSymbols: Int = 3,
                codeSymbolShare: Double = 0.08) {
        self.minimumWords = minimumWords
        self.foreignWordShare = foreignWordShare
        self.minimumCodeSymbols = minimumCodeSymbols
        self.codeSymbolShare = codeSymbolShare
    }

    public func process(_ sentence: TranslatedSentence) -> TranslatedSentence {
        guard sentence.untranslated == nil, sentence.glossaryMatches.isEmpty,
              let reason = reason(for: sentence) else { return sentence }
        return TranslatedSentence(source: sentence.source, segments: [.passthrough(sentence.source.text)],
                                  unknownWords: sentence.unknownWords, untranslated: reason)
    }

    /// Why `sentence` should be copied as it is, or nil when it reads as French.
    public func reason(for sentence: TranslatedSentence) -> UntranslatedReason? {
        let unknownSmall = sentence.unknownWords.lazy.filter { $0.unicodeScalars.first?.properties.isLowercase == true }
            .count
        // Cheap bounds first, so that ordinary French costs almost nothing: "not French" needs at least
        // foreignWordShare × minimumWords unknown small-letter words, and code needs minimumCodeSymbols code
        // symbols (all ASCII) somewhere in the text.
        let mayBeForeign = Double(unknownSmall) >= foreignWordShare * Double(minimumWords)
        guard mayBeForeign || Self.codeSymbolBytes(in: sentence.source.analysis) >= minimumCodeSymbols else {
            return nil
        }
        let counts = Self.count(sentence.source.analysis)
        let unknownShare = counts.smallWords == 0 ? 0 : Double(min(unknownSmall, counts.smallWords))
            / Double(counts.smallWords)
        let symbolShare = Double(counts.codeSymbols) / Double(max(counts.nonSpace, 1))
        if counts.codeSymbols >= minimumCodeSymbols, symbolShare >= codeSymbolShare,
           counts.smallWords == 0 || unknownShare >= 0.5 || symbolShare >= 1.5 * codeSymbolShare
        {
            return .code
        }
        if counts.smallWords >= minimumWords, unknownShare >= foreignWordShare { return .notFrench }
        return nil
    }

    /// Words starting with a small letter, code symbols (outside URLs and e-mail addresses) and non-space scalars
    /// of `text`.
    public static func count(_ text: String) -> (smallWords: Int, codeSymbols: Int, nonSpace: Int) {
        var smallWords = 0, codeSymbols = 0, nonSpace = 0
        for token in text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }) {
            nonSpace += token.count
            if isAddress(token) { continue }
            codeSymbols += token.lazy.filter(isCodeSymbol).count
        }
        var inWord = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            // Apostrophes and hyphens join the parts of one word (aujourd'hui, peut-être).
            let isWordScalar = properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                || (inWord && (scalar == "'" || scalar == "-"))
            if isWordScalar, !inWord, properties.isLowercase { smallWords += 1 }
            inWord = isWordScalar
        }
        return (smallWords, codeSymbols, nonSpace)
    }

    /// How many bytes of `text` are code symbols (an upper bound of `count(_:).codeSymbols`).
    private static func codeSymbolBytes(in text: String) -> Int {
        text.utf8.reduce(0) { total, byte in
            byte < 0x80 && isCodeSymbol(Unicode.Scalar(byte)) ? total + 1 : total
        }
    }

    private static func isCodeSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "{", "}", "[", "]", "<", ">", "=", "|", "&", "$", "\\", ";", "~", "^", "`": true
        default: false
        }
    }

    /// Whether a whitespace-separated token is a URL or an e-mail address (`?a=1&b=2` is not code).
    private static func isAddress(_ token: String.UnicodeScalarView.SubSequence) -> Bool {
        let text = String(String.UnicodeScalarView(token))
        return text.contains("://") || text.contains("@") || text.hasPrefix("www.")
    }
}
