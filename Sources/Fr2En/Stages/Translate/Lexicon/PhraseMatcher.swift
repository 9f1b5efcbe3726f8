// Licensed under the Apache License, Version 2.0.

/// Finds the multi-word expressions of a `PhraseLexicon` in a token sequence, longest match first.
///
/// The French side of each entry is tokenised with the sentence tokeniser at start-up, so elisions and
/// contractions match exactly as they do in running text ("au cours de" = `à le cours de`). Words compare with
/// the ligatures spelt out (« mise en oeuvre » = « mise en œuvre »).
///
/// A verbal expression (`vblex`) matches its verb in any inflection and lets a negation stand inside it: the
/// particles of `fr-en.negation.tsv` (and inverted subject pronouns) may follow the inflected verb, and the
/// indefinite article right after the verb may be the `de` of a negation:
/// ```
/// il prend une décision          → prendre une décision
/// il ne prend jamais de décision → prendre une décision, with « jamais » left to the verb group
/// s'en prendre à                 → the verb « prend » after the clitics « s' » and « en »
/// ```
public struct PhraseMatcher: Sendable {
    /// A class, so that scanning the candidates of a word copies a reference, not five arrays.
    final class Pattern: Sendable {
        /// Token texts, lower-cased and ligature-folded; the first is a verb lemma when `verbal`.
        let words: [String]
        let verbal: Bool
        /// A pronominal verb (`se passer`): needs a reflexive clitic before the verb.
        let reflexive: Bool
        /// Other clitics the verb needs before it (`en` in « s'en prendre à »).
        let clitics: [String]
        /// How many words right after the verb form an indefinite article (`une`, `de les`) that a negation
        /// turns into `de`: 0 when there is none.
        let article: Int
        /// Offsets of words written as enclitics (`-ce` in « est-ce que »): the text must have them as enclitics
        /// too, so that « c'est ce que » is not « est-ce que ».
        let enclitics: [Int]
        let entry: PhraseLexicon.Entry

        init(words: [String], verbal: Bool, reflexive: Bool, clitics: [String], article: Int, enclitics: [Int],
             entry: PhraseLexicon.Entry) {
            self.words = words
            self.verbal = verbal
            self.reflexive = reflexive
            self.clitics = clitics
            self.article = article
            self.enclitics = enclitics
            self.entry = entry
        }
    }

    /// Patterns by first word (surface or verb lemma), longest first, pronominal first at equal length.
    private let byFirstWord: [String: [Pattern]]
    private let negations: NegationLexicon

    /// - Parameters:
    ///   - lexicon: the expressions.
    ///   - tokenizer: the sentence tokeniser, to split each expression as running text is split.
    ///   - morphology: readings of the expressions' words (verb lemma, clitics, articles).
    ///   - negations: the particles that may stand after the inflected verb of a verbal expression.
    public init(lexicon: PhraseLexicon, tokenizer: FrenchTokenizer, morphology: MorphLexicon,
                negations: NegationLexicon = NegationLexicon()) {
        self.negations = negations
        // English words that close a preposition, determiner or conjunction of the lexicon ("of", "to", "the",
        // "that"): an expression ending in one takes its object after it ("take care of it").
        var closers: Set<String> = []
        for entry in lexicon.entries where [.preposition, .determiner, .subordinator, .coordinator].contains(entry.tags.pos) {
            if let last = entry.english.split(separator: " ").last { closers.insert(String(last)) }
        }
        var index: [String: [Pattern]] = [:]
        for var entry in lexicon.entries {
            let tokens = tokenizer.tokenize(entry.french)
            var words = tokens.map { Self.fold($0.text.lowercased()) }
            let enclitics = tokens.indices.filter { tokens[$0].origin.contains(.enclitic) }
            let verbal = entry.tags.pos.isVerb
            var reflexive = false
            var clitics: [String] = []
            if verbal {
                // Leading clitics: everything before the first word that is a verb's infinitive.
                while words.count >= 2, !morphology.analyses(words[0]).contains(where: { reading in
                    reading.pos.isVerb && reading.tags.has(.infinitive) && Self.fold(reading.lemma.lowercased()) == words[0]
                }), morphology.analyses(words[0]).contains(where: { $0.pos == .pronoun }) {
                    let clitic = words.removeFirst()
                    if morphology.analyses(clitic).contains(where: { $0.tags.has(.reflexive) }) {
                        reflexive = true
                    } else {
                        clitics.append(clitic)
                    }
                }
            }
            guard !words.isEmpty else { continue }
            let article = verbal ? Self.articleLength(words, morphology: morphology) : 0
            if verbal, words.count >= 2, !entry.english.hasPrefix("be "), let space = entry.english.firstIndex(of: " "),
               let last = entry.english.split(separator: " ").last, !closers.contains(String(last)),
               !morphology.analyses(words[words.count - 1]).contains(where: { Self.closesFrench($0.pos) }) {
                entry.objectTail = String(entry.english[entry.english.index(after: space)...])
            }
            let pattern = Pattern(words: words, verbal: verbal, reflexive: reflexive, clitics: clitics,
                                  article: article, enclitics: verbal ? [] : enclitics, entry: entry)
            index[words[0], default: []].append(pattern)
        }
        // Longest first; at equal length a pronominal verb first, so that after a reflexive clitic « se rendre
        // compte de » (realize) wins over « rendre compte de » (report on). Otherwise file order.
        for key in index.keys {
            index[key]!.sort {
                ($0.words.count, $0.reflexive ? 1 : 0, $0.clitics.count) > ($1.words.count, $1.reflexive ? 1 : 0, $1.clitics.count)
            }
        }
        byFirstWord = index
    }

