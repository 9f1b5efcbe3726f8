// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// Adjectives standing for a noun: « les passagers sont arrivés » → "the passengers arrived", « les jeunes » →
/// "young people"; an adjective before its noun, after a determiner it does not agree with, or a prenominal
/// adjective stays an adjective.
@Suite struct NominalAdjectiveTests {
    private func unit(_ text: String, _ lemma: String, _ tags: String) -> TransferUnit {
        let analysis = MorphAnalysis(lemma: lemma, tags: MorphTags(apertium: Substring(tags)))
        let unit = TransferUnit(token: SourceToken(text: text, kind: .word), candidates: [analysis])
        unit.analysis = analysis
        return unit
    }

    private var classes: WordClasses {
        WordClasses([.prenominalAdjective: ["grand", "jeune"], .peopleAdjective: ["jeune"]])
    }

    @Test func anAdjectiveBetweenADeterminerAndAVerbHeadsItsNounPhrase() {
        let units = [unit("les", "le", "det.def.mf.pl"), unit("passagers", "passager", "adj.m.pl"),
                     unit("attendent", "attendre", "vblex.pri.p3.pl")]
        #expect(NominalAdjective.headsNounPhrase(units, 1, classes: classes))
    }

    @Test func anAdjectiveBeforeItsNounDoesNot() {
        let units = [unit("les", "le", "det.def.mf.pl"), unit("passagers", "passager", "adj.m.pl"),
                     unit("trains", "train", "n.m.pl")]
        #expect(!NominalAdjective.headsNounPhrase(units, 1, classes: classes))
    }

    @Test func aDeterminerThatDoesNotAgreeIsNotItsDeterminer() {
        // « l'Europe tout entière »: tout is masculine, entière feminine.
        let units = [unit("tout", "tout", "det.ind.m.sg"), unit("entière", "entier", "adj.f.sg"), unit(".", ".", "sent")]
        #expect(!NominalAdjective.headsNounPhrase(units, 1, classes: classes))
    }

    @Test func prenominalAdjectivesAreLeftAloneUnlessTheyNamePeople() {
        let grand = [unit("les", "le", "det.def.mf.pl"), unit("grands", "grand", "adj.m.pl"), unit("partent", "partir", "vblex.pri.p3.pl")]
        let jeune = [unit("les", "le", "det.def.mf.pl"), unit("jeunes", "jeune", "adj.mf.pl"), unit("partent", "partir", "vblex.pri.p3.pl")]
        #expect(!NominalAdjective.headsNounPhrase(grand, 1, classes: classes))
        #expect(NominalAdjective.headsNounPhrase(jeune, 1, classes: classes))
    }

    @Test(arguments: [
        ("Les passagers du train attendent sur le quai.", "passengers"),
        ("Le maire veut aider les jeunes.", "young people"),
    ])
    func theShippedLexiconsTranslateTheNoun(_ french: String, _ expected: String) throws {
        let english = try TranslateFixtures.english(french)
        #expect(english.contains(expected), "\(french) → \(english)")
    }

    @Test func aNounThatBorrowsItsAdjectivesEnglishTakesNoMadeUpPlural() throws {
        // « handicapé » has a noun reading but only adjective senses: "the disabled"/"the handicapped", never
        // "disableds" (en.inflection.tsv lists such collectives as their own plural).
        let english = try TranslateFixtures.english("Les handicapés cherchent du travail.")
        #expect(english.hasPrefix("The "), "\(english)")
        #expect(!english.split(separator: " ").contains { $0.hasSuffix("eds") }, "\(english)")
    }

    @Test func theShippedClassesListPeopleAdjectives() throws {
        let classes = try TranslateFixtures.shippedLexicons().classes
        #expect(classes.contains("jeune", in: .peopleAdjective))
        #expect(!classes.contains("riche", in: .peopleAdjective))
    }
}
