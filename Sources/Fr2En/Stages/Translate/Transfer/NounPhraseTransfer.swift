// Licensed under the Apache License, Version 2.0.

/// Noun-phrase rules: ages, partitive and contracted articles, `de` after quantities, `N de N` compounds, adjectives
/// moved before their noun, comparatives and superlatives.
///
/// ```
/// du pain                      → bread            (partitive: de + le dropped)
/// la liste des candidats       → the list of the candidates
/// beaucoup de gens             → many people
/// une voiture rouge            → a red car
/// la politique étrangère américaine → the American foreign policy
/// le plus grand pays           → the biggest country
/// ce qu'il aime le plus        → what he likes the most
/// de tels projets              → such projects   (de + adjective-like determiner: plural indefinite)
/// les années 80                → the 1980s        (`DecadeTransfer`)
/// service de renseignement     → intelligence service  (listed compound head)
/// le chef du département de police → the head of the police department  (WordNet pair, inner one first)
/// une machine à laver, un sac en plastique → a washing machine, a plastic bag  (WordNet pairs)
/// de Russie, de Chine et d'Iran → of Russia, China and Iran
/// de façon très précise        → very precisely   (manner noun + adjective)
/// rien de grave                → nothing serious
/// un homme de 45 ans           → a 45-year-old man   (`AgeTransfer`)
/// ```
struct NounPhraseTransfer: Sendable {
    let classes: WordClasses
    /// Words whose `de` complement is not "of" (`venir de` → "from").
    let complements: DeComplements
    let inflector: EnglishInflector
    /// Manner adverbs of English adjectives (`precise` → "precisely").
    let adverbs: EnglishAdverbs
    /// Noun pairs English writes as compounds (`press conference`).
    let compounds: NounCompounds
    /// English word pairs: a pair English writes often enough is a compound too ("oil prices").
    let bigrams: EnglishBigrams
    /// The associations (`EnglishBigrams.association`) a pair needs to count as a compound, without and with an
    /// article after de.
    let weights: BigramWeights

    /// Ages (`un homme de 45 ans` → "a 45-year-old man").
    private var ages: AgeTransfer { AgeTransfer(classes: classes) }
    /// Decades (`les années 80` → "the 1980s").
    private var decades: DecadeTransfer { DecadeTransfer(classes: classes) }

    func apply(_ units: inout [TransferUnit]) {
        ages.apply(&units)
        decades.apply(&units)
        articles(&units)
        aCompounds(&units)
        places(&units)
        // Before degrees(), which rewrites an expression ending in « plus » (« beaucoup plus fort » → "much"
        // "stronger"): comparisons() still sees its "more" and gives « que » its "than".
        comparisons(&units)
        degrees(&units)
        substantiveAdjectives(&units)
        adjectives(&units)
        coordinatedComplements(&units)
    }

    // MARK: - Adjectives standing for a noun

    /// `les autres sont partis` → "the others left", `d'autres sont venus` → "others came"
    /// (`substantive-adjective`): a plural adjective of the class after a determiner, or an expression of the class,
    /// with no noun or adjective after it stands for a noun and takes the English plural; a plural
    /// `people-adjective` (or its noun) standing for a noun takes "people" (`les jeunes` → "young people").
    private func substantiveAdjectives(_ units: inout [TransferUnit]) {
        for index in units.indices where !units[index].done && units[index].english.count == 1 {
            let unit = units[index]
            if let phrase = unit.phrase {
                guard phrase.tags.features.contains(.plural),
                      classes.contains(phrase.french, in: .substantiveAdjective) else { continue }
            } else if unit.is(.adjective) || unit.is(.noun), unit.has(.plural),
                      classes.contains(unit.lemma, in: .peopleAdjective),
                      NominalAdjective.headsNounPhrase(units, index, classes: classes) {
                // « les jeunes » → "young people".
                units[index].english = [(unit.englishNoun ?? unit.english[0]) + " people"]
                units[index].done = true
                continue
            } else {
                guard unit.is(.adjective), unit.has(.plural), index > 0, units[index - 1].is(.determiner),
                      classes.contains(unit.lemma, in: .substantiveAdjective) else { continue }
            }
            if index + 1 < units.count {
                let next = units[index + 1]
                if next.isNominal || next.is(.adjective) || next.is(.numeral) || next.isNumber || next.unknown { continue }
            }
            units[index].english = [inflector.inflect(unit.english[0], .plural)]
            units[index].done = true
        }
    }

    // MARK: - Coordinated de-complements

    private func isComma(_ unit: TransferUnit) -> Bool { unit.isPunctuation && unit.token.text == "," }

    private func isListCoordinator(_ unit: TransferUnit) -> Bool {
        unit.is(.coordinator) && (unit.lowered == "et" || unit.lowered == "ou")
    }

