// Licensed under the Apache License, Version 2.0.

/// French words that trigger structural rules, by class (`fr.word-classes.tsv`: `class<TAB>word`).
public struct WordClasses: Sendable {
    /// The rule a word list feeds.
    public enum WordClass: String, Sendable, CaseIterable {
        /// Verbs whose compound tenses use être (`il est parti` is active past, not passive).
        case etreAuxiliary = "etre-auxiliary"
        /// Nouns of duration: `il y a deux ans` → "two years ago".
        case timeNoun = "time-noun"
        /// Nouns of things that last rather than age: `un contrat de trois ans` → "a three-year contract", not
        /// "three-year-old" as `un homme de 45 ans` → "a 45-year-old man".
        case durationNoun = "duration-noun"
        /// Adverbs of quantity whose following `de` English drops: `beaucoup de gens` → "many people".
        case quantityAdverb = "quantity-adverb"
        /// Number nouns that stay singular after a number and drop `de`: `3 millions de` → "3 million".
        case scaleNoun = "scale-noun"
        /// Determiners that mean "every" before a number and a time noun: `tous les trois mois` → "every three months".
        case distributiveDeterminer = "distributive-determiner"
        /// Verbs whose subject `il` is impersonal ("it"): `il semble`, `il faut`; also verb expressions of
        /// `fr-en.mwe.tsv` whose verb alone is not (`arriver que`: `il arrive que` → "it happens that").
        case impersonalVerb = "impersonal-verb"
        /// Verbs whose impersonal `il` says that something exists, like `il y a`: `il existe une solution` →
        /// "there is a solution", agreeing with what follows (`il existe des solutions` → "there are solutions").
        case existentialVerb = "existential-verb"
        /// Verbs whose impersonal `il` before a noun phrase becomes "there" while the verb keeps its own English:
        /// `il reste trois jours` → "there remain three days" (but `il reste à la maison` → "he stays at home");
        /// before `à` + infinitive the `il` is "it": `il reste à faire` → "it remains to do".
        case thereVerb = "there-verb"
        /// Adverbs of comparison (`plus`, `aussi`): `il est plus grand que` compares, so its `il` is personal.
        case comparativeAdverb = "comparative-adverb"
        /// Nouns heading an `N de N` that English turns into a compound (`service de renseignement`).
        case compoundHead = "compound-head"
        /// Adjectives and adverbs that are comparatives by themselves (`meilleur`, `pire`, `mieux`): English says
        /// the comparative of their positive sense ("better", "worse"), the superlative after a definite article or
        /// a possessive (`le meilleur pays` → "the best country", `son pire ennemi` → "his worst enemy").
        case syntheticComparative = "synthetic-comparative"
        /// Adjectives that make their noun phrase plural whatever the form of its words (`nombreux`, whose masculine
        /// is also singular, before an invariable noun: `de nombreux pays` → "many countries").
        case pluralQuantifier = "plural-quantifier"
        /// Adjectives that stay after the noun when they take a `de`/`à` complement (`responsable de la sécurité`).
        case postnominalAdjective = "postnominal-adjective"
        /// Adjectives that usually precede the noun in French (`grand`, `nouveau`): a noun may follow them.
        case prenominalAdjective = "prenominal-adjective"
        /// Verbs followed by a bare infinitive in English too (`faire`, `laisser`, `voir`): no "to".
        case bareInfinitiveVerb = "bare-infinitive-verb"
        /// Verbs of motion after which `à` + place is "to" (`aller à Paris`), not "in", nor "at" before an
        /// `at-noun` (`aller à l'école` → "go to school").
        case motionVerb = "motion-verb"
        /// Nouns of places where one is or something happens, and points on a scale, whose `à` is "at" when no
        /// verb of motion governs it and `fr-en.preposition-contexts.tsv` has no row: `elle travaille à l'université`
        /// → "she works at the university", `à l'aéroport` → "at the airport".
        case atNoun = "at-noun"
        /// Verbs of motion into or change into something, whose `dans`/`en` complement is "into" when
        /// `fr-en.preposition-contexts.tsv` has no row: `il a jeté la lettre dans le feu` → "into the fire",
        /// `traduire en anglais` → "translate into English".
        case intoVerb = "into-verb"
        /// Nouns of rise and fall whose `de` complement is "in" before the thing that changes and keeps "of"
        /// before an amount: `la hausse des prix` → "the rise in prices", `une hausse de 5 %` → "a rise of 5%".
        case changeNoun = "change-noun"
        /// Verbs of saying after which an inverted subject is a speech tag, not a question (`dit-il`).
        case reportingVerb = "reporting-verb"
        /// Reporting verbs that English news renders "say" in a speech tag, after a quotation or a comma
        /// (`», a indiqué le ministre` → "the minister said"), while keeping their own sense elsewhere.
        case sayInSpeechTag = "say-in-speech-tag"
        /// Nouns naming people: an owner for `son`/`sa`/`ses` that is "his"/"her", not "its".
        case humanNoun = "human-noun"
        /// Verbs taking `de`/`à` + infinitive (`continuer de`, `menacer de`): before one, a form that could also be
        /// a noun or an adjective (`continue`, `menace`) is the finite verb.
        case infinitiveObjectVerb = "infinitive-object-verb"
        /// Degree adverbs (`plus`, `très`, `trop`): after a noun and one of them, an ambiguous form is an adjective
        /// (`une approche plus active`), not a verb.
        case degreeAdverb = "degree-adverb"
        /// Words and phrases (lower-case, as written, `jusqu'à présent`) that make a passé composé in the same
        /// sentence an English present perfect (`depuis`, `déjà`): "has risen since".
        case perfectCue = "perfect-cue"
        /// Words and phrases that tie a passé composé to a finished time (`hier`, `l'an dernier`, month names): it
        /// stays a simple past even beside a perfect cue. Inside the phrase a since-cue opens (`depuis janvier`)
        /// they date the start of a period lasting until now instead, and do not count (`TenseContext`).
        case pastCue = "past-cue"
        /// Adverbs whose English stands before a simple lexical verb and after `be` (`déjà` → "already", `souvent`
        /// → "often"): "il digère déjà" → "he already digests", not "he digests already".
        case preverbalAdverb = "preverbal-adverb"
        /// Degree and manner adverbs whose English follows the verb (`beaucoup` → "a lot", `bien` → "well"):
        /// "il a beaucoup travaillé." → "he worked a lot", not "he a lot worked".
        case postverbalAdverb = "postverbal-adverb"
        /// Words that, a few words after a verb in the present, make it an English present perfect (`depuis`):
        /// "il travaille ici depuis 2005" → "he has worked here since 2005".
        case sinceCue = "since-cue"
        /// Nouns of manner: `de façon précise` → "precisely", `de manière différente` → "differently".
        case mannerNoun = "manner-noun"
        /// Pronouns whose `de` introduces an adjective English puts right after them: `rien de grave` → "nothing
        /// serious", `quelque chose d'étrange` → "something strange".
        case adjectiveTakingPronoun = "adjective-taking-pronoun"
        /// Verbs of saying and thinking that `on` + verb + clause becomes an impersonal passive with: `on dit que`
        /// → "it is said that", `on estime que` → "it is estimated that".
        case onPassiveVerb = "on-passive-verb"
        /// Words opening the clause after an `on-passive-verb` (`que`, `si`, `pourquoi`): "it is not known why".
        case onPassiveLink = "on-passive-link"
        /// Words before `on` that keep it a person (`si l'on considère que` → "if one considers that").
        case onPassiveBlocker = "on-passive-blocker"
        /// Verbs that `on` + verb + noun phrase makes "there is/are": `on trouve des musées` → "there are museums".
        case onThereVerb = "on-there-verb"
        /// Expressions that pick members of a set and end in `de` (`l'un de`): the article after them keeps "the",
        /// as after a number or a pronoun and `de` (`l'un des pays` → "one of the countries").
        case partitiveSelector = "partitive-selector"
        /// Adjectives that stand for a noun when none follows and then take the English plural in the plural:
        /// `les autres` → "the others", `d'autres sont venus` → "others came".
        case substantiveAdjective = "substantive-adjective"
        /// Adjectives for people that English turns into a noun with "people" when they stand for a noun in the
        /// plural: `les jeunes` → "young people" (English says "the poor", "the wounded" but not "the young").
        case peopleAdjective = "people-adjective"
        /// Words that, a few words before the `que` opening a clause, make a lone `ne` in it expletive, not a
        /// negation: `avant qu'il ne parte` → "before he leaves", `plus difficile qu'on ne le pense` → "more
        /// difficult than one thinks".
        case expletiveNeCue = "expletive-ne-cue"
        /// Conjunctions opening a clause that repeats the main one as a neuter `le`/`l'` with the subject after
        /// the verb (`comme l'a indiqué la police` → "as indicated by the police"; `AsClauseInversion`).
        case asClauseConjunction = "as-clause-conjunction"
        /// Relatives and conjunctions after which French may put a noun subject after its verb, English never:
        /// `les mesures que propose le gouvernement` → "the measures that the government proposes", `ce qu'avaient
        /// prévu les analystes` → "what the analysts had expected", `quand arrive l'hiver` → "when winter comes"
        /// (`RelativeInversion`).
        case inversionOpener = "inversion-opener"
        /// Relatives that open such a clause only after a preposition, being subjects otherwise: `la salle dans
        /// laquelle jouent les enfants` → "the room in which the children play", but `laquelle est partie` → "who
        /// left" (`RelativeInversion`).
        case prepositionalInversionOpener = "prepositional-inversion-opener"
        /// Adjectives whose English goes before a number that follows a determiner: `les cinq derniers jours` →
        /// "the last five days" (`AdjectiveFronting`).
        case beforeNumberAdjective = "before-number-adjective"
        /// Adjectives whose English goes before an indefinite article: `une telle décision` → "such a decision".
        case beforeArticleAdjective = "before-article-adjective"
        /// Lower-case particles inside personal and place names (`de`, `da`, `van`): between a name and a capitalised
        /// surname they stay French (`Charles de Gaulle`, `Rio de Janeiro`; `NameRuns`).
        case nameParticle = "name-particle"
        /// Ranks and forms of address written in small letters before a name (`général`, `madame`): a
        /// `name-particle` between one and a listed surname is part of the name (`le général de Gaulle` → "General
        /// de Gaulle", not "of Gaulle"); like an `office-title`, one between `le`/`la` and a name drops the article.
        case nameTitle = "name-title"
        /// Offices that English writes as a capitalised title before a name, without an article: `le président
        /// Obama` → "President Obama", `la chancelière Merkel` → "Chancellor Merkel" (`DefiniteArticleTransfer`).
        case officeTitle = "office-title"
        /// Adverbs and expressions of equal comparison whose `que` is "as": `aussi grand que` → "as big as", `autant
        /// de livres que` → "as many books as", `tout aussi` → "just as … as".
        case equative = "equative"
        /// Adjectives of sameness whose `que` is "as": `la même chose que` → "the same thing as" (the adverb `même`,
        /// "even", is not one).
        case equativeAdjective = "equative-adjective"
        /// Currency symbols French writes after the amount and English before it: `375 000 $` → "$375,000",
        /// `3,5 millions €` → "€3.5 million" (`NumberTransfer`).
        case currencySymbol = "currency-symbol"
        /// Nouns, adjectives and participles whose `de` + infinitive is English "of" + -ing: `le risque de perdre`
        /// → "the risk of losing", `accusé d'avoir menti` → "accused of having lied", `capable de gagner` →
        /// "capable of winning" (other nouns keep "to": `la décision de partir` → "the decision to leave").
        case ofGerund = "of-gerund"
        /// Impersonal verbs whose person object pronoun is the English subject of the verb `fr-en.dative-verbs.tsv`
        /// gives them: `il nous faut du temps` → "we need time", `il me faut partir` → "I need to leave".
        case dativeSubjectVerb = "dative-subject-verb"
        /// Nouns of multiplication: after a number, the adjective that follows them is compared, not theirs:
        /// `trois fois plus cher` → "three times more expensive", `dix fois supérieur` → "ten times higher".
        case multiplierNoun = "multiplier-noun"
        /// Verbs whose `de` after their direct object introduces what the object is called, with the English of
        /// `fr-en.de-complements.tsv`: `qualifier la décision de scandaleuse` → "describe the decision as scandalous".
        case attributeVerb = "attribute-verb"
        /// Nouns that name a decade before a round year: `les années 80`, `les années 1980` → "the 1980s".
        case decadeNoun = "decade-noun"
        /// Prepositions that name whose words or view a clause gives (`selon`, `d'après`): the stressed pronoun
        /// after one is a person, whatever noun of its gender came before (`la loi est mauvaise, selon elle` →
        /// "according to her", not "according to it"; `PronounTransfer`).
        case speakerPreposition = "speaker-preposition"
        /// Stressed pronouns that, right after the verb and before an adverb or a participle, only echo the subject
        /// and are not said in English: `le ministre a lui aussi critiqué` → "the minister also criticised"
        /// (not `c'est lui aussi qui`).
        case subjectEcho = "subject-echo"
        /// Stressed pronouns that, right after an auxiliary and before its participle, go before the English verb:
        /// `qui a lui-même pris part` → "who himself took part".
        case subjectEmphasis = "subject-emphasis"
        /// Adverbs that, between the auxiliary and the participle of a passé composé, make it an English present
        /// perfect and keep their place before the participle: `a longtemps soutenu` → "has long supported".
        case perfectAdverb = "perfect-adverb"
        /// Verbs whose « de » + number … « à » + number is a range "from … to" whatever the units (`RangeTransfer`):
        /// `le taux est passé de 10 à 20 %` → "the rate passed from 10 to 20%".
        case fromToVerb = "from-to-verb"
        /// Verbs French mostly uses without an object, so that the noun phrase after one that follows a
        /// `bare-infinitive-verb` is its subject, which English puts between the two verbs: `faire rire les
        /// enfants` → "make the children laugh" (`CausativeInversion`).
        case causativeIntransitive = "causative-intransitive"
        /// Adverbs of time that English puts after the verb's object, not between the verb and it: `il a signé
        /// hier un accord` → "he signed an agreement yesterday" (`AdverbPlacement`).
        case afterObjectAdverb = "after-object-adverb"
        /// `preverbal-adverb`s that focus the prepositional phrase after them and stay before it, where the other
        /// ones go before the verb: `il a insisté notamment sur` → "he insisted notably on", but `il a contribué
        /// ainsi à` → "he thus contributed to" (`AdverbPlacement`).
        case focusAdverb = "focus-adverb"

