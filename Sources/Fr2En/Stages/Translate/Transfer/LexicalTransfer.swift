// Licensed under the Apache License, Version 2.0.

/// Gives every unit its default English: closed-class words from the hand-written list, names from the names
/// list, content words from the sense their neighbours select or else the ranked bilingual lexicon (best sense),
/// nouns inflected for number; words with no translation are copied through and flagged unknown.
///
/// Verbs get their English lemma here; `VerbGroupTransfer` inflects them later.
struct LexicalTransfer: Sendable {
    let closedClass: ClosedClassLexicon
    let bilingual: BilingualLexicon
    let sensePreferences: BilingualLexicon?
    /// Hand-written news senses consulted before everything else.
    let senseOverrides: BilingualLexicon?
    /// Hand-written senses consulted when neither generated file translates a lemma.
    let supplement: BilingualLexicon?
    /// Senses selected by the nearest content word on either side (or, past adjectives, the word beyond them);
    /// they win over the generated context-free senses (a hand-written override still wins over them).
    let senseContexts: SenseContextLexicon
    let names: NameLexicon?
    let cognates: CognateRules
    /// Prefixes (« anti-terroriste » → "anti-terrorist", « revendre » → "resell": the prefix's English on the base's sense).
    let prefixes: PrefixRules
    let inflector: EnglishInflector
    /// English feminines of nouns that mark sex (« la duchesse » → "the duchess", not "the duke").
    let feminineNouns: EnglishFeminineNouns
    /// Word lists (`plural-quantifier`: « de nombreux pays » → "many countries").
    let classes: WordClasses

    /// The reading under which `fr-en.closed-class.tsv` lists a pronoun's object form (`nous` → "us").
    private static let objectPronoun = MorphTags(apertium: "prn.pro")

    func apply(_ units: inout [TransferUnit]) {
        defer { dropArticleBeforeCountry(&units) }
        for index in units.indices where !units[index].done {
            // « les passagers sont arrivés »: an adjective standing for a noun is read as its noun.
            if let noun = nominalReading(units, index) { units[index].analysis = noun }
            units[index].english = translate(units[index], context: neighbours(units, index))
            // A capital in mid-sentence French keeps its capital in English ("« Non ! »" → "“No!”").
            let token = units[index].token
            if units[index].isWord, token.isCapitalized, !token.origin.contains(.sentenceInitial),
               let first = units[index].english.first, let letter = first.first, letter.isLowercase {
                units[index].english[0] = letter.uppercased() + first.dropFirst()
            }
            // « en arabe » → "in Arabic": after « en », a word that names a language is the language.
            if index > 0, units[index - 1].lowered == "en", units[index - 1].is(.preposition),
               units[index].is(.adjective) || units[index].is(.noun), units[index].phrase == nil,
               let language = names?.lookup(units[index].lowered, kind: .language) {
                units[index].english = [language]
            }
            // "ce jour-là" → "that day".
            if units[index].is(.determiner), units[index].has(.demonstrative), distalAhead(units, index) {
                units[index].english = [units[index].has(.plural) ? "those" : "that"]
            }
            // "avec elle" → "with her": a stressed pronoun after a preposition takes its object form.
            if index > 0, units[index].is(.pronoun), units[index].has(.tonic), units[index].phrase == nil,
               units[index - 1].is(.preposition), let object = closedClass.english(units[index].lowered, Self.objectPronoun),
               !object.isEmpty {
                units[index].english = [object]
            }
            // "les pays" → "countries": an invariable noun takes its number from the words before it.
            if units[index].is(.noun), units[index].phrase == nil, units[index].has(.invariableNumber),
               pluralBefore(units, index), let word = units[index].english.first {
                units[index].english = [inflector.inflect(word, .plural)]
            }
            // "beaucoup de livres" → "many books" but "beaucoup de temps" → "a lot of time": a determiner
            // expression takes the English the closed-class list gives it for the number of its noun.
            if let phrase = units[index].phrase, phrase.tags.pos == .determiner,
               let number = nounNumber(after: index, in: units),
               let english = closedClass.english(phrase.french, MorphTags(pos: .determiner, features: number)) {
                units[index].english = english.isEmpty ? [] : [english]
            }
        }
    }