    /// Whether a unit can sit inside one conjunct of a list of de-complements (`de la Chine`, `d'Iran`).
    private func isConjunctWord(_ unit: TransferUnit) -> Bool {
        unit.isNominal || unit.isTerm || unit.isNumber || unit.unknown || unit.is(.determiner) || unit.is(.adjective)
            || unit.is(.numeral)
    }

    /// `de Russie, de Chine, d'Iran et du Pakistan` → "of Russia, China, Iran and Pakistan": in a list of
    /// de-complements, English says the preposition once. A conjunct after a comma counts only when the list goes
    /// on to `et`/`ou` + de. The first de sets the list's English: a plain "of" later in the list follows it
    /// (`parler de Paris, de Londres et de Rome` → "talk about Paris, London and Rome").
    private func coordinatedComplements(_ units: inout [TransferUnit]) {
        var listHead: [Int: [String]] = [:]
        for index in units.indices.dropFirst() where units[index].isDePreposition {
            let separator = units[index - 1]
            let afterComma = isComma(separator)
            guard afterComma || isListCoordinator(separator) else { continue }
            // The previous de of the list, across one short conjunct.
            var cursor = index - 2
            var first: Int?
            while cursor >= 0, index - cursor <= 8 {
                if units[cursor].isDePreposition { first = cursor; break }
                guard isConjunctWord(units[cursor]) else { break }
                cursor -= 1
            }
            guard let first, first < index - 2 else { continue }
            let head = listHead[first] ?? units[first].english
            guard !head.isEmpty else { continue }
            if units[index].english.isEmpty {
                // « de Chine, du Pakistan et d'Iran »: a de already silent (partitive « du ») passes the head on.
                listHead[index] = head
                continue
            }
            guard head == units[index].english || units[index].english == ["of"] else { continue }
            if afterComma && !listEndsWithDe(units, after: index) { continue }
            listHead[index] = head
            units[index].english = []
            units[index].done = true
        }
    }

    /// Whether, after the conjunct that starts at the de at `start`, the list goes on to `et`/`ou` + de.
    private func listEndsWithDe(_ units: [TransferUnit], after start: Int) -> Bool {
        var cursor = start + 1
        while cursor + 1 < units.count, cursor - start <= 24 {
            let unit = units[cursor]
            if isListCoordinator(unit) { return units[cursor + 1].isDePreposition }
            guard isConjunctWord(unit) || isComma(unit) || unit.isDePreposition else { return false }
            cursor += 1
        }
        return false
    }

    /// `à Paris`, `au Pakistan`, `en Chine` → "in Paris", "in Pakistan", "in China", but "to Paris", "to China"
    /// after verbs of motion. Not before a name known only as a person's (`il a écrit à Obama`).
    private func places(_ units: inout [TransferUnit]) {
        for index in units.indices.dropLast() where (units[index].lowered == "à" || units[index].lowered == "en")
            && units[index].is(.preposition) && !units[index].done {
            // « au Pakistan » = à + le + Pakistan: the article before a country's name is not in the way.
            var name = index + 1
            if units[name].isDefiniteArticle, name + 1 < units.count { name += 1 }
            let next = units[name]
            guard next.is(.properNoun) || ((next.unknown || next.isTerm) && next.token.isCapitalized) else { continue }
            if isPerson(units, at: name) { continue }
            var cursor = index - 1
            var motion = false
            while cursor >= 0 && index - cursor <= 4 {
                if units[cursor].analysis?.pos.isVerb == true {
                    motion = classes.contains(units[cursor].lemma, in: .motionVerb)
                    break
                }
                cursor -= 1
            }
            units[index].english = [motion ? "to" : "in"]
            units[index].done = true
        }
    }

    /// Whether the proper noun at `index` names a person, not a place: the lexicon knows it only as a first name
    /// (« écrire à Diane Sawyer »), or only as a surname with no capitalised word after it (« à Panetta », but
    /// « au Costa Rica » is a place).
    private func isPerson(_ units: [TransferUnit], at index: Int) -> Bool {
        let unit = units[index]
        guard unit.is(.properNoun), !unit.candidates.contains(where: { $0.tags.features.contains(.place) }) else {
            return false
        }
        if unit.candidates.contains(where: { $0.tags.features.contains(.firstName) }) { return true }
        guard unit.candidates.contains(where: { $0.tags.features.contains(.surname) }) else { return false }
        return !(index + 1 < units.count && units[index + 1].isWord && units[index + 1].token.isCapitalized)
    }