        /// The case's position in `allCases`, for the tables of `WordClasses` (an array index instead of a hash of
        /// the class's name, which is how a `String`-backed enum hashes).
        var ordinal: Int {
            switch self {
            case .etreAuxiliary: 0
            case .timeNoun: 1
            case .durationNoun: 2
            case .quantityAdverb: 3
            case .scaleNoun: 4
            case .distributiveDeterminer: 5
            case .impersonalVerb: 6
            case .existentialVerb: 7
            case .thereVerb: 8
            case .comparativeAdverb: 9
            case .compoundHead: 10
            case .syntheticComparative: 11
            case .pluralQuantifier: 12
            case .postnominalAdjective: 13
            case .prenominalAdjective: 14
            case .bareInfinitiveVerb: 15
            case .motionVerb: 16
            case .atNoun: 17
            case .intoVerb: 18
            case .changeNoun: 19
            case .reportingVerb: 20
            case .sayInSpeechTag: 21
            case .humanNoun: 22
            case .infinitiveObjectVerb: 23
            case .degreeAdverb: 24
            case .perfectCue: 25
            case .pastCue: 26
            case .preverbalAdverb: 27
            case .postverbalAdverb: 28
            case .sinceCue: 29
            case .mannerNoun: 30
            case .adjectiveTakingPronoun: 31
            case .onPassiveVerb: 32
            case .onPassiveLink: 33
            case .onPassiveBlocker: 34
            case .onThereVerb: 35
            case .partitiveSelector: 36
            case .substantiveAdjective: 37
            case .peopleAdjective: 38
            case .expletiveNeCue: 39
            case .asClauseConjunction: 40
            case .inversionOpener: 41
            case .prepositionalInversionOpener: 42
            case .beforeNumberAdjective: 43
            case .beforeArticleAdjective: 44
            case .nameParticle: 45
            case .nameTitle: 46
            case .officeTitle: 47
            case .equative: 48
            case .equativeAdjective: 49
            case .currencySymbol: 50
            case .ofGerund: 51
            case .dativeSubjectVerb: 52
            case .multiplierNoun: 53
            case .attributeVerb: 54
            case .decadeNoun: 55
            case .speakerPreposition: 56
            case .subjectEcho: 57
            case .subjectEmphasis: 58
            case .perfectAdverb: 59
            case .fromToVerb: 60
            case .causativeIntransitive: 61
            case .afterObjectAdverb: 62
            case .focusAdverb: 63
            }
        }
    }

