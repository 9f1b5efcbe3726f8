// Licensed under the Apache License, Version 2.0.

/// Finds the multi-word expressions of a `PhraseLexicon` in a token sequence, longest match first.
///
/// The French side of each entry is tokenised with the sentence tokeniser at start-up, so elisions and
/// contractions match exactly as they do in running text ("au cours de" = `à le cours de`).
public struct PhraseMatcher: Sendable {
    struct Pattern: Sendable {
        /// Lower-cased token texts; the first is a verb lemma when `verbal`.
        var words: [String]
        var verbal: Bool
        /// A pronominal verb (`se passer`): needs a reflexive clitic before the verb.
        var reflexive: Bool
        var entry: PhraseLexicon.Entry
    }

    /// Patterns by first word (surface or verb lemma), longest first, pronominal first at equal length.
    private let byFirstWord: [String: [Pattern]]

    public init(lexicon: PhraseLexicon, tokenizer: FrenchTokenizer) {
        var index: [String: [Pattern]] = [:]
        for entry in lexicon.entries {
            var words = tokenizer.tokenize(entry.french).map { $0.text.lowercased() }
            let verbal = entry.tags.pos.isVerb
            let reflexive = verbal && words.count >= 2 && (words[0] == "se" || words[0] == "s'")
            if reflexive { words.removeFirst() }
            guard !words.isEmpty else { continue }
            let pattern = Pattern(words: words, verbal: verbal, reflexive: reflexive, entry: entry)
            index[words[0], default: []].append(pattern)
        }
        // Longest first; at equal length a pronominal verb first, so that after a reflexive clitic « se rendre
        // compte de » (realize) wins over « rendre compte de » (report on). Otherwise file order.
        for key in index.keys {
            index[key]!.sort { ($0.words.count, $0.reflexive ? 1 : 0) > ($1.words.count, $1.reflexive ? 1 : 0) }
        }
        byFirstWord = index
    }

    /// A match: how many tokens it covers and its entry.
    public struct Match: Sendable {
        public var length: Int
        public var entry: PhraseLexicon.Entry
        /// For verbal entries, the analysis of the inflected verb that started the match.
        public var verb: MorphAnalysis?
    }

    /// The longest expression starting at `start`, if any.
    /// - Parameters:
    ///   - lowered: lower-cased token texts of the sentence (empty for non-words).
    ///   - analyses: each token's morphological analyses.
    ///   - reflexive: whether a reflexive clitic (`se`, `me`, …) stands before the token.
    public func match(at start: Int, lowered: [String], analyses: [[MorphAnalysis]], reflexive: Bool = false) -> Match? {
        var best: Match?
        if let patterns = byFirstWord[lowered[start]] {
            for pattern in patterns where !pattern.verbal {
                if matches(pattern, at: start, lowered: lowered) {
                    best = Match(length: pattern.words.count, entry: pattern.entry, verb: nil)
                    break
                }
            }
        }
        var seenLemmas: [String] = []
        for analysis in analyses[start] where analysis.pos.isVerb && !seenLemmas.contains(analysis.lemma) {
            seenLemmas.append(analysis.lemma)
            guard let patterns = byFirstWord[analysis.lemma] else { continue }
            for pattern in patterns where pattern.verbal && pattern.words.count > (best?.length ?? 0)
                && (!pattern.reflexive || reflexive) {
                if matches(pattern, at: start, lowered: lowered) {
                    let verb = analyses[start].first { $0.lemma == analysis.lemma && $0.pos.isVerb }
                    best = Match(length: pattern.words.count, entry: pattern.entry, verb: verb)
                    break
                }
            }
        }
        return best
    }

    private func matches(_ pattern: Pattern, at start: Int, lowered: [String]) -> Bool {
        guard start + pattern.words.count <= lowered.count else { return false }
        for offset in 1..<max(pattern.words.count, 1) where lowered[start + offset] != pattern.words[offset] {
            return false
        }
        return true
    }
}