    /// The number of the common noun right after the expression at `index`, across adjectives and adverbs
    /// (« beaucoup de très bons livres »); nil when none follows or its number is invariable (« pays »).
    private func nounNumber(after index: Int, in units: [TransferUnit]) -> MorphFeatures? {
        var cursor = index + 1
        while cursor < units.count, cursor - index <= 3 {
            let unit = units[cursor]
            if unit.is(.noun) {
                if unit.has(.invariableNumber) { return nil }
                if unit.has(.plural) { return .plural }
                return unit.has(.singular) ? .singular : nil
            }
            guard unit.is(.adjective) || unit.is(.adverb) || unit.is(.preadverb) else { return nil }
            cursor += 1
        }
        return nil
    }

    /// "la France", "l'Afrique du Sud" → "France", "South Africa": English names most countries and continents
    /// without an article. Plural names and names ending in a common noun keep it ("the Netherlands", "the United
    /// States", "the Czech Republic", "the European Union"), and so does a territory French writes in lower case,
    /// a common-noun phrase (« la zone euro » → "the eurozone").
    private func dropArticleBeforeCountry(_ units: inout [TransferUnit]) {
        for index in units.indices.dropLast() where units[index].is(.determiner) && units[index].has(.definite)
            && ["le", "la", "l'"].contains(units[index].lowered) {
            let next = units[index + 1]
            guard next.isTerm || (next.token.isCapitalized && next.isWord), next.token.text.first?.isUppercase == true,
                  let name = territory(next) else { continue }
            let english = next.english.count == 1 ? next.english[0] : name.english
            let last = english.split(separator: " ").last.map { $0.lowercased() } ?? ""
            guard !last.hasSuffix("s") || last.hasSuffix("us"),
                  !english.contains(" ") || !inflector.hasListed(last, .plural) else { continue }
            units[index].english = []
        }
    }

    /// The `fr-en.names.tsv` territory a capitalised word or glossary term names: looked up as written, and a
    /// term also as its glossary spells it (« l'Ecosse » matches the term « Écosse »).
    private func territory(_ unit: TransferUnit) -> (english: String, kind: NameLexicon.Kind)? {
        if let name = names?.lookup(unit.token.text), name.kind == .territory { return name }
        guard case .term(let match) = unit.token.kind, match.entry.term != unit.token.text,
              let name = names?.lookup(match.entry.term), name.kind == .territory else { return nil }
        return name
    }

    /// Content words of the context model (`fr-en.sense-contexts.tsv`): nouns, adjectives, lexical verbs.
    private static func isContent(_ unit: TransferUnit) -> Bool {
        guard unit.phrase == nil, let pos = unit.pos else { return false }
        return pos == .noun || pos == .adjective || pos == .verb
    }

    /// Lemmas (lower-cased) of the nearest content words left and right of `index` within four words, not
    /// across punctuation, and past adjectives also the noun or verb beyond them (« constituer un nouveau
    /// gouvernement »: « nouveau », « gouvernement »), nearest first: the context `fr-en.sense-contexts.tsv` was
    /// learnt with.
    private func neighbours(_ units: [TransferUnit], _ index: Int) -> (left: [String], right: [String]) {
        guard senseContexts.count > 0, Self.isContent(units[index]) else { return ([], []) }
        func nearest(_ step: Int) -> [String] {
            var found: [String] = []
            var cursor = index + step
            while cursor >= 0, cursor < units.count, abs(cursor - index) <= 4, !units[cursor].isPunctuation {
                if Self.isContent(units[cursor]), let lemma = units[cursor].analysis?.lemma {
                    found.append(lemma.lowercased())
                    if units[cursor].pos != .adjective { break }
                }
                cursor += step
            }
            return found
        }
        return (nearest(-1), nearest(1))
    }

