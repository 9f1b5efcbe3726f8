// Licensed under the Apache License, Version 2.0.

/// Gives every unit its default English: closed-class words from the hand-written list, names from the names
/// list, content words from the ranked bilingual lexicon (best sense), nouns inflected for number; words with no
/// translation are copied through and flagged unknown.
///
/// Verbs get their English lemma here; `VerbGroupTransfer` inflects them later.
struct LexicalTransfer: Sendable {
    let closedClass: ClosedClassLexicon
    let bilingual: BilingualLexicon
    let sensePreferences: BilingualLexicon?
    let names: NameLexicon?
    let inflector: EnglishInflector

    func apply(_ units: inout [TransferUnit]) {
        for index in units.indices where !units[index].done {
            units[index].english = translate(units[index])
            // A capital in mid-sentence French keeps its capital in English ("« Non ! »" → "“No!”").
            let token = units[index].token
            if units[index].isWord, token.isCapitalized, !token.origin.contains(.sentenceInitial),
               let first = units[index].english.first, let letter = first.first, letter.isLowercase {
                units[index].english[0] = letter.uppercased() + first.dropFirst()
            }
            // "les pays" → "countries": an invariable noun takes its number from the words before it.
            if units[index].is(.noun), units[index].phrase == nil, units[index].has(.invariableNumber),
               pluralBefore(units, index), let word = units[index].english.first {
                units[index].english = [inflector.inflect(word, .plural)]
            }
        }
    }

    private func translate(_ unit: TransferUnit) -> [String] {
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
            return [unit.token.text]
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
            case .other: break
            }
        }
        if analysis.pos == .properNoun {
            // Names keep their French spelling unless the names list says otherwise.
            return [unit.token.text]
        }
        guard var english = bestSense(analysis) else {
            if analysis.pos == .properNoun || unit.token.isCapitalized {
                return [unit.token.text]
            }
            if let name = names?.lookup(analysis.lemma) { return [name.english] }
            unit.unknown = true
            return [unit.token.text]
        }
        switch analysis.pos {
        case .verb, .modal:
            // "want to": the infinitive rule adds "to" when an infinitive follows.
            if english.hasSuffix(" to") { english = String(english.dropLast(3)) }
        case .noun:
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

    private func pluralBefore(_ units: [TransferUnit], _ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0 && index - cursor <= 3 {
            let unit = units[cursor]
            if unit.isNumber { return unit.token.text != "1" }
            guard unit.is(.determiner) || unit.is(.adjective) || unit.is(.numeral) || unit.is(.predeterminer) else {
                return false
            }
            if unit.has(.plural) { return true }
            if unit.has(.singular) { return false }
            cursor -= 1
        }
        return false
    }

    /// The best English lemma for a reading; participles and gerunds fall back to their verb.
    func bestSense(_ analysis: MorphAnalysis) -> String? {
        if let english = sensePreferences?.best(analysis.lemma, analysis.pos) { return english }
        if let english = bilingual.best(analysis.lemma, analysis.pos) { return english }
        switch analysis.pos {
        case .be: return bilingual.best(analysis.lemma, .verb) ?? "be"
        case .have: return bilingual.best(analysis.lemma, .verb) ?? "have"
        case .modal: return bilingual.best(analysis.lemma, .verb)
        case .properNoun: return nil
        case .adjective: return bilingual.best(analysis.lemma, .noun)
        case .noun: return bilingual.best(analysis.lemma, .adjective)
        default: return nil
        }
    }
}
