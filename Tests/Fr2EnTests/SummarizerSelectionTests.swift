// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Budgets, redundancy removal and the pronoun-start repair.
@Suite struct SummarizerSelectionTests {
    /// Sentences of 4, 10, 7 and 13 words (split at whitespace).
    static let document = SummaryFixtures.sentences([[
        "Le président est arrivé.",
        "Le sommet sur le climat a réuni quarante chefs d'État.",
        "Les débats ont porté sur le charbon.",
        "Les ONG ont salué un texte ambitieux mais réclament des engagements chiffrés précis.",
    ]])

    func summarizer(_ features: [SummaryFeature: Double], _ parameters: [SummaryParameter: Double] = [:],
                    budget: SummaryBudget = .sentences(3)) throws -> ExtractiveSummarizer {
        ExtractiveSummarizer(lexicon: try SummaryFixtures.lexicon(
            weights: SummaryFixtures.weights(features, parameters: parameters)), budget: budget)
    }

    @Test(arguments: [1, 2, 3, 4, 9])
    func sentenceBudget(count: Int) throws {
        let chosen = try summarizer([.positionInverse: 3], budget: .sentences(count))
            .select(Self.document, title: nil)
        #expect(chosen.map(\.sentence.ordinal) == Array(0..<min(count, 4)))
    }

    @Test(arguments: [(4, [0]), (14, [0, 1]), (15, [0, 1]), (21, [0, 1, 2]), (100, [0, 1, 2, 3])])
    func wordBudget(words: Int, expected: [Int]) throws {
        let chosen = try summarizer([.positionInverse: 3], budget: .words(words)).select(Self.document, title: nil)
        #expect(chosen.map(\.sentence.ordinal) == expected)
    }

    @Test func wordBudgetSkipsASentenceThatDoesNotFitForOneThatDoes() throws {
        // 12 words: the 4-word lead, then the 10-word second sentence does not fit but the 7-word third does.
        let chosen = try summarizer([.positionInverse: 3], budget: .words(12)).select(Self.document, title: nil)
        #expect(chosen.map(\.sentence.ordinal) == [0, 2])
    }

    @Test func wordBudgetBelowEverySentenceGivesTheBestSentenceAlone() throws {
        let chosen = try summarizer([.positionRelative: 3], budget: .words(2)).select(Self.document, title: nil)
        #expect(chosen.map(\.sentence.ordinal) == [3])
    }

    @Test func budgetPassedToSelectOverridesTheDefault() throws {
        let chosen = try summarizer([.positionInverse: 3], budget: .sentences(3))
            .select(Self.document, title: nil, budget: .sentences(1))
        #expect(chosen.count == 1)
    }

    @Test func mmrSkipsANearDuplicate() throws {
        let document = SummaryFixtures.sentences([[
            "La banque centrale relève ses taux directeurs.",
            "La banque centrale relève encore ses taux directeurs.",
            "Les marchés boursiers reculent nettement.",
        ]])
        let plain = try summarizer([.positionInverse: 3], [.mmrLambda: 1], budget: .sentences(2))
        #expect(plain.select(document, title: nil).map(\.sentence.ordinal) == [0, 1])
        let diverse = try summarizer([.positionInverse: 3], [.mmrLambda: 0.5], budget: .sentences(2))
        #expect(diverse.select(document, title: nil).map(\.sentence.ordinal) == [0, 2])
    }

    @Test func pronounStartIsSwappedForASimilarScoringAlternative() throws {
        let document = SummaryFixtures.sentences([[
            "Le gouvernement présente son budget.",
            "Il prévoit des économies massives dans la santé.",
            "Les syndicats dénoncent des économies injustes.",
        ]])
        // Only lengthRatio counts: sentence 1 (8 words) beats sentence 2 (6 words) and the lead (5 words).
        let strict = try summarizer([.lengthRatio: 1], [.pronounTolerance: 0], budget: .sentences(1))
        #expect(strict.select(document, title: nil).map(\.sentence.ordinal) == [1])
        let tolerant = try summarizer([.lengthRatio: 1], [.pronounTolerance: 0.2], budget: .sentences(1))
        #expect(tolerant.select(document, title: nil).map(\.sentence.ordinal) == [2])
    }

    @Test func pronounStartIsKeptWhenItsPredecessorIsInTheSummary() throws {
        let document = SummaryFixtures.sentences([[
            "Le gouvernement présente son budget.",
            "Il prévoit des économies massives dans la santé.",
            "Les syndicats dénoncent.",
        ]])
        let chosen = try summarizer([.positionInverse: 3], [.pronounTolerance: 1], budget: .sentences(2))
            .select(document, title: nil)
        #expect(chosen.map(\.sentence.ordinal) == [0, 1])
    }
}