    /// The members of each class, by `WordClass.ordinal`.
    private var members = [Set<String>](repeating: [], count: WordClass.allCases.count)
    /// The first word of every member, as a sentence may spell it (`jusqu'à` and `jusqu'` of `jusqu'à présent`):
    /// a phrase search starts only at one of these. By `WordClass.ordinal`.
    private var firstWords = [Set<String>](repeating: [], count: WordClass.allCases.count)
    /// Every member and first word, numbered: a look-up finds a word once by its bytes, then tests a bit.
    private var words = StringNumbering()
    /// Per numbered word, `maskWidth` words of class bits (bit `ordinal`): the classes it is a member of.
    private var memberMasks: [UInt64] = []
    /// Per numbered word, the classes one of whose members it starts.
    private var firstWordMasks: [UInt64] = []
    private static let maskWidth = (WordClass.allCases.count + 63) / 64

    public init(_ members: [WordClass: Set<String>] = [:]) {
        for (wordClass, words) in members {
            for word in words { add(word, to: wordClass) }
        }
    }

    /// A member's possible first tokens: up to its first space, and through its first apostrophe (an elided
    /// word is a token of its own in running text, not in a glossary term).
    private static func firstWords(_ member: String) -> [String] {
        let word = String(member.prefix { $0 != " " })
        guard let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return [word] }
        return [word, String(word[...apostrophe])]
    }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line (unknown classes are errors).
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 0)
        for row in 0..<table.count {
            guard let wordClass = WordClass(rawValue: table.string(row: row, column: 0)) else {
                throw table.error(row: row, "unknown word class \(table.string(row: row, column: 0))")
            }
            add(table.string(row: row, column: 1), to: wordClass)
        }
    }

    private mutating func add(_ member: String, to wordClass: WordClass) {
        members[wordClass.ordinal].insert(member)
        setBit(of: wordClass, for: member, firstWord: false)
        for first in Self.firstWords(member) {
            firstWords[wordClass.ordinal].insert(first)
            setBit(of: wordClass, for: first, firstWord: true)
        }
    }

    /// Marks `word` as a member of the class (or, with `firstWord`, as the first word of one).
    private mutating func setBit(of wordClass: WordClass, for word: String, firstWord: Bool) {
        let number = words.insert(word)
        let needed = words.count * Self.maskWidth
        if memberMasks.count < needed { memberMasks.append(contentsOf: repeatElement(0, count: needed - memberMasks.count)) }
        if firstWordMasks.count < needed {
            firstWordMasks.append(contentsOf: repeatElement(0, count: needed - firstWordMasks.count))
        }
        let index = number * Self.maskWidth + wordClass.ordinal / 64
        let bit: UInt64 = 1 << UInt64(wordClass.ordinal % 64)
        if firstWord { firstWordMasks[index] |= bit } else { memberMasks[index] |= bit }
    }

    @inline(__always)
    private func hasBit(of wordClass: WordClass, for word: String, in masks: [UInt64]) -> Bool {
        guard let number = words.number(of: word) else { return false }
        return masks[number * Self.maskWidth + wordClass.ordinal / 64] & (1 << UInt64(wordClass.ordinal % 64)) != 0
    }

    /// Whether some member of `wordClass` starts with the token `word` (see `firstWords`).
    public func startsMember(_ word: String, in wordClass: WordClass) -> Bool {
        hasBit(of: wordClass, for: word, in: firstWordMasks)
    }

    public func contains(_ word: String, in wordClass: WordClass) -> Bool {
        hasBit(of: wordClass, for: word, in: memberMasks)
    }

    /// The members of a class, for a caller that tests many words against it.
    public func members(of wordClass: WordClass) -> Set<String> { members[wordClass.ordinal] }

    /// The first words of a class's members (see `startsMember`), for a caller that tests many words.
    public func firstWords(of wordClass: WordClass) -> Set<String> { firstWords[wordClass.ordinal] }
}
