// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Summarises a document by choosing some of its sentences, scored on the source side.
///
/// Input: a document's `TranslatedParagraph`s (or its source `Sentence`s). Output: a `DocumentSummary`, the
/// chosen sentences in document order rendered as one paragraph.
///
/// 1. Candidates: a paragraph made of one short unpunctuated sentence is a heading, not a candidate; the first
///    heading before any candidate is the title unless one is given. Only the first `maxSentences` candidates
///    are considered, which bounds memory and time per document.
/// 2. Scores: `SentenceFeatureExtractor` computes the features; the score is logistic(weights · features), with
///    the weights from `Lexicons/<lang>.summary.weights.tsv` (learnt, see `scripts/learn-summary-weights.py`).
/// 3. Selection: maximal marginal relevance (score against TF-ISF similarity to the sentences already chosen)
///    until the budget is spent; sentences without a content word are never chosen.
/// 4. Readability: when the earliest chosen sentence opens with a back-referring pronoun, it is swapped for the
///    best other sentence scoring within `pronounTolerance`; unmatched quotation marks are dropped and spaces
///    collapsed (`SummaryParagraphRenderer`).
///
/// Example (French in, budget 1): "Le sommet s'est tenu à Paris. Il a duré deux jours." → "Le sommet s'est tenu
/// à Paris." (and its English rendering).
public struct ExtractiveSummarizer: Stage, DocumentSummarizing {
    public static let id = StageID.summary

    public let lexicon: SummaryLexicon
    public let budget: SummaryBudget
    private let extractor: SentenceFeatureExtractor

    public init(lexicon: SummaryLexicon, budget: SummaryBudget = .sentences(3)) {
        self.lexicon = lexicon
        self.budget = budget
        self.extractor = SentenceFeatureExtractor(lexicon: lexicon)
    }

    public func process(_ paragraphs: [TranslatedParagraph]) throws -> DocumentSummary {
        try summarize(paragraphs)
    }

    public func summarize(_ paragraphs: [TranslatedParagraph]) throws -> DocumentSummary {
        summary(of: paragraphs, title: nil).summary
    }

    /// The summary of a translated document with the scores behind it.
    /// - Parameters:
    ///   - title: the document's title when known apart from its text; otherwise a leading heading is used.
    public func summary(of paragraphs: [TranslatedParagraph], title: String?, budget: SummaryBudget? = nil)
        -> (summary: DocumentSummary, chosen: [ScoredSentence])
    {
        let translated = paragraphs.flatMap(\.sentences)
        let chosen = select(translated.map(\.source), title: title, budget: budget ?? self.budget)
        var byPlace: [SentencePlace: TranslatedSentence] = [:]
        for sentence in translated { byPlace[SentencePlace(sentence.source)] = sentence }
        let sentences = chosen.compactMap { byPlace[SentencePlace($0.sentence)] }
        return (Self.summary(of: sentences), chosen)
    }

    /// A `DocumentSummary` of already chosen sentences, rendered as one clean paragraph in each language.
    public static func summary(of sentences: [TranslatedSentence]) -> DocumentSummary {
        var summary = DocumentSummary(sentences: sentences)
        summary.english = SummaryParagraphRenderer.render(sentences.map(\.english))
        summary.french = SummaryParagraphRenderer.render(sentences.map(\.source.text))
        return summary
    }

    /// Chooses sentences of a document given as source sentences in document order.
    /// - Returns: the chosen sentences in document order, with their scores.
    public func select(_ sentences: [Sentence], title: String?, budget: SummaryBudget? = nil) -> [ScoredSentence] {
        let (candidates, detectedTitle) = candidates(of: sentences)
        guard !candidates.isEmpty else { return [] }
        let features = extractor.extract(candidates, title: title ?? detectedTitle)
        let scored = score(candidates, features: features)
        let chosen = choose(scored, features: features, budget: budget ?? self.budget)
        return chosen.sorted().map { scored[$0] }
    }

    /// The candidates and their features, for learning weights (`fr2en summarize --dump-features`).
    public func features(of sentences: [Sentence], title: String?) -> (candidates: [SummaryCandidate],
                                                                       features: DocumentFeatures)
    {
        let (candidates, detectedTitle) = candidates(of: sentences)
        return (candidates, extractor.extract(candidates, title: title ?? detectedTitle))
    }

    // MARK: - Candidates

