// Licensed under the Apache License, Version 2.0.

/// The shallow-transfer translator: turns the French pieces the glossary stage left (`.passthrough`) into
/// English, treating glossary terms as opaque noun phrases that rules may move but never change.
///
/// Input: a `TranslatedSentence` from the glossary stage (`.term` + `.passthrough` segments).
/// Output: the same sentence with `.translated` English around the unchanged `.term` segments, and
/// `unknownWords` listing the French words copied through untranslated.
///
/// ```
///  tokenise (elision, contractions, clitics, numbers) → morphology → tag → multi-word expressions → tag (rules)
///  → lexical transfer → ranges (de … à …) → prepositions in context → possessives, relatives, pronouns (with
///  the paragraph's context) → verb groups → adverbs → adjectives before numbers and articles → noun phrases
///  → definite articles → possessives ('s) → numbers/dates → English generation
/// ```
/// « Le Parlement n'a pas ratifié l'accord. » → "The Parliament did not ratify the agreement."
public struct SentenceTranslator: Stage {
    public static let id = StageID.translate

    /// Output options.
    public struct Options: Sendable, Hashable {
        /// Wrap words copied through untranslated as `*word`.
        public var markUnknown: Bool

        public init(markUnknown: Bool = false) {
            self.markUnknown = markUnknown
        }
    }

    private let morphology: MorphLexicon
    private let tokenizer: FrenchTokenizer
    /// Finds the lexicon form of words typed without their accents.
    private let accents: AccentRestorer
    /// Repairs words with a typing slip or a lost space (« sytème », « dansle »).
    private let spelling: SpellingCorrector
    private let prefixes: PrefixRules
    private let nameRuns: NameRuns
    private let phrases: PhraseMatcher
    private let tagger: RuleTagger
    private let lexical: LexicalTransfer
    private let ranges: RangeTransfer
    private let prepositions: PrepositionTransfer
    private let possessives: PossessiveTransfer
    private let relatives: RelativeTransfer
    private let pronouns: PronounTransfer
    private let animacy: Animacy
    private let verbs: VerbGroupTransfer
    private let adverbs: AdverbPlacement
    private let fronting: AdjectiveFronting
    private let nounPhrases: NounPhraseTransfer
    private let definiteArticles: DefiniteArticleTransfer
    private let genitives: GenitiveTransfer
    private let numbers: NumberTransfer
    private let generator: EnglishGenerator

    public init(lexicons: TranslationLexicons, options: Options = Options()) {
        morphology = lexicons.morphology
        tokenizer = FrenchTokenizer(rules: lexicons.tokenization, morphology: lexicons.morphology)
        accents = AccentRestorer(morphology: lexicons.morphology)
        spelling = SpellingCorrector(frequencies: lexicons.wordFrequencies, morphology: lexicons.morphology,
                                     english: lexicons.bigrams, prefixes: lexicons.prefixes)
        prefixes = lexicons.prefixes
        nameRuns = NameRuns(classes: lexicons.classes)
        phrases = PhraseMatcher(lexicon: lexicons.phrases, tokenizer: tokenizer, morphology: lexicons.morphology,
                                negations: lexicons.negations)
        tagger = RuleTagger(classes: lexicons.classes, negations: lexicons.negations, links: lexicons.infinitiveLinks,
                            hmm: lexicons.tagModel.map(HMMTagger.init(model:)))
        lexical = LexicalTransfer(closedClass: lexicons.closedClass, bilingual: lexicons.bilingual,
                                  sensePreferences: lexicons.sensePreferences,
                                  senseOverrides: lexicons.senseOverrides, supplement: lexicons.supplement,
                                  senseContexts: lexicons.senseContexts,
                                  names: lexicons.names, cognates: lexicons.cognates, prefixes: lexicons.prefixes,
                                  inflector: lexicons.inflector, feminineNouns: lexicons.feminineNouns,
                                  classes: lexicons.classes)
        ranges = RangeTransfer(names: lexicons.names, classes: lexicons.classes)
        prepositions = PrepositionTransfer(contexts: lexicons.prepositionContexts, classes: lexicons.classes,
                                           datives: lexicons.dativeVerbs)
        let animacy = Animacy(classes: lexicons.classes)
        self.animacy = animacy
        possessives = PossessiveTransfer(animacy: animacy)
        relatives = RelativeTransfer(animacy: animacy, classes: lexicons.classes, complements: lexicons.deComplements)
        pronouns = PronounTransfer(animacy: animacy)
        verbs = VerbGroupTransfer(frames: lexicons.frames, negations: lexicons.negations, classes: lexicons.classes,
                                  links: lexicons.infinitiveLinks, datives: lexicons.dativeVerbs,
                                  inflector: lexicons.inflector, nounNumbers: lexicons.nounNumbers)
        adverbs = AdverbPlacement(classes: lexicons.classes)
        fronting = AdjectiveFronting(classes: lexicons.classes, morphology: lexicons.morphology)
        nounPhrases = NounPhraseTransfer(classes: lexicons.classes, complements: lexicons.deComplements,
                                         inflector: lexicons.inflector, adverbs: lexicons.adverbs,
                                         compounds: lexicons.nounCompounds, bigrams: lexicons.bigrams,
                                         weights: lexicons.bigramWeights)
        definiteArticles = DefiniteArticleTransfer(preferences: lexicons.articlePreferences, classes: lexicons.classes)
        genitives = GenitiveTransfer(nouns: lexicons.possessiveNouns, classes: lexicons.classes)
        numbers = NumberTransfer(names: lexicons.names, classes: lexicons.classes)
        generator = EnglishGenerator(articles: lexicons.articles, prepositions: lexicons.closedClass.englishPrepositions,
                                     markUnknown: options.markUnknown)
    }