    /// `plus … que` → "more … than", `aussi … que` → "as … as" (the `equative` class: `autant de`, `tout aussi`,
    /// `même`).
    private func comparisons(_ units: inout [TransferUnit]) {
        for index in units.indices where units[index].lowered == "que" || units[index].lowered == "qu'" {
            var cursor = index - 1
            while cursor >= 0 && index - cursor <= 4 {
                let word = units[cursor].lowered
                if degreeAdverb(units[cursor]) != nil || units[cursor].has(.comparative)
                    || classes.contains(units[cursor].lemma, in: .syntheticComparative)
                    || units[cursor].english.first.map({ $0.hasSuffix("er") && units[cursor].is(.adjective) && inflector.hasListed(units[cursor].lemma, .comparative) }) == true {
                    units[index].english = ["than"]
                    units[index].done = true
                    break
                }
                let expression = units[cursor].phrase?.french.lowercased()
                // A single adverb compares only the adjective, participle or adverb after it (« aussi grand que »).
                if (classes.contains(expression ?? word, in: .equative)
                    && (expression != nil || units[cursor + 1].is(.adjective) || units[cursor + 1].is(.adverb)
                        || units[cursor + 1].has(.pastParticiple)))
                    || (units[cursor].is(.adjective) && classes.contains(units[cursor].lemma, in: .equativeAdjective)) {
                    // « il dit aussi que », « il a aussi ajouté que »: "also … that", not "as … as".
                    if cursor == index - 1 || (units[cursor].is(.adverb) && cursor > 0 && units[cursor - 1].is(.have)) { break }
                    if expression == nil && !units[cursor].is(.adjective) {
                        units[cursor].english = ["as"]
                    } else if let english = units[cursor].english.first, english.hasPrefix("so ") {
                        // « autant de livres que »: "so many" → "as many".
                        units[cursor].english = ["as " + english.dropFirst(3)]
                    }
                    units[cursor].done = true
                    units[index].english = ["as"]
                    units[index].done = true
                    break
                }
                if units[cursor].isPunctuation || units[cursor].analysis?.pos.isVerb == true && index - cursor > 1 { break }
                cursor -= 1
            }
        }
    }

    // MARK: - Articles and "de"

    /// `de façon précise`, `d'une manière très différente` → "precisely", "very differently"; with an adjective
    /// English makes no adverb of, "in a completely normal way" (the adjectives move before "way").
    private func manner(_ units: inout [TransferUnit], de index: Int) -> Bool {
        var noun = index + 1
        if noun < units.count, units[noun].is(.determiner), units[noun].has(.indefinite), units[noun].has(.singular) {
            noun += 1
        }
        guard noun + 1 < units.count, classes.contains(units[noun].lemma, in: .mannerNoun), units[noun].is(.noun),
              !units[noun].has(.plural) else { return false }
        var adjective = noun + 1
        while adjective < units.count, adjective - noun <= 3, units[adjective].is(.adverb) || units[adjective].is(.preadverb) {
            adjective += 1
        }
        let word = adjective < units.count && units[adjective].is(.adjective) ? units[adjective].english : []
        if word.count == 1, let adverb = adverbs.adverb(of: word[0]) {
            for unit in index...noun {
                units[unit].english = []
                units[unit].done = true
            }
            units[adjective].english = [adverb]
            units[adjective].done = true
            return true
        }
        let participle = adjective < units.count && units[adjective].analysis.map { $0.pos.isVerb && $0.tags.has(.pastParticiple) } == true
        guard noun == index + 1, adjective > noun + 1 || word.count > 0 || participle else { return false }
        units[index].english = ["in", "a"]
        units[index].done = true
        return true
    }

    private func isDe(_ unit: TransferUnit) -> Bool {
        unit.isDePreposition && !unit.done
    }

    /// Whether "de" after this unit means "of": after nouns, names, terms, numbers, adjectives and participles
    /// that follow a noun.
    private func takesOf(_ units: [TransferUnit], before index: Int) -> Bool {
        var cursor = index - 1
        // « les "hauts responsables" du Pakistan », « la Direction (ISI) du Pakistan »: the noun phrase before a
        // closing mark governs de.
        if cursor > 0, units[cursor].mayCloseQuotation, units[cursor - 1].isWord || units[cursor - 1].isTerm {
            cursor -= 1
        }
        while cursor >= 0 {
            let unit = units[cursor]
            if unit.isNominal || unit.isNumber || unit.is(.numeral) { return true }
            if unit.is(.adjective) || (unit.analysis?.tags.has(.pastParticiple) == true && !unit.done) {
                cursor -= 1
                // "une approche plus active des questions": a degree adverb before the adjective.
                if cursor >= 0, units[cursor].is(.adverb) || units[cursor].is(.preadverb),
                   classes.contains(units[cursor].lowered, in: .degreeAdverb) { cursor -= 1 }
                continue
            }
            if unit.is(.pronoun) && (unit.has(.tonic) && !unit.has(.first) && !unit.has(.second)) && unit.lowered != "il"
                && unit.lowered != "ils" && unit.lowered != "elle" && unit.lowered != "elles" { return true }
            return false
        }
        return false
    }