    /// Splits off headings and the title, and caps the number of candidates.
    public func candidates(of sentences: [Sentence]) -> (candidates: [SummaryCandidate], title: String?) {
        let limit = max(1, Int(lexicon.weights[.maxSentences]))
        let titleMaxWords = Int(lexicon.weights[.titleMaxWords])
        var paragraphSizes: [Int: Int] = [:]
        for sentence in sentences { paragraphSizes[sentence.paragraph, default: 0] += 1 }
        var candidates: [SummaryCandidate] = []
        var title: String?
        var lastParagraph: Int?
        var paragraphRank = -1
        for (documentIndex, sentence) in sentences.enumerated() {
            if candidates.count == limit { break }
            let isHeading = paragraphSizes[sentence.paragraph] == 1 && paragraphSizes.count > 1
                && Self.isHeading(sentence.text, maxWords: titleMaxWords)
            if isHeading {
                if candidates.isEmpty, title == nil { title = sentence.text }
                continue
            }
            let startsParagraph = sentence.paragraph != lastParagraph
            if startsParagraph { paragraphRank += 1 }
            lastParagraph = sentence.paragraph
            candidates.append(SummaryCandidate(sentence: sentence, position: candidates.count,
                                               documentIndex: documentIndex, paragraphRank: paragraphRank,
                                               startsParagraph: startsParagraph))
        }
        return (candidates, title)
    }

    /// A heading: at most `maxWords` words and no sentence-final punctuation (closing quotes and brackets aside).
    static func isHeading(_ text: String, maxWords: Int) -> Bool {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last,
              last.properties.isWhitespace || "\"»”’')]".unicodeScalars.contains(last) {
            scalars.removeLast()
        }
        guard let last = scalars.last else { return false }
        if ".!?…:;".unicodeScalars.contains(last) { return false }
        return ScalarClass.wordCount(text) <= maxWords
    }

    // MARK: - Scoring and selection

    private func score(_ candidates: [SummaryCandidate], features: DocumentFeatures) -> [ScoredSentence] {
        let weights = lexicon.weights.featureWeights
        return candidates.indices.map { i in
            var logit = 0.0
            var parts: [ScoredSentence.Part] = []
            parts.reserveCapacity(weights.count)
            for (f, feature) in SummaryFeature.allCases.enumerated() {
                let value = features.values[i][f]
                let contribution = weights[f] * value
                logit += contribution
                parts.append(.init(feature: feature, value: value, contribution: contribution))
            }
            return ScoredSentence(candidate: candidates[i], score: 1 / (1 + exp(-logit)), logit: logit, parts: parts)
        }
    }

    /// Greedy MMR under the budget, then the pronoun-start repair. Returns candidate positions.
    private func choose(_ scored: [ScoredSentence], features: DocumentFeatures, budget: SummaryBudget) -> Set<Int> {
        let lambda = lexicon.weights[.mmrLambda]
        let eligible = scored.indices.filter { features.contentWords[$0] > 0 }
        let wordCounts = scored.map { ScalarClass.wordCount($0.sentence.text) }
        var chosen: [Int] = []
        var usedWords = 0
        func fits(_ i: Int, replacing: Int? = nil) -> Bool {
            switch budget {
            case .sentences(let limit): return chosen.count < limit || replacing != nil
            case .words(let limit): return usedWords - (replacing.map { wordCounts[$0] } ?? 0) + wordCounts[i] <= limit
            }
        }
        var remaining = eligible
        while !remaining.isEmpty {
            if case .sentences(let limit) = budget, chosen.count >= limit { break }
            var best: (index: Int, value: Double)?
            for (slot, i) in remaining.enumerated() where fits(i) {
                var redundancy = 0.0
                for j in chosen { redundancy = max(redundancy, features.similarity(i, j)) }
                let value = lambda * scored[i].score - (1 - lambda) * redundancy
                if best == nil || value > best!.value { best = (slot, value) }
            }
            guard let pick = best else { break }
            let i = remaining.remove(at: pick.index)
            chosen.append(i)
            usedWords += wordCounts[i]
        }
        if chosen.isEmpty, let top = eligible.max(by: { scored[$0].score < scored[$1].score }) {
            chosen = [top]  // a word budget smaller than every sentence: the best sentence alone
            usedWords = wordCounts[top]
        }

        // Do not open the summary with an unresolved pronoun when a similar-scoring alternative exists.
        let tolerance = lexicon.weights[.pronounTolerance]
        let pronounStart = SummaryFeature.allCases.firstIndex(of: .pronounStart)!
        func startsWithPronoun(_ i: Int) -> Bool { features.values[i][pronounStart] > 0 }
        for _ in 0..<chosen.count {
            guard let first = chosen.min(), first > 0, startsWithPronoun(first) else { break }
            let alternatives = eligible.filter { i in
                !chosen.contains(i) && !startsWithPronoun(i) && scored[i].score >= scored[first].score - tolerance
                    && fits(i, replacing: first)
            }
            guard let swap = alternatives.max(by: { scored[$0].score < scored[$1].score }) else { break }
            usedWords += wordCounts[swap] - wordCounts[first]
            chosen[chosen.firstIndex(of: first)!] = swap
        }
        return Set(chosen)
    }
}

/// Where a sentence sits in its document: paragraph and ordinal.
private struct SentencePlace: Hashable {
    var paragraph: Int
    var ordinal: Int
    init(_ sentence: Sentence) {
        paragraph = sentence.paragraph
        ordinal = sentence.ordinal
    }
}
