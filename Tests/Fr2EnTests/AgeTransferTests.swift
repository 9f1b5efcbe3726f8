// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// Ages: `de N ans` after a noun as a compound adjective ("45-year-old", "three-year" for lasting things),
/// `âgé de`, ages in apposition, and the lengths of time that must stay as they are.
@Suite struct AgeTransferTests {
    private func translate(_ french: String) throws -> String { try TranslateFixtures.english(french) }

    @Test(arguments: [
        ("Un voisin de 67 ans a appelé les pompiers.", "67-year-old neighbour"),
        ("La gendarmerie recherche un garçon de douze ans.", "twelve-year-old boy"),
        ("Une étudiante italienne de 22 ans a gagné le concours.", "22-year-old Italian student"),
        ("Un retraité âgé de 80 ans vit seul dans la maison.", "80-year-old"),
    ])
    func anAgeAfterANounBecomesACompoundBeforeIt(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
        #expect(!english.contains(" of "), "\(french) → \(english)")
    }

    @Test func aLastingThingTakesNoOld() throws {
        let english = try translate("Le club a proposé un contrat de quatre ans au joueur.")
        #expect(english.contains("four-year contract"), "\(english)")
        #expect(!english.contains("year-old"), "\(english)")
    }

    @Test func agedAfterAVerbOrWithARange() throws {
        #expect(try translate("Son grand-père était âgé de 90 ans.").contains("was 90 years old"))
        #expect(try translate("Trois femmes âgées de 20 à 30 ans ont témoigné.").contains("aged 20 to 30"))
    }

    @Test func anAgeInAppositionIsTheBareNumber() throws {
        let english = try translate("Jean Moreau, 52 ans, a quitté la ville.")
        #expect(english.hasPrefix("Jean Moreau, 52,"), "\(english)")
    }

    @Test(arguments: [
        "Les travaux ont duré plus de 30 ans.",
        "Elle enseigne depuis 15 ans.",
        "Le barrage a été construit il y a 50 ans.",
    ])
    func lengthsOfTimeStayAsTheyAre(_ french: String) throws {
        let english = try translate(french)
        #expect(!english.contains("-year"), "\(french) → \(english)")
        #expect(english.contains(" years"), "\(french) → \(english)")
    }

    @Test func theShippedClassesListLastingNouns() throws {
        let classes = try TranslateFixtures.shippedLexicons().classes
        #expect(classes.contains("contrat", in: .durationNoun))
        #expect(classes.contains("mandat", in: .durationNoun))
        #expect(!classes.contains("homme", in: .durationNoun))
    }
}
