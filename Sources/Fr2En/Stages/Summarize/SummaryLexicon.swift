// Licensed under the Apache License, Version 2.0.

/// Everything language-specific the extractive summariser uses, loaded from `Lexicons/`.
///
/// | file | role |
/// |---|---|
/// | `<lang>.stopwords.txt` | words that carry no content (excluded from similarity and density) |
/// | `<lang>.summary-suffixes.tsv` | suffixes stripped by the light stemmer |
/// | `<lang>.summary-pronouns.txt` | sentence openers that refer back to an earlier sentence |
/// | `<lang>.summary.weights.tsv` | feature weights and parameters |
public struct SummaryLexicon: Sendable {
    public let language: SummaryLanguage
    public let folder: WordFolder
    public let stopWords: FoldedWordList
    public let pronouns: FoldedWordList
    public let stemmer: SuffixStemmer
    public let weights: SummaryWeights

    public init(language: SummaryLanguage, folder: WordFolder, stopWords: FoldedWordList, pronouns: FoldedWordList,
                stemmer: SuffixStemmer, weights: SummaryWeights) {
        self.language = language
        self.folder = folder
        self.stopWords = stopWords
        self.pronouns = pronouns
        self.stemmer = stemmer
        self.weights = weights
    }

    /// Loads the four files of `language` from `lexicons`; `weights` overrides the weight file's path.
    /// - Throws: `LexiconDirectory.LookupError` for a missing file, `SummaryDataError` for a malformed one.
    public static func load(lexicons: LexiconDirectory, language: SummaryLanguage, weights: String? = nil) throws
        -> SummaryLexicon
    {
        let folder = try WordFolder()
        let code = language.rawValue
        return SummaryLexicon(
            language: language,
            folder: folder,
            stopWords: try FoldedWordList.load(path: lexicons.file("\(code).stopwords.txt"), folder: folder),
            pronouns: try FoldedWordList.load(path: lexicons.file("\(code).summary-pronouns.txt"), folder: folder),
            stemmer: try SuffixStemmer.load(path: lexicons.file("\(code).summary-suffixes.tsv"), folder: folder),
            weights: try SummaryWeights.load(path: weights ?? lexicons.file("\(code).summary.weights.tsv")))
    }
}