    /// The English of a `de` that introduces an attribute after the direct object of an `attribute-verb`
    /// (« qualifier l'OCS de "plate-forme importante" » → "describe the SCO as "important platform""): `de`
    /// before a bare noun, adjective, degree adverb or opening quotation mark (no article, no pronoun, no other
    /// adverb: « d'il y a deux ans », « d'hier » are dates), after a noun phrase of at most six words that
    /// follows the verb; the English is the verb's `fr-en.de-complements.tsv` row. Nil otherwise.
    private func attributeLink(_ units: [TransferUnit], de index: Int) -> [String]? {
        guard index >= 2, index + 1 < units.count else { return nil }
        let next = units[index + 1]
        guard next.isNominal || next.is(.adjective) || next.is(.preadverb) || next.mayOpenQuotation
            || classes.contains(next.lowered, in: .degreeAdverb) else { return nil }
        var cursor = index - 1
        var sawNoun = false
        while cursor >= 0, index - cursor <= 6 {
            let unit = units[cursor]
            if let analysis = unit.analysis, analysis.pos.isVerb {
                guard sawNoun, classes.contains(analysis.lemma, in: .attributeVerb) else { return nil }
                return complements.english(after: analysis.lemma)
            }
            if unit.isNominal { sawNoun = true } else {
                guard unit.is(.determiner) || unit.is(.adjective) || unit.is(.numeral) || unit.isNumber
                    || unit.mayCloseQuotation || unit.mayOpenQuotation else { return nil }
            }
            cursor -= 1
        }
        return nil
    }

    /// Whether the `de` at `index` opens a range of numbers (`de 5 à 10`).
    private func startsNumberRange(_ units: [TransferUnit], at index: Int) -> Bool {
        index + 3 < units.count && units[index + 1].isNumber && units[index + 2].lowered == "à"
            && units[index + 3].isNumber
    }

    /// Whether a plural common noun follows the adjective at `index`, across other adjectives and adverbs
    /// (« de très bons résultats »).
    private func pluralNoun(after index: Int, in units: [TransferUnit]) -> Bool {
        var cursor = index + 1
        while cursor < units.count, cursor - index <= 3 {
            if units[cursor].is(.noun) { return units[cursor].has(.plural) }
            guard units[cursor].is(.adjective) || units[cursor].is(.adverb) || units[cursor].is(.preadverb) else {
                return false
            }
            cursor += 1
        }
        return false
    }

