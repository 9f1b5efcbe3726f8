// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// After a quotation, a named subject moves back before its reporting verb ("…," Marie said); long subjects,
/// appositions, common nouns and pronouns keep the verb group's own order.
@Suite struct ReportingInversionTests {
    private func translate(_ french: String) throws -> String { try TranslateFixtures.english(french) }

    @Test(arguments: [
        ("« Le match est fini », a dit Lucas.", "Lucas said."),
        ("« Le match est fini », a ajouté Lucas Bernard.", "Lucas Bernard added."),
        ("« Le match est fini » a expliqué Lucas après la rencontre.", "Lucas explained after"),
        ("\"Le match est fini\", a déclaré Lucas.", "Lucas said."),
    ])
    func aNameMovesBeforeTheVerb(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.hasSuffix(expected) || english.contains(expected), "\(french) → \(english)")
    }

    @Test(arguments: [
        ("« Le match est fini », a dit Lucas Bernard, le capitaine.", "said Lucas Bernard,"),
        ("« Le match est fini », a dit Lucas de Lyon.", "said Lucas"),
        ("« Le match est fini », a dit l'entraîneur.", "said the"),
        ("« Le match est fini », a-t-il dit.", "he said"),
    ])
    func otherSubjectsKeepTheirPlace(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
    }

    @Test func withoutAQuotationNothingMoves() throws {
        let english = try translate("La séance est levée, a dit Lucas.")
        #expect(english.contains("said Lucas"), "\(english)")
    }
}