    private func translate(_ unit: TransferUnit, context: (left: [String], right: [String]) = ([], [])) -> [String] {
        switch unit.token.kind {
        case .term(let match):
            return [match.target]
        case .number, .verbatim:
            return [unit.token.text]
        case .punctuation:
            let tags = MorphTags(pos: .punctuation)
            if let english = closedClass.english(unit.token.text, tags) { return english.isEmpty ? [] : [english] }
            return [unit.token.text]
        case .word:
            break
        }
        if unit.token.origin.contains(.insideName) {
            // A word of a multi-word name (`Buenos Aires`, `Le Pen`) keeps its spelling.
            unit.unknown = unit.analysis == nil
            return [unit.token.text]
        }
        if let phrase = unit.phrase {
            if phrase.tags.pos == .noun && unit.analysis?.tags.isPlural == true {
                return [inflector.inflect(phrase.english, .plural)]
            }
            return phrase.english.isEmpty || phrase.english == "_" ? [] : [phrase.english]
        }
        guard let analysis = unit.analysis else {
            if let name = names?.lookup(unit.token.text) { return [name.english] }
            if let listed = closedClass.english(anyReadingOf: unit.lowered) {
                unit.analysis = MorphAnalysis(lemma: unit.lowered, tags: listed.tags)
                return listed.english.isEmpty ? [] : [listed.english]
            }
            unit.unknown = true
            return [guess(unit)]
        }
        if let english = closedClass.english(unit.lowered, analysis.tags) {
            return english.isEmpty ? [] : [english]
        }
        if analysis.pos == .properNoun || (unit.token.isCapitalized && !unit.token.origin.contains(.sentenceInitial)) {
            if let name = names?.lookup(unit.token.text) { return [name.english] }
        }
        if let name = names?.lookup(unit.lowered) {
            switch name.kind {
            case .month, .day: return [name.english]
            default: break
            }
        }
        if analysis.pos == .properNoun {
            // Names keep their French spelling unless the names list says otherwise.
            return [unit.token.text]
        }
        let sensed = contextSense(analysis, context) ?? bestSense(analysis)
        if sensed == nil, !unit.token.isCapitalized || unit.token.origin.contains(.sentenceInitial),
           let other = translatableReading(unit, instead: analysis) {
            // "point" read as a form of `poindre`: another reading of the same word has a translation.
            unit.analysis = other.analysis
            return translate(unit, context: context)
        }
        guard var english = sensed else {
            if analysis.pos == .properNoun || unit.token.isCapitalized {
                return [unit.token.text]
            }
            if let name = names?.lookup(analysis.lemma) { return [name.english] }
            unit.unknown = true
            return [guess(unit)]
        }
        switch analysis.pos {
        case .verb, .modal:
            // "want to": the infinitive rule adds "to" when an infinitive follows.
            if english.hasSuffix(" to") { english = String(english.dropLast(3)) }
        case .noun:
            // « la princesse » (lemma prince) → "the princess", « le prince » → "the prince": a noun of one gender
            // (not n.mf) names a woman or a man.
            english = feminineNouns.agreeing(english, with: analysis.tags.features)
            unit.englishNoun = english
            if analysis.tags.has(.plural) { english = inflector.inflect(english, .plural) }
        case .adjective:
            if analysis.tags.has(.comparative) { english = inflector.inflect(english, .comparative) }
        default:
            break
        }
        if unit.token.isCapitalized && !unit.token.origin.contains(.sentenceInitial),
           let first = english.first, first.isLowercase {
            english = english.prefix(1).uppercased() + english.dropFirst()
        }
        return [english]
    }

    /// An unknown word's English: a cognate guessed from its ending for lower-case words (`dérégulation` →
    /// "deregulation"), the French word itself otherwise (names, acronyms, foreign words).
    private func guess(_ unit: TransferUnit) -> String {
        guard !unit.token.isCapitalized, unit.lowered == unit.token.text else { return unit.token.text }
        return cognates.guess(unit.lowered) ?? unit.token.text
    }

    /// Whether the noun of the demonstrative at `index` carried `-là`.
    private func distalAhead(_ units: [TransferUnit], _ index: Int) -> Bool {
        var cursor = index + 1
        while cursor < units.count, cursor - index <= 4, !units[cursor].isPunctuation {
            if units[cursor].token.origin.contains(.distal) { return true }
            if units[cursor].is(.noun) { return false }
            cursor += 1
        }
        return false
    }