    private func articles(_ units: inout [TransferUnit]) {
        for index in units.indices where isDe(units[index]) {
            let next = index + 1 < units.count ? units[index + 1] : nil
            let previous = index > 0 ? units[index - 1] : nil
            // Quantity adverbs: "beaucoup de gens" → "many people"; "3 millions de" → "3 million".
            if let previous, previous.isWord, !previous.done, classes.contains(previous.lowered, in: .quantityAdverb) {
                if let next, next.isNumber || next.is(.numeral) {
                    units[index].english = ["than"]
                } else {
                    units[index].english = []
                    if let next, next.isDefiniteArticle { units[index].english = ["of"] }
                }
                units[index].done = true
                continue
            }
            // "66 % des employés" → "66% of the employees": a percentage takes "of" before a determined noun.
            if let previous, previous.token.text == "%" || previous.phrase?.french == "pour cent", let next,
               next.is(.determiner), next.isDefiniteArticle || next.has(.possessive) || next.has(.demonstrative) {
                units[index].english = ["of"]
                units[index].done = true
                continue
            }
            if let previous, previous.is(.noun), classes.contains(previous.lemma, in: .scaleNoun), index >= 2,
               units[index - 2].isNumber || units[index - 2].is(.numeral) {
                units[index - 1].english = [inflector.inflect(previous.english.first ?? "", .base)]
                if let lemma = previous.english.first, lemma.hasSuffix("s") { units[index - 1].english = [String(lemma.dropLast())] }
                units[index].english = []
                units[index].done = true
                continue
            }
            guard let next else { continue }
            if manner(&units, de: index) { continue }
            // "rien de grave" → "nothing serious".
            if let previous, classes.contains(previous.lowered, in: .adjectiveTakingPronoun), next.is(.adjective) {
                units[index].english = []
                units[index].done = true
                continue
            }
            // « il a qualifié la décision de scandaleuse » → "he described the decision as scandalous".
            if let english = attributeLink(units, de: index) {
                units[index].english = english
                units[index].done = true
                continue
            }
            // "il vient de Paris" → "he comes from Paris", "parler de la crise" → "talk about the crisis"; not
            // before an infinitive or a clitic ("il vient de partir" is a verb frame), nor a range of numbers
            // ("augmenter de 5 à 10 %" → "from 5 to 10%", `NumberTransfer`).
            if let previous, previous.analysis?.pos.isVerb == true || previous.is(.adverb) || previous.is(.adjective),
               let english = complements.english(after: previous.lemma),
               next.analysis?.pos.isVerb != true, !(next.is(.pronoun) && next.has(.proclitic)),
               !startsNumberRange(units, at: index) {
                units[index].english = english
                units[index].done = true
                continue
            }
            // "le taux est de 3 %" → "the rate is 3%".
            if let previous, previous.lemma == "être", previous.analysis?.pos.isVerb == true, next.isNumber {
                units[index].english = []
                units[index].done = true
                continue
            }
            if next.isDefiniteArticle {
                if compound(&units, de: index) { continue }
                let contracted = units[index].token.origin.contains(.contracted)
                let partitiveArticle = contracted || next.lowered == "la" || next.lowered == "l'"
                // A decade is never partitive: « à partir des années 60 » → "from the 1960s".
                let decade = index + 2 < units.count && units[index + 2].done
                    && classes.contains(units[index + 2].lemma, in: .decadeNoun)
                if !takesOf(units, before: index) && partitiveArticle && !decade {
                    // Partitive or indefinite plural: "du pain" → "bread", "des lois" → "laws".
                    units[index].english = []
                    units[index].done = true
                    units[index + 1].english = []
                    units[index + 1].done = true
                }
                continue
            }
            // "ils ont de bons résultats" → "they have good results": before an adjective and a plural noun, a de
            // that no noun governs is the plural indefinite article (des). So before an adjective of either number
            // (« de gros problèmes » → "big problems") and before a determiner that may be an adjective but not a
            // pronoun (« de tels projets » → "such projects"); not before « de plusieurs », « de certains »: a
            // preposition before a determiner of its own.
            let quantifier = classes.contains(next.lemma, in: .pluralQuantifier)
            let adjectival = next.is(.adjective)
                || (next.is(.determiner) && next.canBe(.adjective) && !next.canBe(.pronoun))
            if adjectival, next.has(.plural) || next.has(.invariableNumber) || quantifier,
               units[index].english == ["of"],
               !takesOf(units, before: index), quantifier || pluralNoun(after: index + 1, in: units) {
                units[index].drop()
                continue
            }
            _ = compound(&units, de: index)
        }
    }

    /// `N de N` that English writes as a compound noun, the modifier first: « service de renseignement » →
    /// "intelligence service" (a `compound-head` French noun + a bare noun), « conférence de presse » → "press
    /// conference", « le prix du pétrole » → "the oil price" (a pair `en.noun-compounds.tsv` lists; only such pairs
    /// also drop an article after de). The modifier must end its noun phrase (no adjective after it). In a chain,
    /// the inner pair wins (« le chef du département de police » → "the head of the police department").
    private func compound(_ units: inout [TransferUnit], de index: Int) -> Bool {
        // The head must still be a plain noun (not already the head of a compound).
        guard index > 0, units[index - 1].is(.noun), !units[index - 1].done, units[index - 1].before.isEmpty
        else { return false }
        let head = units[index - 1]
        let article = index + 1 < units.count && units[index + 1].isDefiniteArticle
        let nounIndex = index + (article ? 2 : 1)
        guard nounIndex < units.count, units[nounIndex].is(.noun), !units[nounIndex].done, units[nounIndex].before.isEmpty,
              !(nounIndex + 1 < units.count && units[nounIndex + 1].is(.adjective)),
              !innerCompound(units, after: nounIndex) else { return false }
        let noun = units[nounIndex]
        let threshold = article ? weights.compoundAssociationAfterArticle : weights.compoundAssociation
        let modifier: String
        if let lemma = noun.englishNoun, let headLemma = head.englishNoun,
           compounds.contains(modifier: lemma, head: headLemma)
            || (!afterIndefinite(units, index - 1) && !(article && phraseGoesOn(units, after: nounIndex))
                && frequentPair(lemma, headLemma, head.english.first, threshold: threshold)) {
            modifier = capitalised(lemma, like: noun)
        } else if !article, classes.contains(head.lemma, in: .compoundHead), let word = noun.english.first {
            // The modifier is the noun's English lemma (« réseau de bénéficiaires » → "beneficiary network", not
            // "beneficiarie"); a word with none (a name, a guess) loses a plural -s.
            if let lemma = noun.englishNoun {
                modifier = capitalised(lemma, like: noun)
            } else {
                let plural = noun.has(.plural) && word.hasSuffix("s") && !word.hasSuffix("ss")
                modifier = plural ? String(word.dropLast()) : word
            }
        } else {
            return false
        }
        units[index - 1].before += [modifier]
        for unit in units[index...nounIndex] { unit.drop() }
        return true
    }

