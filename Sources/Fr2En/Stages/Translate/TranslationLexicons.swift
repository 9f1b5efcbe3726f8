// Licensed under the Apache License, Version 2.0.

/// Every data file the sentence translator reads, loaded once and shared read-only.
///
/// | file | what |
/// |---|---|
/// | `fr.morph.tsv` | French full forms → lemma + tags |
/// | `fr-en.bilingual.tsv` | ranked English senses per French lemma + part of speech |
/// | `fr-en.sense-overrides.tsv` | hand-written news senses (consulted before everything else) |
/// | `fr-en.sense-preferences.tsv` | the same senses re-ranked by news usage (consulted next) |
/// | `fr-en.sense-contexts.tsv` | senses a neighbouring French word selects (win over all but the overrides) |
/// | `fr-en.sense-context-overrides.tsv` | hand-written rows of the same kind, consulted first (faire commentaire → make) |
/// | `fr-en.bilingual-supplement.tsv` | hand-written senses for lemmas the generated files lack (consulted last) |
/// | `en.inflection.tsv` | English irregular and listed inflections |
/// | `en.inflection-overrides.tsv` | hand-written inflections that win (person → people, uncountable nouns) |
/// | `fr-en.names.tsv` | places, months, days, demonyms |
/// | `fr-en.closed-class.tsv` | function words by form and reading |
/// | `fr-en.mwe.tsv` | multi-word expressions |
/// | `fr-en.collocations.tsv` | noun collocations learnt from aligned news (after `fr-en.mwe.tsv`) |
/// | `fr.tokenization.tsv` | elisions, contractions, hyphenated clitics, abbreviations |
/// | `fr.word-classes.tsv` | word lists that trigger rules |
/// | `fr-en.verb-frames.tsv` | modal-like verbs + infinitive |
/// | `fr-en.negation.tsv` | ne … pas / plus / jamais / rien … |
/// | `fr-en.infinitive-links.tsv` | pour / de / sans + infinitive |
/// | `fr-en.de-complements.tsv` | words whose `de` complement is not "of" (venir de → from) |
/// | `fr-en.dative-verbs.tsv` | verbs whose person object pronoun is "tell him" / "to him" (lui dire, leur parler) |
/// | `fr-en.preposition-contexts.tsv` | English prepositions a governor or object selects (augmenter de → by) |
/// | `fr-en.preposition-overrides.tsv` | hand-written rows of the same kind, consulted first (résister à → resist) |
/// | `en.articles.tsv` | a / an exceptions |
/// | `en.article-preferences.tsv` | English words news uses without "the" where French has le/la/les |
/// | `en.article-overrides.tsv` | hand-written English words and terms news writes bare (le Congrès → Congress) |
/// | `fr-en.cognates.tsv` | word endings for guessing cognates of unknown words |
/// | `en.vocabulary.tsv` | English words a cognate guess must be (others stay French) |
/// | `fr-en.prefixes.tsv` | prefixes of words the lexicon lacks (anti-terroriste → anti-terrorist, revendre → resell) |
/// | `en.adverbs.tsv` | manner adverbs of English adjectives (de façon précise → precisely) |
/// | `en.feminine-nouns.tsv` | English feminines of nouns that mark sex (la duchesse → the duchess) |
/// | `en.noun-number.tsv` | English nouns whose verb has another number (les informations → the information was) |
/// | `en.noun-compounds.tsv` | English noun compounds (conférence de presse → press conference) |
/// | `en.possessives.tsv` | nouns news English puts in a possessive (la décision du gouvernement → the government's decision) |
/// | `en.bigrams.tsv`, `en.unigrams.tsv` | English word-pair and word counts (Google Books Ngram via symspellpy) |
/// | `en.bigram-weights.tsv` | how strongly a pair must be associated to make a bare « N de N » a compound |
/// | `fr.tag-lexicon.tsv`, `fr.tag-transitions.tsv` | HMM tagger counts |
/// | `fr.word-frequencies.tsv` | French word frequencies (wordfreq), for repairing typing slips (sytème → système) |
public struct TranslationLexicons: Sendable {
    public var morphology: MorphLexicon
    public var bilingual: BilingualLexicon
    /// Senses re-ranked by news usage, consulted before `bilingual`.
    public var sensePreferences: BilingualLexicon?
    /// Hand-written news senses, consulted before `sensePreferences`.
    public var senseOverrides: BilingualLexicon?
    /// Hand-written senses for lemmas neither generated file translates, consulted last.
    public var supplement: BilingualLexicon?
    /// Senses selected by a neighbouring content word, consulted after `senseOverrides`, before the other senses.
    public var senseContexts: SenseContextLexicon
    public var inflector: EnglishInflector
    public var names: NameLexicon?
    public var closedClass: ClosedClassLexicon
    public var phrases: PhraseLexicon
    public var tokenization: TokenizationRules
    public var classes: WordClasses
    public var frames: VerbFrameLexicon
    public var negations: NegationLexicon
    public var infinitiveLinks: InfinitiveLinks
    /// Words whose `de` complement English introduces differently (`venir de` → "from").
    public var deComplements: DeComplements
    /// Verbs whose person object pronoun changes the English verb or takes a preposition (`lui dire` → "tell him").
    public var dativeVerbs: DativeVerbs
    /// English prepositions selected by the governor or the object's head (none: the closed-class English).
    public var prepositionContexts: PrepositionContextLexicon
    public var articles: IndefiniteArticles
    /// Where English drops the "the" of a French definite article (none: every article keeps it).
    public var articlePreferences: ArticlePreferences
    /// Endings for guessing the English of unknown lower-case words (none: unknown words are copied).
    public var cognates: CognateRules
    /// Hyphenated and solid prefixes of words the lexicon lacks (none: « anti-terroriste » stays unknown).
    public var prefixes: PrefixRules
    /// Manner adverbs of English adjectives (none: « de façon précise » stays "in a precise way").
    public var adverbs: EnglishAdverbs
    /// English feminines of nouns that mark sex (none: « la duchesse » stays "the duke" if the lexicon says so).
    public var feminineNouns: EnglishFeminineNouns
    /// English nouns whose verb number is not the French noun's (none: the verb follows the French number).
    public var nounNumbers: EnglishNounNumbers
    /// Noun pairs English compounds (none: only `compound-head` nouns make compounds).
    public var nounCompounds: NounCompounds
    /// Nouns news English puts in a possessive or an of-phrase (none: `de` stays "of").
    public var possessiveNouns: PossessiveNouns
    /// English word-pair counts: a pair English writes often enough makes a bare « N de N » a compound.
    public var bigrams: EnglishBigrams
    /// How strongly a pair must be associated to count as a compound (default: never).
    public var bigramWeights: BigramWeights
    public var tagModel: TagModel?
    /// How often French words are written: the spelling corrector's choice among repairs.
    public var wordFrequencies: FrenchWordFrequencies