    /// Whether some verbal expression starts with this verb lemma.
    public func startsVerbalExpressions(_ lemma: String) -> Bool {
        byFirstWord[Self.fold(lemma.lowercased())]?.contains { $0.verbal } ?? false
    }

    /// `œ` → `oe`, `æ` → `ae`: French is written both ways, and the lexicons do not list every spelling.
    static func fold(_ word: String) -> String {
        // Byte prefilter: œ Œ æ Æ end in the UTF-8 bytes 93, 92, A6, 86; most words have none of them.
        guard word.utf8.contains(where: { $0 == 0x93 || $0 == 0x92 || $0 == 0xA6 || $0 == 0x86 }),
              word.unicodeScalars.contains(where: { $0 == "œ" || $0 == "æ" || $0 == "Œ" || $0 == "Æ" }) else { return word }
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar {
            case "œ": result.append(contentsOf: "oe".unicodeScalars)
            case "Œ": result.append(contentsOf: "Oe".unicodeScalars)
            case "æ": result.append(contentsOf: "ae".unicodeScalars)
            case "Æ": result.append(contentsOf: "Ae".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Parts of speech after which a French expression expects its object (« faire face à »).
    private static func closesFrench(_ pos: PartOfSpeech) -> Bool {
        [.preposition, .determiner, .subordinator, .coordinator, .relative, .pronoun].contains(pos)
    }

    /// The preposition `de`, which stands for `du`/`des` and for an indefinite article after a negation.
    private static func isDe(_ readings: [MorphAnalysis]) -> Bool {
        readings.contains { $0.pos == .preposition && $0.lemma == "de" }
    }

    /// Length of the indefinite article (`un`, `une`, `des` = `de les`) right after the verb of a verbal
    /// expression, if more words follow. Partitive `du`/`de la` stay as written: « il n'a pas d'argent » keeps the
    /// verb group's "has no money".
    private static func articleLength(_ words: [String], morphology: MorphLexicon) -> Int {
        guard words.count >= 3 else { return 0 }
        if morphology.analyses(words[1]).contains(where: { $0.pos == .determiner && $0.tags.has(.indefinite) }) {
            return 1
        }
        if words.count >= 4, isDe(morphology.analyses(words[1])), morphology.analyses(words[2]).contains(where: {
            $0.pos == .determiner && $0.tags.has(.definite) && $0.tags.has(.plural)
        }) {
            return 2
        }
        return 0
    }

    /// A match: the tokens it covers and its entry.
    public struct Match: Sendable {
        /// Tokens from the start to the last word of the expression, those in `inside` included.
        public var length: Int
        public var entry: PhraseLexicon.Entry
        /// For verbal entries, the analysis of the inflected verb that started the match.
        public var verb: MorphAnalysis?
        /// Offsets (from the start) of tokens inside the span that are not part of the expression: negation
        /// particles and inverted subjects after the verb. They stay words of their own, placed after it.
        public var inside: [Int] = []
        /// Token indices before the start that the expression consumed (`en` in « il s'en prend à »).
        public var consumedBefore: [Int] = []
    }

    /// The longest expression starting at `start`, if any.
    /// - Parameters:
    ///   - lowered: lower-cased token texts of the sentence (empty for non-words).
    ///   - analyses: each token's morphological analyses.
    ///   - chosen: the reading a tagger chose for the token at `start`: a verbal expression starts only where it is
    ///     a verb (its lemma tried first).
    ///   - reflexive: whether a reflexive clitic (`se`, `me`, …) stands before the token.
    ///   - enclitic: whether a token is an enclitic (`-il` in « prend-il »).
    public func match(at start: Int, lowered: [String], analyses: [[MorphAnalysis]], chosen: MorphAnalysis? = nil,
                      reflexive: Bool = false, enclitic: (Int) -> Bool = { _ in false }) -> Match? {
        var best: Match?
        var bestWords = 0
        let first = Self.fold(lowered[start])
        if let patterns = byFirstWord[first] {
            for pattern in patterns where !pattern.verbal {
                if contiguous(pattern, at: start, lowered: lowered), pattern.enclitics.allSatisfy({ enclitic(start + $0) }) {
                    best = Match(length: pattern.words.count, entry: pattern.entry, verb: nil)
                    bestWords = pattern.words.count
                    break
                }
            }
        }
        // A word the tagger read as something else (« la prise de poids ») starts no verbal expression. The
        // tagger decides the part of speech, not between two verbs of the same form (« ouvre »: ouvrir, ouvrer),
        // so every verb lemma is tried, the chosen one first.
        var lemmas: [String] = []
        if let chosen, chosen.pos != .adjective {
            // Adjectives stay open: the tagger reads many participles so (« s'est élevé à »).
            guard chosen.pos.isVerb else { return best }
            lemmas.append(chosen.lemma)
        }
        for analysis in analyses[start] where analysis.pos.isVerb && !lemmas.contains(analysis.lemma) {
            lemmas.append(analysis.lemma)
        }
        guard !lemmas.isEmpty else { return best }
        let before = cliticsBefore(start, lowered: lowered, analyses: analyses)
        let (inside, next) = particlesAfter(start, lowered: lowered, analyses: analyses, negated: before.ne,
                                            enclitic: enclitic)
        for lemma in lemmas {
            guard let patterns = byFirstWord[Self.fold(lemma.lowercased())] else { continue }
            for pattern in patterns where pattern.verbal && pattern.words.count > bestWords
                && (!pattern.reflexive || reflexive) {
                var consumed: [Int] = []
                guard pattern.clitics.allSatisfy({ clitic in
                    guard let at = before.clitics.first(where: { Self.fold(lowered[$0]) == clitic }) else { return false }
                    consumed.append(at)
                    return true
                }) else { continue }
                guard let end = rest(pattern, from: next, lowered: lowered, analyses: analyses) else { continue }
                let verb = chosen.flatMap { $0.lemma == lemma && $0.pos.isVerb ? $0 : nil }
                    ?? analyses[start].first { $0.lemma == lemma && $0.pos.isVerb }
                best = Match(length: end - start, entry: pattern.entry, verb: verb,
                             inside: inside.map { $0 - start }, consumedBefore: consumed)
                bestWords = pattern.words.count
                break
            }
        }
        return best
    }

    /// Proclitic pronouns (and whether `ne` stands) before the verb at `start`, across `ne`, an auxiliary and
    /// adverbs (« il ne s'en est pas pris »).
    private func cliticsBefore(_ start: Int, lowered: [String],
                               analyses: [[MorphAnalysis]]) -> (clitics: [Int], ne: Bool) {
        var clitics: [Int] = []
        var ne = false
        var cursor = start - 1
        while cursor >= 0, start - cursor <= 6, !lowered[cursor].isEmpty {
            let readings = analyses[cursor]
            if readings.contains(where: { $0.lemma == "ne" && $0.pos == .adverb }) {
                ne = true
            } else if readings.contains(where: { $0.pos == .pronoun && $0.tags.has(.proclitic) }) {
                clitics.append(cursor)
            } else if !readings.contains(where: { $0.pos == .be || $0.pos == .have || $0.pos == .adverb
                || (($0.lemma == "être" || $0.lemma == "avoir") && $0.pos.isVerb) }) {
                break
            }
            cursor -= 1
        }
        return (clitics, ne)
    }

    /// Negation particles and enclitic subjects right after the verb at `start`: their indices and the index of
    /// the first token after them. A particle counts only after `ne` (« prend plus de temps » is "more time").
    private func particlesAfter(_ start: Int, lowered: [String], analyses: [[MorphAnalysis]], negated: Bool,
                                enclitic: (Int) -> Bool) -> (inside: [Int], next: Int) {
        var inside: [Int] = []
        var cursor = start + 1
        while cursor < lowered.count, inside.count < 3, !lowered[cursor].isEmpty {
            if enclitic(cursor) {
                inside.append(cursor)
            } else if negated, let particle = negations.particle(lowered[cursor]),
                      [.verbal, .adverb, .object].contains(particle.kind) {
                inside.append(cursor)
            } else {
                break
            }
            cursor += 1
        }
        return (inside, cursor)
    }

    /// Whether a verbal pattern's words after the verb follow from `next`: the index after the last one.
    private func rest(_ pattern: Pattern, from next: Int, lowered: [String], analyses: [[MorphAnalysis]]) -> Int? {
        var cursor = next
        var word = 1
        if pattern.article > 0, cursor < lowered.count, Self.isDe(analyses[cursor]),
           !(pattern.article == 2 && Self.fold(lowered[cursor]) == pattern.words[1]
             && cursor + 1 < lowered.count && Self.fold(lowered[cursor + 1]) == pattern.words[2]) {
            // « ne prend pas de décision » for « prendre une décision », « de mesures » for « des mesures ».
            cursor += 1
            word += pattern.article
        }
        while word < pattern.words.count {
            guard cursor < lowered.count, Self.fold(lowered[cursor]) == pattern.words[word] else { return nil }
            cursor += 1
            word += 1
        }
        return cursor
    }

    private func contiguous(_ pattern: Pattern, at start: Int, lowered: [String]) -> Bool {
        guard start + pattern.words.count <= lowered.count else { return false }
        for offset in 1..<max(pattern.words.count, 1) where Self.fold(lowered[start + offset]) != pattern.words[offset] {
            return false
        }
        return true
    }
}
