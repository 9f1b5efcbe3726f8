// Licensed under the Apache License, Version 2.0.

/// Finds the words of a sentence that belong to a multi-word personal or place name, so that they keep their
/// French spelling instead of being read as common words or as another name: `Buenos Aires` (not "have Nested"),
/// `Rio de Janeiro`, `Charles de Gaulle` (not "of Gaulle"), `Marine Le Pen` (not "The Pen"), `Dominique
/// Strauss-Kahn` (the first name, not the island "Dominica"), `China Daily` (not the verb `chiner`).
///
/// Input: the sentence's tokens and their analyses. Output: the same, with the name words marked
/// `SourceToken.Origin.insideName` and their analyses narrowed to name readings (none when the word is not a
/// listed name), which `LexicalTransfer` copies through.
struct NameRuns: Sendable {
    /// The lower-case particles that join a name to a surname (`de`, `da`, `van`: `name-particle`).
    private let particles: Set<String>
    /// Ranks and forms of address before a particle and a listed surname (`général`, `madame`: `name-title`).
    private let titles: Set<String>

    init(classes: WordClasses) {
        particles = classes.members(of: .nameParticle)
        titles = classes.members(of: .nameTitle)
    }

    /// French articles that, capitalised inside a sentence, are part of a name (`Le Pen`, `La Paz`, `Le Monde`; `L'` is left out: the elided article would print apart, "L' Humanité").
    private static let capitalisedArticles: Set<String> = ["Le", "La", "Les"]

    func apply(_ tokens: inout [SourceToken], _ analyses: inout [[MorphAnalysis]]) {
        guard tokens.count > 1 else { return }
        for index in tokens.indices {
            if isNameContinuation(index, tokens, analyses) || isCapitalisedVerb(index, tokens, analyses) {
                mark(index, &tokens, &analyses)
            } else if isFirstName(index, tokens, analyses) {
                // Keep only the first-name readings: the surname takes its gender from them (`Animacy`).
                tokens[index].origin.insert(.insideName)
                analyses[index] = analyses[index].filter(isFirstNameReading)
            }
        }
    }

    /// A capitalised word that carries on a name: after a capitalised word no lexicon knows (`Buenos Aires`),
    /// after a name word already found (`Le Pen`), a capitalised article inside a sentence before a capitalised
    /// word (`Le Pen`), or a particle between a name and a surname-like word (`Charles de Gaulle`).
    private func isNameContinuation(_ index: Int, _ tokens: [SourceToken], _ analyses: [[MorphAnalysis]]) -> Bool {
        guard index > 0, tokens[index].kind == .word, !tokens[index].origin.contains(.sentenceInitial) else { return false }
        let previous = tokens[index - 1]
        let nextIsCapitalised = index + 1 < tokens.count && tokens[index + 1].kind == .word
            && tokens[index + 1].isCapitalized
        if tokens[index].isCapitalized {
            if Self.capitalisedArticles.contains(tokens[index].text) {
                return nextIsCapitalised && (previous.kind == .word || previous.kind == .number)
            }
            guard previous.kind == .word, previous.isCapitalized || previous.origin.contains(.insideName),
                  previous.origin.contains(.insideName) || analyses[index - 1].isEmpty else { return false }
            // A place keeps its English (`Eintracht Francfort` → Frankfurt); a function word is the start of a
            // clause the punctuation forgot (`Helmut Kohl Mais`).
            return !analyses[index].contains { reading in
                (reading.pos == .properNoun && reading.tags.has(.place)) || !reading.pos.isContentWord
            }
        }
        // `Charles de Gaulle`, `Rio de Janeiro`, `Lula da Silva`: a particle after a first name; after a surname or a
        // place it is the French preposition (`Manfred Kaiser de Lahr`, `Ciudad de México`).
        guard particles.contains(tokens[index].text), nextIsCapitalised, previous.kind == .word
        else { return false }
        // `le général de Gaulle`, `Madame de Staël`: after a title, before a listed surname.
        if !previous.isCapitalized {
            return titles.contains(previous.text.lowercased()) && isListedSurname(analyses[index + 1])
        }
        guard analyses[index - 1].contains(where: isFirstNameReading) else { return false }
        return isSurnameLike(analyses[index + 1])
    }

    /// Whether a one-word glossary term is a first name here: it is listed as one (`firstNameReadings`) and a
    /// capitalised surname-like word follows (`Noël Mamère`, not the glossary's "Christmas").
    /// - Parameters:
    ///   - firstNameReadings: the morphology's readings of the term's text.
    ///   - next: the token after the term and its readings.
    func isFirstNameTerm(_ firstNameReadings: [MorphAnalysis], next: SourceToken, _ nextReadings: [MorphAnalysis]) -> Bool {
        next.kind == .word && next.isCapitalized && firstNameReadings.contains(where: isFirstNameReading)
            && isSurnameLike(nextReadings)
    }

    /// A word listed as a surname and not as a place.
    private func isListedSurname(_ readings: [MorphAnalysis]) -> Bool {
        !readings.isEmpty && isSurnameLike(readings)
    }

    private func isFirstNameReading(_ reading: MorphAnalysis) -> Bool {
        reading.pos == .properNoun && reading.tags.has(.firstName)
    }

    /// A capitalised word inside a sentence that the lexicon knows only as a verb: French writes verbs in small
    /// letters, so it is a name (`China Daily`, not "Dyed Daily"; `UE`, not "Had").
    private func isCapitalisedVerb(_ index: Int, _ tokens: [SourceToken], _ analyses: [[MorphAnalysis]]) -> Bool {
        guard index > 0, tokens[index].kind == .word, tokens[index].isCapitalized,
              !tokens[index].origin.contains(.sentenceInitial), !analyses[index].isEmpty,
              tokens[index - 1].kind == .word || tokens[index - 1].kind == .number else { return false }
        // A participle may be part of a capitalised title (`États Unis`), unless the word is an acronym (`UE`, not
        // the participle `eu`).
        let acronym = tokens[index].text.count > 1 && tokens[index].text.allSatisfy(\.isUppercase)
        return analyses[index].allSatisfy { $0.pos.isVerb && (acronym || !$0.tags.has(.pastParticiple)) }
    }

    /// A listed first name (`Dominique`, also a place) right before a capitalised surname-like word.
    private func isFirstName(_ index: Int, _ tokens: [SourceToken], _ analyses: [[MorphAnalysis]]) -> Bool {
        guard tokens[index].kind == .word, tokens[index].isCapitalized, index + 1 < tokens.count,
              tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
              analyses[index].contains(where: isFirstNameReading) else { return false }
        return isSurnameLike(analyses[index + 1])
    }

    /// A word no lexicon knows, or one listed as a surname and not as a place.
    private func isSurnameLike(_ readings: [MorphAnalysis]) -> Bool {
        readings.isEmpty || (readings.contains { $0.pos == .properNoun && $0.tags.has(.surname) }
            && !readings.contains { $0.pos == .properNoun && $0.tags.has(.place) })
    }

    /// Marks a name word and keeps only its name readings.
    private func mark(_ index: Int, _ tokens: inout [SourceToken], _ analyses: inout [[MorphAnalysis]]) {
        tokens[index].origin.insert(.insideName)
        analyses[index] = analyses[index].filter { $0.pos == .properNoun }
    }
}
