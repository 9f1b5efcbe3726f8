// Licensed under the Apache License, Version 2.0.

/// One signal the extractive summariser scores a sentence by.
///
/// Raw values name the feature in weight files (`Lexicons/<lang>.summary.weights.tsv`), in `--format jsonl` score
/// parts and in `--dump-features` records. Every value is computed per sentence from the document alone and lies in
/// a small fixed range (mostly [0, 1]) so that one weight vector fits documents of any length.
public enum SummaryFeature: String, CaseIterable, Sendable, Codable, Hashable {
    /// Constant 1: the intercept of the learnt model.
    case bias
    /// 1 for the first candidate sentence of the document.
    case firstSentence
    /// 1 / (sentence index + 1).
    case positionInverse
    /// Sentence index / (sentences − 1): 0 at the start, 1 at the end.
    case positionRelative
    /// 1 for the first sentence of a paragraph other than the first.
    case paragraphStart
    /// 1 / (paragraph index + 1).
    case paragraphInverse
    /// TextRank score (PageRank over word-overlap similarity), divided by the document's highest.
    case textRank
    /// Mean TF-ISF cosine similarity to the other sentences, divided by the document's highest.
    case cosineCentrality
    /// TF-ISF cosine similarity to the title (0 when the document has none).
    case titleSimilarity
    /// TF-ISF cosine similarity to the first sentence (0 for the first sentence itself).
    case leadSimilarity
    /// Sum of the document frequencies of the sentence's recurring content stems, divided by the document's highest.
    case thematic
    /// Words in the sentence / words in the document's longest sentence.
    case lengthRatio
    /// log(1 + words in the sentence) / 5: absolute length on a log scale (about 0.5 for 11 words, 0.7 for 32),
    /// so that long sentences count as long whatever the document's longest.
    case logWords
    /// `textRank` × `lengthRatio`: centrality that pays off only in a long sentence, which covers more of a long
    /// reference (a linear model cannot form this product itself).
    case textRankLength
    /// 1 when the sentence has fewer words than the `shortSentenceWords` parameter.
    case short
    /// Content words / words.
    case contentDensity
    /// Capitalised words that do not start the sentence / words (a stand-in for named entities).
    case entityDensity
    /// Words containing a digit / words.
    case numberDensity
    /// Share of the sentence's words that sit inside quotation marks.
    case quoteFraction
    /// 1 when the first word is a pronoun or determiner that refers back (`<lang>.summary-pronouns.txt`).
    case pronounStart
    /// How far the share of letters among non-space characters falls below the `lowLetterThreshold` parameter,
    /// relative to it: 0 for prose, high for code, URLs, scores and tables that leaked into the text.
    case lowLetters
}