    /// Whether the noun at `index` follows an indefinite article, across adjectives: « un (grand) verre de vin » is
    /// a measure ("a glass of wine"), however often English says "wine glass".
    private func afterIndefinite(_ units: [TransferUnit], _ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, units[cursor].is(.adjective) { cursor -= 1 }
        return cursor >= 0 && units[cursor].is(.determiner) && units[cursor].has(.indefinite)
    }

    /// Whether the noun phrase of the noun at `index` goes on after it, so that the noun cannot move before the head
    /// alone: a name it introduces (« le logo de la société IBM »), a coordinated noun (« les prix du pétrole et du
    /// gaz », not "the oil prices and gas") or a de complement of its own (« l'intervention des gouvernements de
    /// Belgique »).
    private func phraseGoesOn(_ units: [TransferUnit], after index: Int) -> Bool {
        guard index + 1 < units.count else { return false }
        let next = units[index + 1]
        return next.is(.properNoun) || next.isTerm || (next.unknown && next.token.isCapitalized)
            || next.is(.coordinator) || next.lemma == "de"
    }

    /// Whether English often writes the noun `modifier` right before `head` (a pair `en.bigrams.tsv` lists with at
    /// least `threshold`), for an `N de N` whose head follows no indefinite article: « les images satellites », « la
    /// perte d'emploi » → "job loss", « la crise de la dette » → "the debt crisis" (a stricter threshold after an
    /// article); « un verre de vin » (a measure) keeps "of". The pair may hold the head's lemma or its form `headForm`.
    private func frequentPair(_ modifier: String, _ head: String, _ headForm: String?, threshold: Double) -> Bool {
        guard threshold > 0 else { return false }
        for word in [head, headForm?.lowercased()].compactMap({ $0 }) {
            if let association = bigrams.association(modifier, word), association >= threshold { return true }
        }
        return false
    }

    /// The modifier's English lemma with the capital the French word kept mid-sentence ("la Police" → "Police").
    private func capitalised(_ lemma: String, like noun: TransferUnit) -> String {
        noun.english.first?.first?.isUppercase == true ? lemma.prefix(1).uppercased() + lemma.dropFirst() : lemma
    }

    /// Whether the noun at `index` makes a listed compound with a `de` complement of its own (« département de
    /// police »): that pair is the tighter one.
    private func innerCompound(_ units: [TransferUnit], after index: Int) -> Bool {
        guard index + 2 < units.count, isDe(units[index + 1]), let head = units[index].englishNoun else { return false }
        let nounIndex = index + (units[index + 2].isDefiniteArticle ? 3 : 2)
        guard nounIndex < units.count, units[nounIndex].is(.noun), let lemma = units[nounIndex].englishNoun else {
            return false
        }
        return compounds.contains(modifier: lemma, head: head)
    }

    /// `N à N`, `N en N` and `N à V` that English writes as a compound noun (a pair `en.noun-compounds.tsv` lists):
    /// « canon à eau » → "water cannon", « sac en plastique » → "plastic bag", « machine à laver » → "washing
    /// machine" (the infinitive as a gerund). Only a bare modifier: after au, aux, à la the noun is more often a
    /// place or a recipient (« la plus grande banque au monde », « une année à l'école »; on newstest 2009–2011
    /// such pairs were wrong more often than right).
    private func aCompounds(_ units: inout [TransferUnit]) {
        for index in units.indices.dropFirst().dropLast()
        where (units[index].lowered == "à" || units[index].lowered == "en") && units[index].is(.preposition)
            && !units[index].token.origin.contains(.contracted) {
            let head = units[index - 1]
            let modifierIndex = index + 1
            let unit = units[modifierIndex]
            guard head.is(.noun), !head.done, head.before.isEmpty, let headLemma = head.englishNoun, unit.after.isEmpty,
                  !(modifierIndex + 1 < units.count && units[modifierIndex + 1].is(.adjective)) else { continue }
            let modifier: String
            if unit.is(.noun), !units[index].done, !unit.done, unit.before.isEmpty, let lemma = unit.englishNoun {
                modifier = capitalised(lemma, like: unit)
            } else if unit.analysis.map({ $0.pos.isVerb && $0.tags.has(.infinitive) }) == true,
                      let verb = unit.english.last, !verb.contains(" "),
                      !(modifierIndex + 1 < units.count
                        && (units[modifierIndex + 1].is(.determiner) || units[modifierIndex + 1].isNominal)) {
                // Not an infinitive with an object (« une machine à laver le linge »). The verb group may already
                // have put "to" before the infinitive.
                modifier = inflector.inflect(verb, .gerund)
            } else {
                continue
            }
            guard compounds.contains(modifier: modifier.lowercased(), head: headLemma) else { continue }
            units[index - 1].before += [modifier]
            for unit in units[index...modifierIndex] {
                unit.drop()
                unit.before = []
            }
        }
    }