    public func process(_ sentence: TranslatedSentence) throws -> TranslatedSentence {
        var context = DiscourseContext()
        return try process(sentence, context: &context)
    }

    /// Translates a sentence of a paragraph: `context` holds what the paragraph's previous sentence said about
    /// who `il`, `elle` and `lui` refer to (`DiscourseContext`), and comes back holding what this one says.
    public func process(_ sentence: TranslatedSentence, context: inout DiscourseContext) throws -> TranslatedSentence {
        var units = analyse(sentence.segments)
        tagger.tag(&units)
        lexical.apply(&units)
        ranges.apply(&units)
        prepositions.apply(&units)
        possessives.apply(&units)
        relatives.apply(&units)
        pronouns.apply(&units, context: context)
        context = DiscourseContext.after(units, animacy: animacy)
        verbs.apply(&units)
        adverbs.apply(&units)
        fronting.apply(&units)
        nounPhrases.apply(&units)
        definiteArticles.apply(&units)
        genitives.apply(&units)
        numbers.apply(&units)
        var pieces: [EnglishPiece] = []
        var unknown: [String] = []
        for (index, unit) in units.enumerated() {
            pieces += unit.before.map(EnglishPiece.word)
            if case .term(let match) = unit.token.kind {
                pieces.append(.term(match))
            } else if let mark = unit.english.first, unit.english.count == 1, Self.spacedQuotes.contains(mark),
                      let side = Self.quoteSide(at: index, in: units) {
                pieces.append(.quote(mark, side))
            } else if unit.unknown {
                pieces += unit.english.map(EnglishPiece.unknown)
                unknown.append(unit.token.text)
            } else {
                pieces += unit.english.map(EnglishPiece.word)
            }
            pieces += unit.after.map(EnglishPiece.word)
        }
        var result = sentence
        result.segments = generator.generate(pieces)
        result.unknownWords = unknown
        return result
    }

    /// « anti-terroriste », « ex-reine », « anticrise »: the content readings of the base of a word with a listed
    /// prefix, under the prefixed lemma (`anti-terroriste`, `anticrise`), which `LexicalTransfer` translates
    /// through the base. Of several solid splits the longest prefix whose base has content readings wins, and a
    /// solid split counts only where it gives an English word (« réenregistrées » stays unknown, not a verb
    /// "réenregistréesed", when "rerecord" is no listed word).
    private func prefixedReadings(_ word: String) -> [MorphAnalysis] {
        for (prefix, base) in prefixes.splits(word) {
            let hyphenated = prefix.hasSuffix("-")
            var readings = morphology.analyses(exact: base)
            // A hyphen marks the prefix for certain: its base may also have lost its accents.
            if readings.isEmpty, hyphenated { readings = accentRestoredAnalyses(base) }
            let content = readings.compactMap { reading -> MorphAnalysis? in
                guard [.noun, .adjective, .verb, .adverb].contains(reading.pos) else { return nil }
                let prefixed = MorphAnalysis(lemma: prefix + reading.lemma, tags: reading.tags)
                return hyphenated || lexical.bestSense(prefixed) != nil ? prefixed : nil
            }
            if !content.isEmpty { return content }
        }
        return []
    }