    public init(morphology: MorphLexicon, bilingual: BilingualLexicon, sensePreferences: BilingualLexicon? = nil,
                senseOverrides: BilingualLexicon? = nil, supplement: BilingualLexicon? = nil,
                senseContexts: SenseContextLexicon = SenseContextLexicon(),
                inflector: EnglishInflector,
                names: NameLexicon?, closedClass: ClosedClassLexicon, phrases: PhraseLexicon,
                tokenization: TokenizationRules, classes: WordClasses, frames: VerbFrameLexicon,
                negations: NegationLexicon, infinitiveLinks: InfinitiveLinks,
                deComplements: DeComplements = DeComplements(), dativeVerbs: DativeVerbs = DativeVerbs(),
                prepositionContexts: PrepositionContextLexicon = PrepositionContextLexicon(),
                articles: IndefiniteArticles,
                articlePreferences: ArticlePreferences = ArticlePreferences(),
                cognates: CognateRules = CognateRules(), prefixes: PrefixRules = PrefixRules(),
                adverbs: EnglishAdverbs = EnglishAdverbs(),
                feminineNouns: EnglishFeminineNouns = EnglishFeminineNouns(),
                nounNumbers: EnglishNounNumbers = EnglishNounNumbers(),
                nounCompounds: NounCompounds = NounCompounds(), possessiveNouns: PossessiveNouns = PossessiveNouns(),
                bigrams: EnglishBigrams = EnglishBigrams(),
                bigramWeights: BigramWeights = BigramWeights(),
                tagModel: TagModel? = nil,
                wordFrequencies: FrenchWordFrequencies = FrenchWordFrequencies()) {
        self.morphology = morphology
        self.bilingual = bilingual
        self.sensePreferences = sensePreferences
        self.senseOverrides = senseOverrides
        self.supplement = supplement
        self.senseContexts = senseContexts
        self.inflector = inflector
        self.names = names
        self.closedClass = closedClass
        self.phrases = phrases
        self.tokenization = tokenization
        self.classes = classes
        self.frames = frames
        self.negations = negations
        self.infinitiveLinks = infinitiveLinks
        self.deComplements = deComplements
        self.dativeVerbs = dativeVerbs
        self.prepositionContexts = prepositionContexts
        self.articles = articles
        self.articlePreferences = articlePreferences
        self.cognates = cognates
        self.prefixes = prefixes
        self.adverbs = adverbs
        self.feminineNouns = feminineNouns
        self.nounNumbers = nounNumbers
        self.nounCompounds = nounCompounds
        self.possessiveNouns = possessiveNouns
        self.bigrams = bigrams
        self.bigramWeights = bigramWeights
        self.tagModel = tagModel
        self.wordFrequencies = wordFrequencies
    }

