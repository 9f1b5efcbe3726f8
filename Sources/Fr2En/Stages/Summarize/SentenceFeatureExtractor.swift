// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Computes every `SummaryFeature` of a document's candidate sentences, and their pairwise similarities.
///
/// Input: candidates in document order and an optional title. Output: `DocumentFeatures`.
///
/// Words are folded and stemmed (`SummaryLexicon`); content words are those not in the stop list and longer
/// than one byte. Similarities use TF-ISF vectors (term frequency × log((N + 1) / sentences containing the stem))
/// over content stems; TextRank uses sumy's edge weight (shared stem occurrences over the sum of the log
/// lengths) and PageRank.
///
/// - Complexity: O(n²·w) for n candidates of w content stems: the caller caps n (`maxSentences`).
public struct SentenceFeatureExtractor: Sendable {
    public let lexicon: SummaryLexicon

    public init(lexicon: SummaryLexicon) {
        self.lexicon = lexicon
    }

    /// A sentence's content stems as sorted ids with their counts, plus its TF-ISF norm.
    struct StemVector {
        var ids: [Int32] = []
        var counts: [Double] = []
        var contentWords = 0
        var norm = 0.0
    }

    public func extract(_ candidates: [SummaryCandidate], title: String?) -> DocumentFeatures {
        let weights = lexicon.weights
        let dateline = DatelineDetector(maxCharacters: Int(weights[.datelineMaxCharacters]))
        let tokens = candidates.map { candidate in
            SentenceTokens(candidate.sentence.analysis, display: candidate.sentence.text, folder: lexicon.folder,
                           dateline: candidate.sentence.ordinal == 0 ? dateline : nil)
        }
        var interner: [ArraySlice<UInt8>: Int32] = [:]
        var vectors = tokens.map { vector(of: $0, interner: &interner, addNew: true) }
        var titleVector = title.map {
            vector(of: SentenceTokens($0, folder: lexicon.folder, dateline: nil), interner: &interner, addNew: false)
        }

        // Sentence frequencies, document frequencies and ISF.
        let n = candidates.count
        var sentenceFrequency = [Int](repeating: 0, count: interner.count)
        var termFrequency = [Double](repeating: 0, count: interner.count)
        for vector in vectors {
            for (id, count) in zip(vector.ids, vector.counts) {
                sentenceFrequency[Int(id)] += 1
                termFrequency[Int(id)] += count
            }
        }
        let isf = sentenceFrequency.map { $0 == 0 ? 0 : log(Double(n + 1) / Double($0)) }
        for i in vectors.indices { vectors[i].norm = norm(vectors[i], isf: isf) }
        if var titleValue = titleVector {
            titleValue.norm = norm(titleValue, isf: isf)
            titleVector = titleValue
        }

        // Pairwise similarities.
        var cosine = [Double](repeating: 0, count: n * n)
        var overlap = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let (dot, shared) = product(vectors[i], vectors[j], isf: isf)
                let denominator = vectors[i].norm * vectors[j].norm
                let similarity = denominator > 0 ? dot / denominator : 0
                cosine[i * n + j] = similarity
                cosine[j * n + i] = similarity
                if shared > 0 {
                    let logs = log(Double(vectors[i].contentWords)) + log(Double(vectors[j].contentWords))
                    let edge = logs > 1e-9 ? shared / logs : shared
                    overlap[i * n + j] = edge
                    overlap[j * n + i] = edge
                }
            }
        }
        let textRank = TextRank.scores(weights: overlap, count: n, damping: weights[.textRankDamping],
                                       iterations: Int(weights[.textRankIterations]))

        // Per-sentence raw values that are normalised by the document maximum.
        var centrality = [Double](repeating: 0, count: n)
        var thematic = [Double](repeating: 0, count: n)
        var maxWords = 1
        for i in 0..<n {
            if n > 1 {
                var sum = 0.0
                for j in 0..<n where j != i { sum += cosine[i * n + j] }
                centrality[i] = sum / Double(n - 1)
            }
            for (id, _) in zip(vectors[i].ids, vectors[i].counts) where termFrequency[Int(id)] >= 2 {
                thematic[i] += termFrequency[Int(id)]
            }
            maxWords = max(maxWords, tokens[i].words.count)
        }
        let maxCentrality = centrality.max() ?? 0
        let maxThematic = thematic.max() ?? 0
        let maxTextRank = textRank.max() ?? 0

        var rows: [[Double]] = []
        rows.reserveCapacity(n)
        let shortWords = Int(weights[.shortSentenceWords])
        for i in 0..<n {
            let candidate = candidates[i]
            let words = tokens[i].words
            let count = Double(max(words.count, 1))
            var capitalised = 0, digits = 0, quoted = 0
            for (position, word) in words.enumerated() {
                if position > 0, word.capitalised { capitalised += 1 }
                if word.hasDigit { digits += 1 }
                if word.quoted { quoted += 1 }
            }
            var titleSimilarity = 0.0
            if let titleVector, titleVector.norm > 0, vectors[i].norm > 0 {
                titleSimilarity = product(titleVector, vectors[i], isf: isf).dot / (titleVector.norm * vectors[i].norm)
            }
            var row = [Double](repeating: 0, count: SummaryFeature.allCases.count)
            for (f, feature) in SummaryFeature.allCases.enumerated() {
                row[f] = switch feature {
                case .bias: 1
                case .firstSentence: i == 0 ? 1 : 0
                case .positionInverse: 1 / Double(i + 1)
                case .positionRelative: n > 1 ? Double(i) / Double(n - 1) : 0
                case .paragraphStart: candidate.startsParagraph && candidate.paragraphRank > 0 ? 1 : 0
                case .paragraphInverse: 1 / Double(candidate.paragraphRank + 1)
                case .textRank: maxTextRank > 0 ? textRank[i] / maxTextRank : 0
                case .cosineCentrality: maxCentrality > 0 ? centrality[i] / maxCentrality : 0
                case .titleSimilarity: titleSimilarity
                case .leadSimilarity: i == 0 ? 0 : cosine[i]
                case .thematic: maxThematic > 0 ? thematic[i] / maxThematic : 0
                case .lengthRatio: Double(words.count) / Double(maxWords)
                case .logWords: log(1 + Double(words.count)) / 5
                case .textRankLength: (maxTextRank > 0 ? textRank[i] / maxTextRank : 0)
                    * Double(words.count) / Double(maxWords)
                case .short: words.count < shortWords ? 1 : 0
                case .contentDensity: Double(vectors[i].contentWords) / count
                case .entityDensity: Double(capitalised) / count
                case .numberDensity: Double(digits) / count
                case .quoteFraction: Double(quoted) / count
                case .pronounStart: words.first.map { lexicon.pronouns.contains(folded: $0.folded) } == true ? 1 : 0
                case .lowLetters: lowLetters(tokens[i], threshold: weights[.lowLetterThreshold])
                }
            }
            rows.append(row)
        }
        return DocumentFeatures(values: rows, similarity: cosine, tokens: tokens,
                                contentWords: vectors.map(\.contentWords))
    }

    private func lowLetters(_ tokens: SentenceTokens, threshold: Double) -> Double {
        guard tokens.visible > 0, threshold > 0 else { return 0 }
        let share = Double(tokens.letters) / Double(tokens.visible)
        return max(0, threshold - share) / threshold
    }

    private func vector(of tokens: SentenceTokens, interner: inout [ArraySlice<UInt8>: Int32], addNew: Bool)
        -> StemVector
    {
        var counts: [Int32: Double] = [:]
        var contentWords = 0
        for word in tokens.words where word.folded.count > 1 && !lexicon.stopWords.contains(folded: word.folded) {
            let stem = lexicon.stemmer.stem(word.folded[...])
            let id: Int32
            if let known = interner[stem] {
                id = known
            } else if addNew {
                id = Int32(interner.count)
                interner[stem] = id
            } else {
                continue
            }
            contentWords += 1
            counts[id, default: 0] += 1
        }
        var vector = StemVector()
        vector.contentWords = contentWords
        for id in counts.keys.sorted() {
            vector.ids.append(id)
            vector.counts.append(counts[id]!)
        }
        return vector
    }

    private func norm(_ vector: StemVector, isf: [Double]) -> Double {
        var sum = 0.0
        for (id, count) in zip(vector.ids, vector.counts) {
            let weight = count * isf[Int(id)]
            sum += weight * weight
        }
        return sum.squareRoot()
    }

    /// TF-ISF dot product and the sum of count products over shared stems (TextRank's numerator).
    private func product(_ a: StemVector, _ b: StemVector, isf: [Double]) -> (dot: Double, shared: Double) {
        var i = 0, j = 0
        var dot = 0.0, shared = 0.0
        while i < a.ids.count, j < b.ids.count {
            if a.ids[i] == b.ids[j] {
                let weight = isf[Int(a.ids[i])]
                dot += a.counts[i] * b.counts[j] * weight * weight
                shared += a.counts[i] * b.counts[j]
                i += 1
                j += 1
            } else if a.ids[i] < b.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return (dot, shared)
    }
}