    /// « sytème » → système, « dansle » → dans le, « 26ans » → 26 ans: a lower-case word no lexicon knows (not with
    /// other accents, not as prefix + word, not as a word of an expression such as « afin ») that is one typing slip
    /// from a frequent word or two words that lost their space, or a hyphenated compound of frequent words
    /// (« histoire-géographie »), is replaced by them (`SpellingCorrector`).
    ///
    /// `analyses` holds the readings of each token (`readings(of:)`); a word without any is the one to repair, and
    /// the readings of the words that replace it are worked out here.
    private func repairTypingSlips(_ tokens: inout [SourceToken], _ analyses: inout [[MorphAnalysis]]) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard case .word = token.kind, !token.isCapitalized, !token.origin.contains(.insideName),
                  analyses[index - 1].isEmpty, !phrases.isExpressionWord(token.text),
                  let repair = spelling.repair(token.text) else { continue }
            if case .word(let form) = repair {
                tokens[index - 1].text = form
                analyses[index - 1] = readings(of: tokens[index - 1])
                continue
            }
            var parts = tokenizer.tokenize(repair.words.joined(separator: " "),
                                           atSentenceStart: token.origin.contains(.sentenceInitial))
            guard !parts.isEmpty else { continue }
            parts[0].spaceBefore = token.spaceBefore
            tokens.replaceSubrange((index - 1)..<index, with: parts)
            analyses.replaceSubrange((index - 1)..<index, with: parts.map { readings(of: $0) })
            index += parts.count - 1
        }
    }

    /// The morphological readings of a token (none for a token that is no word).
    ///
    /// A sentence-initial capital is read as the common word first: « Les » is the article before it is the place.
    /// A lower-case word the lexicon lacks may only have lost or mistyped its accents (« aout », « succés ») or carry
    /// a prefix (« anti-terroriste »).
    private func readings(of token: SourceToken) -> [MorphAnalysis] {
        guard case .word = token.kind else { return [] }
        if token.origin.contains(.sentenceInitial) && token.isCapitalized {
            let lower = token.text.lowercased()
            let common = lower == token.text ? [] : morphology.analyses(exact: lower)
            let exact = morphology.analyses(exact: token.text)
            // "Paris" stays a name unless its lower-case twin is a function word or a number ("Les", "Sans", "Trente").
            let functionWord = common.contains { [.determiner, .pronoun, .preposition, .coordinator, .subordinator,
                                                  .adverbialConjunction, .adverb, .numeral].contains($0.pos) }
            if exact.contains(where: { $0.pos == .properNoun }) && !functionWord { return exact }
            if common.isEmpty, exact.isEmpty { return accentRestoredAnalyses(lower) }
            return common.isEmpty ? exact : common
        }
        let analyses = morphology.analyses(token.text)
        guard analyses.isEmpty, !token.isCapitalized else { return analyses }
        let restored = accentRestoredAnalyses(token.text)
        return restored.isEmpty ? prefixedReadings(token.text) : restored
    }

    /// « Porter le maillot », « Grand nettoyage », « Forte mobilisation »: a sentence-initial capital that
    /// `readings(of:)` read as a name only (the lexicon lists Porter, Grand and Forte as surnames) is the common
    /// adjective or infinitive when a lower-case word follows that cannot be a finite verb (« Blanc a déclaré » keeps
    /// the surname).
    private func preferCommonOpening(_ tokens: [SourceToken], _ analyses: inout [[MorphAnalysis]]) {
        guard let first = tokens.firstIndex(where: { $0.origin.contains(.sentenceInitial) }), first + 1 < tokens.count,
              case .word = tokens[first].kind, tokens[first].isCapitalized, !analyses[first].isEmpty,
              analyses[first].allSatisfy({ $0.pos == .properNoun }) else { return }
        let next = tokens[first + 1]
        guard case .word = next.kind, !next.isCapitalized, !analyses[first + 1].isEmpty,
              !analyses[first + 1].contains(where: { [.verb, .be, .have, .modal].contains($0.pos)
                  && $0.tags.hasAny(MorphFeatures.finite) }) else { return }
        let common = morphology.analyses(exact: tokens[first].text.lowercased())
        guard common.contains(where: { $0.pos == .adjective || ($0.pos == .verb && $0.tags.has(.infinitive)) })
        else { return }
        analyses[first] = common
    }

    /// The analyses of the accented form a lower-case word the lexicon lacks may have lost or mistyped its accents
    /// from ("aout" → août, "succés" → succès); empty when there is none.
    private func accentRestoredAnalyses(_ word: String) -> [MorphAnalysis] {
        accents.restore(word).map { morphology.analyses(exact: $0) } ?? []
    }

    /// The side of a straight quotation mark as the French spacing shows it: `il a dit "oui"` opens before `oui`
    /// and closes after it. Nil when the spacing is the same on both sides (`" oui "`, `"oui"oui`).
    private static func quoteSide(at index: Int, in units: [TransferUnit]) -> EnglishPiece.QuoteSide? {
        guard units[index].isPunctuation else { return nil }
        let spaceBefore = index == 0 || units[index].token.spaceBefore
        let next = index + 1 < units.count ? units[index + 1] : nil
        let spaceAfter = next?.token.spaceBefore ?? true
        let closingMarkAfter = next.map { $0.isPunctuation && closingMarks.contains($0.token.text) } ?? false
        if !spaceBefore && (spaceAfter || closingMarkAfter) { return .closing }
        if spaceBefore && !spaceAfter && !closingMarkAfter { return .opening }
        return nil
    }

    /// Quotation marks given their side by the French spacing: straight double and single ones, and the single
    /// curly ones, which French also writes as apostrophes (« les 'indignés' », « les ‘indignés’ »).
    private static let spacedQuotes: Set<String> = ["\"", "'", "‘", "’"]

    /// Punctuation that follows a closing quotation mark without a space (`"oui",`).
    private static let closingMarks: Set<String> = [",", ".", ";", ":", "?", "!", ")", "…", "..."]

    /// First- and second-person clitics and the subject pronouns that make them reflexive.
    private static let reflexiveSubject: [String: Set<String>] = [
        "me": ["je", "j'"], "m'": ["je", "j'"], "te": ["tu"], "t'": ["tu"], "nous": ["nous"], "vous": ["vous"],
    ]

    /// Whether a reflexive clitic stands before a verb, across other clitics, `ne`, auxiliaries and inverted
    /// subjects (`s'est-il passé`).
    private func reflexiveClitic(before index: Int, lowered: [String], analyses: [[MorphAnalysis]],
                                 tokensAreEnclitic: (Int) -> Bool) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 5 {
            let readings = analyses[cursor]
            if tokensAreEnclitic(cursor) { cursor -= 1; continue }
            guard readings.contains(where: { ($0.pos == .pronoun && $0.tags.has(.proclitic)) || $0.lemma == "ne"
                || ($0.lemma == "être" && $0.tags.hasAny(MorphFeatures.finite.union(.infinitive))) || $0.pos == .adverb
                || $0.pos == .preadverb })
            else { return false }
            if readings.contains(where: { $0.pos == .pronoun && $0.tags.has(.proclitic) && $0.tags.has(.reflexive) })
                && lowered[cursor] != "on" && !["me", "m'", "te", "t'", "nous", "vous"].contains(lowered[cursor]) {
                return true
            }
            // me/te/nous/vous are reflexive only after the subject of the same person ("je me demande", "vous
            // vous demandez"); "il me demande" and "si vous demandez" are not.
            if let subject = Self.reflexiveSubject[lowered[cursor]], cursor > 0,
               subject.contains(lowered[cursor - 1]) || (cursor > 1 && lowered[cursor - 1] == "ne" && subject.contains(lowered[cursor - 2])) {
                return true
            }
            // « nous devons nous mettre d'accord » → "we must agree": before an infinitive, me/te/nous/vous are
            // reflexive after a finite verb of their own person, whose subject they repeat; « il doit nous aider »
            // and « nous voulons vous voir » are not.
            if let person = Self.reflexivePerson[lowered[cursor]],
               analyses[index].contains(where: { $0.pos.isVerb && $0.tags.has(.infinitive) }),
               finiteVerb(before: cursor, person: person, lowered: lowered, analyses: analyses) {
                return true
            }
            cursor -= 1
        }
        return false
    }

    /// The person and number of the subject whose verb makes me/te/nous/vous reflexive before an infinitive.
    private static let reflexivePerson: [String: MorphFeatures] = [
        "me": [.first, .singular], "m'": [.first, .singular], "te": [.second, .singular], "t'": [.second, .singular],
        "nous": [.first, .plural], "vous": [.second, .plural],
    ]

    /// Whether a finite verb of `person` stands just before the clitic at `clitic`, across `ne`, adverbs and the
    /// link « à »/« de » (« nous ne pouvons pas nous … », « nous n'arrivons pas à nous … »).
    private func finiteVerb(before clitic: Int, person: MorphFeatures, lowered: [String],
                            analyses: [[MorphAnalysis]]) -> Bool {
        var cursor = clitic - 1
        while cursor >= 0, clitic - cursor <= 4 {
            let readings = analyses[cursor]
            if readings.contains(where: { $0.pos.isVerb && $0.tags.hasAny(MorphFeatures.finite) && $0.tags.has(person) }) {
                return true
            }
            guard ["à", "de", "d'"].contains(lowered[cursor])
                    || readings.contains(where: { $0.lemma == "ne" || $0.pos == .adverb || $0.pos == .preadverb })
            else { return false }
            cursor -= 1
        }
        return false
    }

    /// Words after which a sentence-initial `A` is the preposition `à` written without its accent, as French
    /// capitals often are (`A la fin`, `A Paris`, `A partir de`); the verb `a` never starts a sentence before them.
    private static let afterCapitalAGrave: Set<String> = [
        "la", "le", "l'", "les", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre",
        "vos", "leur", "leurs", "ce", "cet", "cette", "ces", "un", "une", "chaque", "quelques", "plusieurs", "tout",
        "toute", "tous", "toutes", "partir", "travers", "cause", "peine", "nouveau", "propos", "part", "côté", "moins",
        "condition", "mesure", "force", "quel", "quelle", "quels", "quelles", "qui", "quoi", "vrai", "long",
    ]

    private func restoreCapitalAGrave(_ tokens: inout [SourceToken]) {
        guard let first = tokens.firstIndex(where: { $0.origin.contains(.sentenceInitial) }), tokens[first].text == "A",
              first + 1 < tokens.count, !tokens[first + 1].origin.contains(.enclitic) else { return }
        let next = tokens[first + 1]
        let isName = next.isCapitalized && {
            switch next.kind {
            case .word, .term: return true
            default: return false
            }
        }()
        if next.kind == .number || isName || (next.kind == .word && Self.afterCapitalAGrave.contains(next.text.lowercased())) {
            tokens[first].text = "À"
        }
    }

    /// « Noël Mamère »: a one-word glossary term that is also a first name, before a capitalised surname-like word,
    /// is the first name: it goes back to being a word, which `NameRuns` keeps as a name. A term whose English only
    /// respells it (« Sergueï » → Sergei: the same first three letters) is that name's English spelling and stays.
    private func releaseFirstNameTerms(_ tokens: inout [SourceToken]) {
        for index in tokens.indices.dropLast() {
            guard case .term(let match) = tokens[index].kind, tokens[index].isCapitalized,
                  !match.matchedText.contains(" "), tokens[index + 1].kind == .word,
                  match.matchedText.lowercased().prefix(3) != match.entry.translation.lowercased().prefix(3) else { continue }
            let next = tokens[index + 1]
            guard nameRuns.isFirstNameTerm(morphology.analyses(exact: match.matchedText), next: next,
                                           morphology.analyses(exact: next.text)) else { continue }
            tokens[index] = SourceToken(text: match.matchedText, kind: .word, spaceBefore: tokens[index].spaceBefore,
                                        origin: tokens[index].origin)
        }
    }

    /// Tokens with their readings, multi-word expressions merged.
    private func analyse(_ segments: [TargetSegment]) -> [TransferUnit] {
        var tokens: [SourceToken] = []
        for segment in segments {
            switch segment {
            case .term(let match):
                tokens.append(SourceToken(text: match.matchedText, kind: .term(match)))
            case .passthrough(let text):
                tokens += tokenizer.tokenize(text, atSentenceStart: tokens.isEmpty)
            case .translated(let text):
                tokens.append(SourceToken(text: text, kind: .verbatim))
            }
        }
        restoreCapitalAGrave(&tokens)
        releaseFirstNameTerms(&tokens)
        // A closure, not the method itself: `readings(of:)` as a value would copy the translator, every lexicon in it.
        var analyses = tokens.map { readings(of: $0) }
        preferCommonOpening(tokens, &analyses)
        repairTypingSlips(&tokens, &analyses)
        nameRuns.apply(&tokens, &analyses)
        let lowered = tokens.map { token -> String in
            if case .word = token.kind { return token.text.lowercased() }
            return ""
        }
        let words = phrases.words(lowered)
        // The tagger's reading of each token before expressions merge: a verbal expression starts only where the
        // tagger read a verb (« la prise de poids » is a noun, not « prendre du poids »). Tagged on first need;
        // when no expression merges, those tagged units are the sentence's units.
        var tagged: [TransferUnit] = []
        var merged = false
        var units: [TransferUnit] = []
        units.reserveCapacity(tokens.count)
        var unitOfToken = [Int](repeating: -1, count: tokens.count)
        var index = 0
        while index < tokens.count {
            if !lowered[index].isEmpty,
               let match = phrases.match(
                   at: index, words: words, analyses: analyses,
                   chosen: { chosenReading(index, &tagged, tokens, analyses, lowered) },
                   reflexive: { reflexiveClitic(before: index, lowered: lowered, analyses: analyses,
                                                tokensAreEnclitic: { tokens[$0].origin.contains(.enclitic) }) },
                   enclitic: { tokens[$0].origin.contains(.enclitic) },
                   holds: { $0.holds(over: $1, tokens: tokens, analyses: analyses) }) {
                merged = true
                var token = tokens[index]
                let restStart = (match.inside.max() ?? 0) + 1
                token.text = tokens[index..<(index + (match.inside.isEmpty ? match.length : match.inside[0]))]
                    .map(\.text).joined(separator: " ")
                let unit = TransferUnit(token: token, candidates: [])
                if let verb = match.verb {
                    // Every reading of the inflected verb stays a candidate: the tagger picks person and tense.
                    unit.candidates = analyses[index].filter { $0.lemma == verb.lemma && $0.pos.isVerb }
                } else {
                    unit.candidates = [MorphAnalysis(lemma: lowered[index], tags: match.entry.tags)]
                }
                unit.phrase = match.entry
                // Clitics that belong to the expression (« en » of « s'en prendre à ») are part of it.
                for consumed in match.consumedBefore.sorted(by: >) where unitOfToken[consumed] >= 0 {
                    let removed = unitOfToken[consumed]
                    units.remove(at: removed)
                    for other in unitOfToken.indices where unitOfToken[other] > removed { unitOfToken[other] -= 1 }
                    unitOfToken[consumed] = -1
                }
                unitOfToken[index] = units.count
                units.append(unit)
                // Negation particles and inverted subjects inside the expression follow it as words of their own;
                // a particle keeps only its adverb readings (« pas » is no noun there).
                for offset in match.inside {
                    let readings = analyses[index + offset]
                    let adverbs = readings.filter { $0.pos == .adverb }
                    unitOfToken[index + offset] = units.count
                    units.append(TransferUnit(token: tokens[index + offset], candidates: adverbs.isEmpty ? readings : adverbs,
                                              lowered: lowered[index + offset]))
                }
                if !match.inside.isEmpty, restStart < match.length {
                    // The rest of the expression stays in place, without English of its own, so that the words
                    // after it still see it (« ne fait pas partie du groupe »: « groupe » follows an article).
                    var rest = tokens[index + restStart]
                    rest.text = tokens[(index + restStart)..<(index + match.length)].map(\.text).joined(separator: " ")
                    let filler = TransferUnit(token: rest, candidates: [])
                    filler.phrase = match.entry
                    filler.done = true
                    units.append(filler)
                }
                index += match.length
                continue
            }
            unitOfToken[index] = units.count
            units.append(TransferUnit(token: tokens[index], candidates: analyses[index], lowered: lowered[index]))
            index += 1
        }
        return merged || tagged.isEmpty ? units : tagged
    }

    /// The tagger's reading of the token at `index` in the unmerged sentence, when it decides whether a verbal
    /// expression may start there (a verb with expressions that can also be read otherwise); the unmerged sentence
    /// is tagged into `tagged` on first need.
    private func chosenReading(_ index: Int, _ tagged: inout [TransferUnit], _ tokens: [SourceToken],
                               _ analyses: [[MorphAnalysis]], _ lowered: [String]) -> MorphAnalysis? {
        let readings = analyses[index]
        guard readings.contains(where: { !$0.pos.isVerb }),
              readings.contains(where: { $0.pos.isVerb && phrases.startsVerbalExpressions($0.lemma) }) else { return nil }
        if tagged.isEmpty {
            tagged = tokens.indices.map {
                TransferUnit(token: tokens[$0], candidates: analyses[$0], lowered: lowered[$0])
            }
            tagger.tag(&tagged)
        }
        return tagged[index].analysis
    }
}