    // MARK: - Adjectives

    /// Length of an adjective cluster starting at `start`: [le] [adverbs] adjective; 0 when none.
    private func adjectiveCluster(_ units: [TransferUnit], at start: Int) -> Int {
        var cursor = start
        if cursor < units.count, units[cursor].isDefiniteArticle, cursor + 1 < units.count,
           units[cursor + 1].lowered == "plus" || units[cursor + 1].lowered == "moins" {
            cursor += 1
        }
        var adverbs = 0
        while cursor < units.count, adverbs < 2, !units[cursor].done,
              units[cursor].is(.adverb) || units[cursor].is(.preadverb) || units[cursor].is(.adverbialConjunction) {
            cursor += 1
            adverbs += 1
        }
        guard cursor < units.count, units[cursor].is(.adjective), !units[cursor].done else { return 0 }
        // An adjective with its own complement stays after the noun: "responsable de la sécurité" (listed
        // adjectives + de), "relatif à", "prêt à" (any adjective + à).
        if classes.contains(units[cursor].lemma, in: .postnominalAdjective),
           cursor + 1 < units.count, ["de", "d'", "à"].contains(units[cursor + 1].lowered) { return 0 }
        if cursor + 1 < units.count, units[cursor + 1].lowered == "à" { return 0 }
        return cursor - start + 1
    }

    private func adjectives(_ units: inout [TransferUnit]) {
        var index = 0
        while index < units.count {
            guard units[index].is(.noun) || units[index].isTerm, !countedMultiplier(units, at: index) else {
                index += 1
                continue
            }
            var clusters: [Range<Int>] = []
            var cursor = index + 1
            var coordinated = false
            while cursor < units.count {
                let length = adjectiveCluster(units, at: cursor)
                if length > 0 {
                    clusters.append(cursor..<(cursor + length))
                    cursor += length
                    continue
                }
                if !clusters.isEmpty, units[cursor].lowered == "et" || units[cursor].lowered == "ou",
                   adjectiveCluster(units, at: cursor + 1) > 0 {
                    clusters.append(cursor..<(cursor + 1))
                    coordinated = true
                    cursor += 1
                    continue
                }
                break
            }
            guard !clusters.isEmpty else {
                index += 1
                continue
            }
            let ordered = coordinated ? clusters : clusters.reversed()
            var words: [String] = []
            for cluster in ordered {
                words += renderCluster(&units, cluster)
            }
            units[index].before += words
            index = cursor
        }
    }

    /// Whether the unit at `index` is a `multiplier-noun` after a number or numeral (`trois fois plus cher` →
    /// "three times more expensive"): the adjective after it is compared by it and stays after it.
    private func countedMultiplier(_ units: [TransferUnit], at index: Int) -> Bool {
        guard index > 0, units[index].is(.noun), classes.contains(units[index].lemma, in: .multiplierNoun) else {
            return false
        }
        return units[index - 1].isNumber || units[index - 1].is(.numeral)
    }

    /// The English of an adjective cluster, clearing its units.
    private func renderCluster(_ units: inout [TransferUnit], _ cluster: Range<Int>) -> [String] {
        var words: [String] = []
        for position in cluster {
            if position == cluster.lowerBound && units[position].isDefiniteArticle {
                units[position].english = []
                units[position].done = true
                continue
            }
            words += units[position].before + units[position].english + units[position].after
            units[position].english = []
            units[position].before = []
            units[position].after = []
            units[position].done = true
        }
        return words
    }

    // MARK: - Comparison

    /// `plus grand` → "bigger", `le plus grand` → "the biggest", `plus important` → "more important".
    private func degrees(_ units: inout [TransferUnit]) {
        for index in units.indices {
            if syntheticComparative(&units, at: index) { continue }
            guard let degree = degreeAdverb(units[index]), !units[index].done,
                  units[index].is(.adverb) || units[index].is(.adverbialConjunction) || units[index].phrase != nil
            else { continue }
            // Find the adjective: next unit, or the first English word already moved.
            guard index + 1 < units.count, units[index + 1].is(.adjective) || (units[index + 1].analysis?.tags.has(.pastParticiple) ?? false) else {
                adverbialSuperlative(&units, at: index, degree: degree)
                continue
            }
            let superlative = index > 0 && (units[index - 1].isDefiniteArticle || endsInThe(units[index - 1]))
            guard let adjective = units[index + 1].english.first, units[index + 1].english.count == 1 else { continue }
            // An expression ending in plus (`bien plus`, `beaucoup plus` → "much more") keeps its other words.
            let modifiers = units[index].phrase == nil ? []
                : units[index].english.joined(separator: " ").split(separator: " ").dropLast().map(String.init)
            if degree == "plus" && inflector.hasListed(adjective, superlative ? .superlative : .comparative)
                && !units[index + 1].has(.pastParticiple) {
                units[index].english = modifiers
                units[index + 1].english = [inflector.inflect(adjective, superlative ? .superlative : .comparative)]
            } else if units[index].phrase == nil {
                units[index].english = [degree == "plus" ? (superlative ? "most" : "more") : (superlative ? "least" : "less")]
            }
        }
        // Already-moved clusters hold "plus" as English "more"; nothing else to do here.
    }