    /// The translator's files, in the order `load` reads them.
    public static let fileNames = [
        "fr.morph.tsv", "fr-en.bilingual.tsv", "fr-en.sense-preferences.tsv", "fr-en.sense-overrides.tsv",
        "fr-en.bilingual-supplement.tsv", "fr-en.sense-context-overrides.tsv", "fr-en.sense-contexts.tsv",
        "en.inflection.tsv", "en.inflection-overrides.tsv", "fr-en.names.tsv", "fr-en.closed-class.tsv",
        "fr-en.mwe.tsv", "fr-en.collocations.tsv", "fr.tokenization.tsv", "fr.word-classes.tsv", "fr-en.verb-frames.tsv",
        "fr-en.negation.tsv", "fr-en.infinitive-links.tsv", "fr-en.de-complements.tsv",
        "fr-en.dative-verbs.tsv",
        "fr-en.preposition-contexts.tsv", "en.articles.tsv", "en.article-preferences.tsv", "en.article-overrides.tsv",
        "fr-en.cognates.tsv",
        "en.vocabulary.tsv", "fr-en.prefixes.tsv", "en.adverbs.tsv", "en.feminine-nouns.tsv", "en.noun-compounds.tsv",
        "en.possessives.tsv", "en.noun-number.tsv",
        "en.bigrams.tsv", "en.unigrams.tsv", "en.bigram-weights.tsv", "fr.tag-lexicon.tsv",
        "fr.tag-transitions.tsv", "fr.word-frequencies.tsv",
    ]

    /// Loads every file from a lexicon folder.
    /// - Throws: `LexiconDirectory.LookupError.missingFile` or `LexiconFormatError` (file and line).
    /// Large files take their indexes from the folder's `indexCache` when it has one.
    public static func load(from directory: LexiconDirectory) throws -> TranslationLexicons {
        try load(indexCache: directory.indexCache) { try directory.file($0) }
    }

