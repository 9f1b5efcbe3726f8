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
/// One adverb may also stand after the verb, before a particle or after the particles when the expression does
/// not match without skipping it; it stays a word of its own, as a particle does, and `AdverbPlacement` gives it
/// its English place:
/// ```
/// il faut désormais que          → falloir que, with « désormais » left out of the expression
/// la réunion a eu également lieu → avoir lieu
/// il ne fait toujours pas partie → faire partie
/// ```
/// A row with a condition (`PhraseCondition`: « de plus » → "moreover" at the start of a clause) matches only where
/// the caller says the condition holds; otherwise the next row of the same words is tried.
public struct PhraseMatcher: Sendable {
    /// A class, so that scanning the candidates of a word copies a reference, not five arrays.
    final class Pattern: Sendable {
        /// Token texts, lower-cased and ligature-folded; the first is a verb lemma when `verbal`.
        let words: [String]
        /// `words` as word numbers (`PhraseMatcher.wordNumbers`).
        let numbers: [Int32]
        let verbal: Bool
        /// A pronominal verb (`se passer`): needs a reflexive clitic before the verb.
        let reflexive: Bool
        /// Other clitics the verb needs before it (`en` in « s'en prendre à »), as word numbers.
        let clitics: [Int32]
        /// How many words right after the verb form an indefinite article (`une`, `de les`) that a negation
        /// turns into `de`: 0 when there is none.
        let article: Int
        /// Offsets of words written as enclitics (`-ce` in « est-ce que »): the text must have them as enclitics
        /// too, so that « c'est ce que » is not « est-ce que ».
        let enclitics: [Int]
        let entry: PhraseLexicon.Entry

        init(words: [String], numbers: [Int32], verbal: Bool, reflexive: Bool, clitics: [Int32], article: Int,
             enclitics: [Int], entry: PhraseLexicon.Entry) {
            self.words = words
            self.numbers = numbers
            self.verbal = verbal
            self.reflexive = reflexive
            self.clitics = clitics
            self.article = article
            self.enclitics = enclitics
            self.entry = entry
        }
    }

    /// A number for every word of every pattern (lower-cased, ligature-folded), so that matching compares
    /// integers; a sentence's words are looked up once (`SentenceWords`).
    private let wordNumbers: StringNumbering
    /// Fixed patterns by the number of their first word, longest first, otherwise in file order.
    private let fixedByFirst: [[Pattern]]
    /// Verbal patterns by the number of their verb lemma, longest first, pronominal first at equal length.
    private let verbalByFirst: [[Pattern]]
    /// `fixedByFirst` and `verbalByFirst` in brief, side by side with them: most patterns fail on their length or
    /// second word, which these contiguous values tell without reaching each pattern object.
    private let fixedShapes: [[Shape]]
    private let verbalShapes: [[Shape]]

    /// What rules most patterns out at a token.
    struct Shape: Sendable {
        /// Number of words.
        let length: Int
        /// Number of the second word (-1 for a one-word pattern).
        let second: Int32
        /// `Pattern.article`.
        let article: Int
        /// `Pattern.reflexive`.
        let reflexive: Bool

