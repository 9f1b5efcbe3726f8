// Licensed under the Apache License, Version 2.0.

/// Whether a French noun phrase head names a man, a woman or a thing, for the English words that care
/// (`son` → his / her / its, `qui` → who / which).
///
/// People: nouns of the `human-noun` word class (gender from the noun, or from its determiner for nouns of
/// either gender: `la ministre`), first names and surnames, and unknown capitalised words (mostly names).
/// Things: every other common noun, places, organisations and glossary terms.
struct Animacy: Sendable {
    enum Kind: Sendable {
        case man, woman, thing
    }

    let classes: WordClasses

    /// The kind of the nominal unit at `index`.
    func kind(_ units: [TransferUnit], at index: Int) -> Kind {
        let unit = units[index]
        if unit.isTerm { return .thing }
        guard let analysis = unit.analysis else {
            // An unknown capitalised word is mostly a surname (`Angela Merkel`: the first name tells the gender),
            // but one written in capitals is an organisation (`IBM`, `UBS`).
            if Self.isAcronym(unit.token.text) { return .thing }
            return firstNameGender(units, before: index) ?? .man
        }
        let features = analysis.tags.features
        if analysis.pos == .properNoun {
            // Apertium's `al` names are mostly companies and brands (`Adidas`, `Twitter`).
            if features.contains(.place) || features.contains(.organisation) || features.contains(.otherName) {
                return .thing
            }
            if features.contains(.firstName) { return features.contains(.feminine) ? .woman : .man }
            if Self.isAcronym(unit.token.text) { return .thing }
            return firstNameGender(units, before: index) ?? .man
        }
        guard classes.contains(analysis.lemma, in: .humanNoun) else { return .thing }
        if features.contains(.commonGender), index > 0, units[index - 1].is(.determiner) {
            return units[index - 1].has(.feminine) ? .woman : .man
        }
        return features.contains(.feminine) ? .woman : .man
    }

    /// The gender of the first name of a full name that ends right before `index` (`Angela Merkel`), if the
    /// lexicon knows the first name.
    private func firstNameGender(_ units: [TransferUnit], before index: Int) -> Kind? {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 3, units[cursor].isWord, units[cursor].token.isCapitalized {
            if let analysis = units[cursor].analysis, analysis.pos == .properNoun,
               analysis.tags.features.contains(.firstName) {
                return analysis.tags.features.contains(.feminine) ? .woman : .man
            }
            cursor -= 1
        }
        return nil
    }

    /// Two or more capital letters and no lower-case letter (`IBM`, `UBS`, `BPCE`).
    private static func isAcronym(_ text: String) -> Bool {
        text.unicodeScalars.filter { $0.properties.isUppercase }.count >= 2
            && !text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// How far back (in units) an antecedent is looked for.
    private static let reach = 14

    /// The nearest noun phrase head or subject pronoun (`il`, `elle`) before `index` in the same sentence that
    /// is neither the complement of a preposition (`le président de la société` → président) nor the object of
    /// a verb (with `anyRole`, those count too); with `gender`, only nouns of that gender (or of either) count and
    /// pronouns are skipped.
    func antecedent(_ units: [TransferUnit], before index: Int, gender: MorphFeatures? = nil,
                    anyRole: Bool = false) -> Int? {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= Self.reach {
            let unit = units[cursor]
            if unit.endsClause { return nil }
            if gender == nil, unit.subjectPronounGender != nil,
               unit.has(.tonic) || unit.token.origin.contains(.enclitic) {
                return cursor
            }
            if unit.isNominal, anyRole || (!isComplement(units, cursor) && !isObject(units, cursor)) {
                guard let gender else { return cursor }
                let features = unit.features
                if unit.analysis == nil || features.contains(gender) || features.contains(.commonGender)
                    || !features.contains(.masculine) && !features.contains(.feminine) {
                    return cursor
                }
            }
            cursor -= 1
        }
        return nil
    }

    /// Whether the noun at `index` is the object of a verb (`a vendu la maison`): a verb before it, across its
    /// determiner and adjectives. Owners and pronoun antecedents are usually subjects.
    private func isObject(_ units: [TransferUnit], _ index: Int) -> Bool {
        isHeaded(units, index) { $0.analysis?.pos.isVerb == true }
    }

    /// Whether the noun at `index` is the complement of a preposition (`de la société`, `dans le pays`):
    /// a preposition before it, across its determiner and adjectives.
    func isComplement(_ units: [TransferUnit], _ index: Int) -> Bool {
        isHeaded(units, index) { $0.is(.preposition) }
    }

    /// Whether a unit that `isHead` accepts stands before the noun at `index`, with only its determiners,
    /// adjectives and numerals between (at most four units back).
    private func isHeaded(_ units: [TransferUnit], _ index: Int, by isHead: (TransferUnit) -> Bool) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 4 {
            let unit = units[cursor]
            if isHead(unit) { return true }
            guard unit.is(.determiner) || unit.is(.adjective) || unit.is(.numeral) || unit.isNumber
                    || unit.is(.predeterminer) else { return false }
            cursor -= 1
        }
        return false
    }
}
