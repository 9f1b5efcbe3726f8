// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// The shipped `Lexicons/fr-en.glossary.tsv`: it loads, and it holds the terms fr2en relies on.
@Suite struct GlossaryBuiltInTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lexicons/fr-en.glossary.tsv").path

    @Test func loadsWithoutErrorsAndHasSeveralHundredTerms() throws {
        let glossary = try Glossary.load(builtIn: Self.path, user: [])
        #expect(glossary.count >= 300)
        #expect(glossary.entries.allSatisfy { $0.origin.priority == 0 && $0.origin.file == Self.path })
    }

    /// Terms of the reference article and common news institutions, each in a sentence of its own.
    @Test(arguments: [
        ("Le porte-parole du SVR a parlé.", ["spokesperson", "SVR"]),
        ("Le service russe de renseignement extérieur enquête.", ["Russian Foreign Intelligence Service"]),
        ("Ils combattent l'État islamique.", ["Islamic State"]),
        ("Ils combattent l'Etat islamique.", ["Islamic State"]),
        ("L'Organisation de coopération de Shanghai s'élargit.", ["Shanghai Cooperation Organisation"]),
        ("Le sommet de l'OCS approche.", ["SCO"]),
        ("La Direction du renseignement inter-services dément.", ["Inter-Services Intelligence"]),
        ("L'agence TASS le confirme.", ["TASS"]),
        ("Les pays d'Asie centrale et le Moyen-Orient.", ["Central Asia", "Middle East"]),
        ("En ce qui concerne les services de renseignement, rien.", ["Regarding", "intelligence services"]),
        ("La province du Khorasan est visée depuis Pékin.", ["Khorasan Province", "Beijing"]),
        ("Le président afghan est arrivé.", ["Afghan president"]),
        ("L'Assemblée nationale et le Sénat votent.", ["National Assembly", "Senate"]),
        ("Le Premier ministre reçoit le ministre de l'Intérieur.", ["Prime Minister", "Interior Minister"]),
        ("L'Union européenne et les Nations unies.", ["European Union", "United Nations"]),
        ("Les États-Unis et le Royaume-Uni.", ["United States", "United Kingdom"]),
        ("L'Élysée et Matignon démentent.", ["Élysée", "Matignon"]),
        ("Le Conseil constitutionnel et la Cour de cassation.", ["Constitutional Council", "Court of Cassation"]),
        ("La Banque centrale européenne agit.", ["European Central Bank"]),
        ("Le préfet et le procureur de la République.", ["prefect", "public prosecutor"]),
        ("La Chambre des députés et les deux chambres du Congrès votent.", ["Chamber of Deputies", "houses of Congress"]),
        ("La Chambre a voté la loi.", ["House"]),
    ] as [(String, [String])])
    func containsTheTermsFr2EnReliesOn(_ sentence: String, _ targets: [String]) throws {
        let glossary = try Glossary.load(builtIn: Self.path, user: [])
        #expect(glossary.matches(in: GlossaryFixtures.sentence(sentence)).map(\.target) == targets)
    }
}