    /// Whether an expression's English ends in "the" (« faire partie des plus chers » → "be among the most
    /// expensive": the article is inside the expression).
    private func endsInThe(_ unit: TransferUnit) -> Bool {
        unit.phrase != nil && unit.english.joined(separator: " ").split(separator: " ").last == "the"
    }

    /// « le plus » / « le moins » with no adjective after them: the superlative of a verb or a quantity, "the most"
    /// / "the least" (« ce qu'il aimait le plus » → "what he liked the most", « le plus de voix » → "the most
    /// votes", « le moins de personnes » → "the fewest people"); before an adverb English compares, its superlative
    /// (« le plus loin » → "the farthest"). After « la » or « les » the word after « plus » is an adjective the
    /// tagger read otherwise or a quoted one, still "the most" (« les pays les plus "connectés" » → "the countries
    /// the most "connected"", not "the more"), unless « de », « que » or a number follows: « les plus de 140
    /// créanciers » → "the more than 140 creditors".
    private func adverbialSuperlative(_ units: inout [TransferUnit], at index: Int, degree: String) {
        guard index > 0, units[index].phrase == nil, units[index].english.count == 1,
              units[index - 1].isDefiniteArticle, units[index - 1].english == ["the"]
        else { return }
        let next = index + 1 < units.count ? units[index + 1] : nil
        if units[index - 1].lowered != "le" {
            guard let next, !next.isDePreposition, !next.isNumber, !next.is(.numeral), !next.endsClause,
                  next.lowered != "que", next.lowered != "qu'", next.isWord || next.mayOpenQuotation else { return }
            units[index].english = [degree == "plus" ? "most" : "least"]
            units[index].done = true
            return
        }
        if let next, next.is(.adverb), !next.done, next.english.count == 1, let adverb = next.english.first,
           degree == "plus", inflector.hasListed(adverb, .superlative) {
            units[index].english = []
            units[index + 1].english = [inflector.inflect(adverb, .superlative)]
            units[index + 1].done = true
        } else if degree == "moins", let next, next.isDePreposition, index + 2 < units.count,
                  units[index + 2].is(.noun), units[index + 2].has(.plural) {
            units[index].english = ["fewest"]
        } else {
            units[index].english = [degree == "plus" ? "most" : "least"]
        }
        units[index].done = true
    }

    /// `plus` or `moins` when the unit is that adverb or an expression ending in it whose English ends in "more"
    /// or "less" (`bien plus` → "much more"; not `de plus en plus` → "increasingly").
    private func degreeAdverb(_ unit: TransferUnit) -> String? {
        for (degree, english) in [("plus", "more"), ("moins", "less")] {
            if unit.lowered == degree { return degree }
            if let phrase = unit.phrase, phrase.french.hasSuffix(" " + degree),
               let last = unit.english.last, last == english || last.hasSuffix(" " + english) {
                return degree
            }
        }
        return nil
    }

    /// `meilleur` → "better", `le meilleur` / `son meilleur` / `les trois meilleurs` → "the best" / "his best" /
    /// "the three best" (`synthetic-comparative`).
    private func syntheticComparative(_ units: inout [TransferUnit], at index: Int) -> Bool {
        let unit = units[index]
        guard !unit.done, unit.phrase == nil, unit.is(.adjective) || unit.is(.adverb),
              classes.contains(unit.lemma, in: .syntheticComparative),
              unit.english.count == 1, let positive = unit.english.first else { return false }
        // The determiner, across a number (`les trois meilleurs` → "the three best"); the « les » of a partitive
        // « des » has already been dropped (`ils veulent des meilleurs salaires` → "better wages").
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 2, units[cursor].is(.numeral) || units[cursor].isNumber { cursor -= 1 }
        let determiner = cursor >= 0 ? units[cursor] : nil
        let superlative = determiner.map {
            ($0.isDefiniteArticle && !$0.english.isEmpty) || ($0.is(.determiner) && $0.has(.possessive))
        } ?? false
        units[index].english = [inflector.inflect(positive, superlative ? .superlative : .comparative)]
        return true
    }
}