    private func pluralBefore(_ units: [TransferUnit], _ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0 && index - cursor <= 3 {
            let unit = units[cursor]
            if unit.isNumber { return unit.token.text != "1" }
            // A number word other than one: « trois pays » → "three countries".
            if unit.is(.numeral) && !unit.has(.singular) { return unit.english.first.map { $0 != "one" && $0 != "a" } ?? false }
            guard unit.is(.determiner) || unit.is(.adjective) || unit.is(.numeral) || unit.is(.predeterminer) else {
                return false
            }
            if unit.has(.plural) || classes.contains(unit.lemma, in: .pluralQuantifier) { return true }
            if unit.has(.singular) { return false }
            cursor -= 1
        }
        return false
    }

    /// Another reading of the unit's word that has a translation when the chosen one has none; readings of the
    /// same part of speech first, then content words, in the lexicon's order.
    private func translatableReading(_ unit: TransferUnit, instead chosen: MorphAnalysis) -> (analysis: MorphAnalysis, english: String)? {
        var fallback: (analysis: MorphAnalysis, english: String)?
        for candidate in unit.candidates where candidate != chosen {
            guard candidate.pos != .properNoun, let english = bestSense(candidate) else { continue }
            if candidate.pos == chosen.pos { return (candidate, english) }
            if fallback == nil { fallback = (candidate, english) }
        }
        return fallback
    }

    /// The sense the neighbours select, if a context rule matches: any rule, or only a hand-written one when a
    /// hand-written override fixes the lemma's sense (the learnt rows were learnt around the old ranking).
    private func contextSense(_ analysis: MorphAnalysis, _ context: (left: [String], right: [String])) -> String? {
        guard !context.left.isEmpty || !context.right.isEmpty else { return nil }
        let overridden = senseOverrides?.best(key: BilingualLexicon.key(analysis.lemma, analysis.pos)) != nil
        return senseContexts.sense(analysis.lemma, analysis.pos, left: context.left, right: context.right,
                                   handWrittenOnly: overridden)
    }

    /// The noun reading of an adjective that stands for a noun (`NominalAdjective`) and whose lemma has a noun
    /// sense: « les passagers » → "the passengers", not "the passenger"; nil otherwise.
    private func nominalReading(_ units: [TransferUnit], _ index: Int) -> MorphAnalysis? {
        let unit = units[index]
        guard let analysis = unit.analysis, analysis.pos == .adjective,
              !analysis.tags.hasAny(MorphFeatures.comparative.union(.superlative)),
              NominalAdjective.headsNounPhrase(units, index, classes: classes),
              sense(analysis.lemma, .noun) != nil else { return nil }
        return MorphAnalysis(lemma: analysis.lemma, tags: MorphTags(pos: .noun, features: analysis.tags.features))
    }

    /// The best sense of a lemma as one part of speech: hand-written overrides, news preferences, the
    /// generated bilingual file, then the hand-written supplement.
    private func sense(_ lemma: String, _ pos: PartOfSpeech) -> String? {
        let key = BilingualLexicon.key(lemma, pos)
        return senseOverrides?.best(key: key) ?? sensePreferences?.best(key: key) ?? bilingual.best(key: key)
            ?? supplement?.best(key: key) ?? prefixes.english(lemma, base: { sense($0, pos) })
    }

    /// The best English lemma for a reading; participles and gerunds fall back to their verb, and a part of
    /// speech with no sense borrows a close one (adjective ↔ noun, adverb ↔ adverbial conjunction).
    func bestSense(_ analysis: MorphAnalysis) -> String? {
        if let english = sense(analysis.lemma, analysis.pos) { return english }
        switch analysis.pos {
        case .be: return bilingual.best(analysis.lemma, .verb) ?? "be"
        case .have: return bilingual.best(analysis.lemma, .verb) ?? "have"
        case .modal: return bilingual.best(analysis.lemma, .verb)
        case .properNoun: return nil
        case .adjective: return sense(analysis.lemma, .noun)
        case .noun: return sense(analysis.lemma, .adjective)
        case .adverbialConjunction, .preadverb: return sense(analysis.lemma, .adverb)
        case .adverb: return sense(analysis.lemma, .adverbialConjunction) ?? sense(analysis.lemma, .preadverb)
        default: return nil
        }
    }
}