    /// Loads every file, asking `path` where each one is.
    ///
    /// The largest files load on other threads (`BackgroundLoad`) while the rest load on the caller's: each is read
    /// and indexed on its own, so on a machine with a few cores start-up takes little more than the longest of them.
    /// - Parameter indexCache: where the indexes of the large files are kept between runs (none: built every time).
    public static func load(indexCache: LexiconIndexCache? = nil, path: (String) throws -> String) throws
        -> TranslationLexicons
    {
        let morphologyPath = try path("fr.morph.tsv")
        let morphology = BackgroundLoad { try MorphLexicon(path: morphologyPath, indexCache: indexCache) }
        let bigramPaths = try (pairs: path("en.bigrams.tsv"), words: path("en.unigrams.tsv"))
        let bigrams = BackgroundLoad { try EnglishBigrams(pairsPath: bigramPaths.pairs, wordsPath: bigramPaths.words, indexCache: indexCache) }
        let tagPaths = try (lexicon: path("fr.tag-lexicon.tsv"), transitions: path("fr.tag-transitions.tsv"))
        let tagModel = BackgroundLoad {
            try TagModel(lexiconPath: tagPaths.lexicon, transitionsPath: tagPaths.transitions)
        }
        let frequenciesPath = try path("fr.word-frequencies.tsv")
        let wordFrequencies = BackgroundLoad { try FrenchWordFrequencies(path: frequenciesPath, indexCache: indexCache) }
        let compoundsPath = try path("en.noun-compounds.tsv")
        let nounCompounds = BackgroundLoad { try NounCompounds(path: compoundsPath, indexCache: indexCache) }
        // Both the cognate guesser and the solid prefixes check their English here.
        let vocabulary = try EnglishVocabulary(path: path("en.vocabulary.tsv"), indexCache: indexCache)
        let prefixes = try PrefixRules(path: path("fr-en.prefixes.tsv"), vocabulary: vocabulary)
        return try TranslationLexicons(
            morphology: morphology.value(),
            bilingual: BilingualLexicon(path: path("fr-en.bilingual.tsv"), indexCache: indexCache),
            sensePreferences: BilingualLexicon(path: path("fr-en.sense-preferences.tsv"), indexCache: indexCache),
            senseOverrides: BilingualLexicon(path: path("fr-en.sense-overrides.tsv")),
            supplement: BilingualLexicon(path: path("fr-en.bilingual-supplement.tsv")),
            senseContexts: SenseContextLexicon(handWritten: [path("fr-en.sense-context-overrides.tsv")],
                                               learnt: [path("fr-en.sense-contexts.tsv")]),
            inflector: EnglishInflector(path: path("en.inflection.tsv"),
                                        overridesPath: path("en.inflection-overrides.tsv"),
                                        prefixes: prefixes.englishPrefixes, indexCache: indexCache),
            names: NameLexicon(path: path("fr-en.names.tsv")),
            closedClass: ClosedClassLexicon(path: path("fr-en.closed-class.tsv")),
            phrases: PhraseLexicon(paths: [path("fr-en.mwe.tsv"), path("fr-en.collocations.tsv")]),
            tokenization: TokenizationRules(path: path("fr.tokenization.tsv")),
            classes: WordClasses(path: path("fr.word-classes.tsv")),
            frames: VerbFrameLexicon(path: path("fr-en.verb-frames.tsv")),
            negations: NegationLexicon(path: path("fr-en.negation.tsv")),
            infinitiveLinks: InfinitiveLinks(path: path("fr-en.infinitive-links.tsv")),
            deComplements: DeComplements(path: path("fr-en.de-complements.tsv")),
            dativeVerbs: DativeVerbs(path: path("fr-en.dative-verbs.tsv")),
            prepositionContexts: PrepositionContextLexicon(paths: [path("fr-en.preposition-overrides.tsv"),
                                                                   path("fr-en.preposition-contexts.tsv")]),
            articles: IndefiniteArticles(path: path("en.articles.tsv")),
            articlePreferences: ArticlePreferences(path: path("en.article-preferences.tsv"),
                                                  overridesPath: path("en.article-overrides.tsv")),
            cognates: CognateRules(path: path("fr-en.cognates.tsv"), vocabulary: vocabulary, acceptsNonWords: true),
            prefixes: prefixes,
            adverbs: EnglishAdverbs(path: path("en.adverbs.tsv")),
            feminineNouns: EnglishFeminineNouns(path: path("en.feminine-nouns.tsv")),
            nounNumbers: EnglishNounNumbers(path: path("en.noun-number.tsv")),
            nounCompounds: nounCompounds.value(),
            possessiveNouns: PossessiveNouns(path: path("en.possessives.tsv")),
            bigrams: bigrams.value(),
            bigramWeights: BigramWeights(path: path("en.bigram-weights.tsv")),
            tagModel: tagModel.value(),
            wordFrequencies: wordFrequencies.value())
    }
}