        init(_ pattern: Pattern) {
            length = pattern.numbers.count
            second = pattern.numbers.count > 1 ? pattern.numbers[1] : -1
            article = pattern.article
            reflexive = pattern.reflexive
        }
    }
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
        var numbers = StringNumbering()
        func number(_ word: String) -> Int32 { Int32(numbers.insert(word)) }
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
            if verbal, words.count >= 2, !entry.english.hasPrefix("be ") {
                let lastWord = morphology.analyses(words[words.count - 1])
                let split: String.Index?
                if let last = entry.english.split(separator: " ").last, !closers.contains(String(last)),
                   !lastWord.contains(where: { Self.closesFrench($0.pos) }) {
                    split = entry.english.firstIndex(of: " ")
                } else if lastWord.contains(where: { $0.pos == .subordinator }) {
                    // « il nous a rappelé que » → "he reminded us that": a clitic object belongs to the verb,
                    // before the English conjunction that ends the expression.
                    split = entry.english.lastIndex(of: " ")
                } else {
                    split = nil
                }
                if let split { entry.objectTail = String(entry.english[entry.english.index(after: split)...]) }
            }
            let pattern = Pattern(words: words, numbers: words.map(number), verbal: verbal, reflexive: reflexive,
                                  clitics: clitics.map(number), article: article,
                                  enclitics: verbal ? [] : enclitics, entry: entry)
            index[words[0], default: []].append(pattern)
        }
        // Longest first; at equal length a pronominal verb first, so that after a reflexive clitic « se rendre
        // compte de » (realize) wins over « rendre compte de » (report on). Otherwise file order.
        for key in index.keys {
            index[key]!.sort {
                ($0.words.count, $0.reflexive ? 1 : 0, $0.clitics.count) > ($1.words.count, $1.reflexive ? 1 : 0, $1.clitics.count)
            }
        }
        var fixed = [[Pattern]](repeating: [], count: numbers.count)
        var verbs = [[Pattern]](repeating: [], count: numbers.count)
        for (word, patterns) in index {
            let first = numbers.number(of: word)!
            fixed[Int(first)] = patterns.filter { !$0.verbal }
            verbs[Int(first)] = patterns.filter(\.verbal)
        }
        wordNumbers = numbers
        fixedByFirst = fixed
        verbalByFirst = verbs
        fixedShapes = fixed.map { $0.map(Shape.init) }
        verbalShapes = verbs.map { $0.map(Shape.init) }
    }

    /// The number of a lower-cased, ligature-folded word, or -1 when no pattern has it.
    @inline(__always)
    private func number(folded word: String) -> Int32 { wordNumbers.number(of: word).map(Int32.init) ?? -1 }

    /// The number of a lemma or word as written (lower-cased and folded first), or -1.
    private func number(of word: String) -> Int32 {
        // Most lemmas are lower-case ASCII already: no case mapping or folding to do.
        if word.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return number(folded: word) }
        return number(folded: Self.fold(word.lowercased()))
    }

    /// The index of a verb lemma's verbal patterns in `verbalByFirst`, or -1 when it has none.
    private func verbalGroup(_ lemma: String) -> Int {
        let first = number(of: lemma)
        return first < 0 || verbalByFirst[Int(first)].isEmpty ? -1 : Int(first)
    }

    /// Whether some expression has this lower-cased word (« afin » of « afin de »): such a word is known even when
    /// the morphology lacks it.
    public func isExpressionWord(_ lowered: String) -> Bool {
        number(folded: Self.fold(lowered)) >= 0
    }

    /// Whether some verbal expression starts with this verb lemma.
    public func startsVerbalExpressions(_ lemma: String) -> Bool {
        verbalGroup(lemma) >= 0
    }

    /// A sentence's lower-cased words and their numbers (-1 for words no pattern has and for non-words), made
    /// once per sentence so that matching at each token neither folds nor hashes the words after it again.
    public struct SentenceWords: Sendable {
        /// Lower-cased token texts (empty for non-words).
        public let lowered: [String]
        let numbers: [Int32]
    }

    /// Numbers the words of a sentence for `match(at:words:…)`.
    /// - Parameter lowered: lower-cased token texts of the sentence (empty for non-words).
    public func words(_ lowered: [String]) -> SentenceWords {
        SentenceWords(lowered: lowered, numbers: lowered.map { $0.isEmpty ? -1 : number(folded: Self.fold($0)) })
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
    ///   - holds: whether a row's condition holds for an expression over the given tokens; by default none does,
    ///     so rows with a condition never match.
    public func match(at start: Int, lowered: [String], analyses: [[MorphAnalysis]], chosen: MorphAnalysis? = nil,
                      reflexive: Bool = false, enclitic: (Int) -> Bool = { _ in false },
                      holds: (PhraseCondition, Range<Int>) -> Bool = { _, _ in false }) -> Match? {
        match(at: start, words: words(lowered), analyses: analyses, lazy: false, chosen: { chosen },
              reflexive: { reflexive }, enclitic: enclitic, holds: holds)
    }

    /// The longest expression starting at `start`, if any, with the tagger's reading and the reflexive test
    /// asked for only when a verbal expression would match there (both may be costly: the reading needs the
    /// sentence tagged).
    /// - Parameters:
    ///   - words: the sentence's numbered words (`words(_:)`).
    ///   - chosen: the reading a tagger chose for the token at `start`, which must be one of `analyses[start]`.
    ///   - reflexive: whether a reflexive clitic (`se`, `me`, …) stands before the token.
    ///   - holds: whether a row's condition holds for an expression over the given tokens.
    func match(at start: Int, words: SentenceWords, analyses: [[MorphAnalysis]], chosen: () -> MorphAnalysis?,
               reflexive: () -> Bool, enclitic: (Int) -> Bool,
               holds: (PhraseCondition, Range<Int>) -> Bool = { _, _ in false }) -> Match? {
        match(at: start, words: words, analyses: analyses, lazy: true, chosen: chosen, reflexive: reflexive,
              enclitic: enclitic, holds: holds)
    }

    /// `lazy`: ask for the reading only when some verbal expression would match (it must then be one of the
    /// token's readings).
    private func match(at start: Int, words: SentenceWords, analyses: [[MorphAnalysis]], lazy: Bool,
                       chosen chosenReading: () -> MorphAnalysis?, reflexive: () -> Bool,
                       enclitic: (Int) -> Bool, holds: (PhraseCondition, Range<Int>) -> Bool) -> Match? {
        let lowered = words.lowered
        let numbers = words.numbers
        var best: Match?
        var bestWords = 0
        let first = numbers[start]
        if first >= 0 {
            let shapes = fixedShapes[Int(first)]
            for position in shapes.indices {
                let shape = shapes[position]
                guard start + shape.length <= numbers.count,
                      shape.length < 2 || numbers[start + 1] == shape.second else { continue }
                let pattern = fixedByFirst[Int(first)][position]
                if contiguous(pattern, at: start, numbers: numbers),
                   pattern.enclitics.allSatisfy({ enclitic(start + $0) }),
                   pattern.entry.condition.map({ holds($0, start..<(start + shape.length)) }) ?? true {
                    best = Match(length: pattern.words.count, entry: pattern.entry, verb: nil)
                    bestWords = pattern.words.count
                    break
                }
            }
        }
        // The reading asked for lazily is one of the token's readings: no verb reading, no verbal expression.
        if lazy, !analyses[start].contains(where: { $0.pos.isVerb }) { return best }
        var reflexiveAnswer: Bool?
        func isReflexive() -> Bool {
            if let reflexiveAnswer { return reflexiveAnswer }
            let answer = reflexive()
            reflexiveAnswer = answer
            return answer
        }
        var before: (clitics: [Int], ne: Bool, particle: Bool)?
        var after: (inside: [Int], next: Int, adverb: Int?)?
        /// Whether `pattern` matches after the verb: its end, the clitics it consumes and the tokens inside it that
        /// are not its words (particles, and an adverb skipped only when the expression does not match without).
        func verbalEnd(_ group: Int, _ position: Int,
                       allowSkip: Bool = true) -> (end: Int, consumed: [Int], inside: [Int])? {
            if before == nil { before = cliticsBefore(start, lowered: lowered, analyses: analyses) }
            if after == nil {
                after = particlesAfter(start, lowered: lowered, analyses: analyses, negated: before!.ne,
                                       particleBefore: before!.particle,
                                       enclitic: enclitic)
            }
            let shape = verbalShapes[group][position]
            /// Whether the pattern's second word stands at `next`; an article may stand for it.
            func secondAt(_ next: Int) -> Bool {
                shape.article > 0 || shape.length < 2 || (next < numbers.count && numbers[next] == shape.second)
            }
            let skippable = shape.length > 1 && allowSkip ? after!.adverb : nil
            guard secondAt(after!.next) || skippable.map({ secondAt($0 + 1) }) == true else { return nil }
            let pattern = verbalByFirst[group][position]
            var consumed: [Int] = []
            for clitic in pattern.clitics {
                guard let at = before!.clitics.first(where: { numbers[$0] == clitic }) else { return nil }
                consumed.append(at)
            }
            // Without an article to stand for, the word after the verb (and its particles) must be the second.
            if secondAt(after!.next), let end = rest(pattern, from: after!.next, numbers: numbers, analyses: analyses) {
                return (end, consumed, after!.inside)
            }
            if let adverb = skippable, secondAt(adverb + 1),
               let end = rest(pattern, from: adverb + 1, numbers: numbers, analyses: analyses) {
                return (end, consumed, after!.inside + [adverb])
            }
            return nil
        }
        if lazy {
            // Without the tagger's reading: does any verbal expression of any verb reading match at all? The reading
            // only removes lemmas or puts one first, so when none matches the answer is `best` either way.
            var any = false
            search: for analysis in analyses[start] where analysis.pos.isVerb {
                let group = verbalGroup(analysis.lemma)
                guard group >= 0 else { continue }
                let shapes = verbalShapes[group]
                for position in shapes.indices where shapes[position].length > bestWords
                    && (!shapes[position].reflexive || isReflexive()) && verbalEnd(group, position) != nil {
                    any = true
                    break search
                }
            }
            guard any else { return best }
        }
        let chosen = chosenReading()
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
        // Longest first; at equal length, an expression with the adverb among its words (« se mettre debout »)
        // wins over one that skips it (« se mettre à »).
        for lemma in lemmas {
            let group = verbalGroup(lemma)
            guard group >= 0 else { continue }
            let shapes = verbalShapes[group]
            var chosenPosition: Int?
            var chosenEnd: (end: Int, consumed: [Int], inside: [Int])?
            for position in shapes.indices where shapes[position].length > bestWords
                && (!shapes[position].reflexive || isReflexive()) {
                if let skipping = chosenPosition, shapes[position].length < shapes[skipping].length { break }
                /// Whether the row's condition, if any, holds for the expression ending at `end`.
                func conditionHolds(_ end: Int) -> Bool {
                    verbalByFirst[group][position].entry.condition.map { holds($0, start..<end) } ?? true
                }
                if let found = verbalEnd(group, position, allowSkip: false), conditionHolds(found.end) {
                    (chosenPosition, chosenEnd) = (position, found)
                    break
                }
                if chosenPosition == nil, let found = verbalEnd(group, position), conditionHolds(found.end) {
                    (chosenPosition, chosenEnd) = (position, found)
                }
            }
            guard let position = chosenPosition, let found = chosenEnd else { continue }
            let pattern = verbalByFirst[group][position]
            let verb = chosen.flatMap { $0.lemma == lemma && $0.pos.isVerb ? $0 : nil }
                ?? analyses[start].first { $0.lemma == lemma && $0.pos.isVerb }
            best = Match(length: found.end - start, entry: pattern.entry, verb: verb,
                         inside: found.inside.map { $0 - start }, consumedBefore: found.consumed)
            bestWords = pattern.words.count
        }
        return best
    }

    /// Proclitic pronouns (and whether `ne` stands) before the verb at `start`, across `ne`, an auxiliary and
    /// adverbs (« il ne s'en est pas pris », « ils se sont très vite rendu compte »).
    private func cliticsBefore(_ start: Int, lowered: [String],
                               analyses: [[MorphAnalysis]]) -> (clitics: [Int], ne: Bool, particle: Bool) {
        var clitics: [Int] = []
        var ne = false
        var particle = false
        var cursor = start - 1
        while cursor >= 0, start - cursor <= 6, !lowered[cursor].isEmpty {
            let readings = analyses[cursor]
            if readings.contains(where: { $0.lemma == "ne" && $0.pos == .adverb }) {
                ne = true
            } else if readings.contains(where: { $0.pos == .pronoun && $0.tags.has(.proclitic) }) {
                clitics.append(cursor)
            } else if !readings.contains(where: { $0.pos == .be || $0.pos == .have || $0.pos == .adverb
                || $0.pos == .preadverb || (($0.lemma == "être" || $0.lemma == "avoir") && $0.pos.isVerb) }) {
                break
            } else if !ne, let found = negations.particle(lowered[cursor]),
                      [.verbal, .adverb, .object].contains(found.kind) {
                // « n'a pas eu »: the particle stands before the participle.
                particle = true
            }
            cursor -= 1
        }
        return (clitics, ne, particle)
    }

    /// Negation particles and enclitic subjects right after the verb at `start`: their indices, the index of
    /// the first token after them, and that token's index again when it is an adverb an expression may skip. A
    /// particle counts only after `ne` (« prend plus de temps » is "more time"). One adverb may stand among them,
    /// either before the first particle (« ne fait toujours pas partie ») or after them (`adverb`); not before a
    /// particle when one stands before the verb already (« n'a pas eu non plus l'intention »: « non plus »).
    private func particlesAfter(_ start: Int, lowered: [String], analyses: [[MorphAnalysis]], negated: Bool,
                                particleBefore: Bool,
                                enclitic: (Int) -> Bool) -> (inside: [Int], next: Int, adverb: Int?) {
        var inside: [Int] = []
        var cursor = start + 1
        var skipped = false
        func isParticle(_ index: Int) -> Bool {
            guard negated, index < lowered.count, let particle = negations.particle(lowered[index]) else {
                return false
            }
            return [.verbal, .adverb, .object].contains(particle.kind)
        }
        while cursor < lowered.count, inside.count < 3, !lowered[cursor].isEmpty {
            if enclitic(cursor) || isParticle(cursor) {
                inside.append(cursor)
            } else if !skipped, !particleBefore, !inside.contains(where: isParticle), isParticle(cursor + 1),
                      isSkippableAdverb(cursor, lowered: lowered, analyses: analyses) {
                // Before the first particle only: « n'a pas non plus » is no « pas » + adverb + « plus ».
                inside.append(cursor)
                skipped = true
            } else {
                break
            }
            cursor += 1
        }
        let adverb = !skipped && isSkippableAdverb(cursor, lowered: lowered, analyses: analyses) ? cursor : nil
        return (inside, cursor, adverb)
    }

    /// Whether the token at `index` is an adverb a verbal expression may have inside it: an adverb (or adverbial
    /// conjunction, « donc ») that is no negation particle and has no reading of another open or function class.
    private func isSkippableAdverb(_ index: Int, lowered: [String], analyses: [[MorphAnalysis]]) -> Bool {
        guard index < lowered.count, !lowered[index].isEmpty, negations.particle(lowered[index]) == nil else {
            return false
        }
        let readings = analyses[index]
        return readings.contains(where: { $0.pos == .adverb || $0.pos == .adverbialConjunction })
            && readings.allSatisfy({ [.adverb, .adverbialConjunction, .preadverb, .noun].contains($0.pos) })
    }

    /// Whether a verbal pattern's words after the verb follow from `next`: the index after the last one.
    private func rest(_ pattern: Pattern, from next: Int, numbers: [Int32], analyses: [[MorphAnalysis]]) -> Int? {
        var cursor = next
        var word = 1
        if pattern.article > 0, cursor < numbers.count, Self.isDe(analyses[cursor]),
           !(pattern.article == 2 && numbers[cursor] == pattern.numbers[1]
             && cursor + 1 < numbers.count && numbers[cursor + 1] == pattern.numbers[2]) {
            // « ne prend pas de décision » for « prendre une décision », « de mesures » for « des mesures ».
            cursor += 1
            word += pattern.article
        }
        while word < pattern.numbers.count {
            guard cursor < numbers.count, numbers[cursor] == pattern.numbers[word] else { return nil }
            cursor += 1
            word += 1
        }
        return cursor
    }

    private func contiguous(_ pattern: Pattern, at start: Int, numbers: [Int32]) -> Bool {
        let count = pattern.numbers.count
        guard start + count <= numbers.count else { return false }
        for offset in 1..<max(count, 1) where numbers[start + offset] != pattern.numbers[offset] {
            return false
        }
        return true
    }
}
