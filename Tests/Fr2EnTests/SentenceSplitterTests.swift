// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// One paragraph and the sentences the splitter must find in it.
struct SplitCase: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: [String]

    init(_ input: String, _ expected: [String]) {
        self.input = input
        self.expected = expected
    }

    var testDescription: String { input }
}

/// The shipped abbreviation list and a splitter over it.
enum SplitFixture {
    static let lexiconPath: String = {
        let source = #filePath  // …/Tests/Fr2EnTests/SentenceSplitterTests.swift
        var parts = source.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Lexicons/fr.abbreviations.txt"
    }()

    static func splitter() throws -> SentenceSplitter {
        try SentenceSplitter(abbreviations: AbbreviationList.load(path: lexiconPath))
    }

    /// A paragraph whose analysis text equals its display text.
    static func paragraph(_ text: String, index: Int = 0) -> NormalizedParagraph {
        NormalizedParagraph(index: index, display: text, analysis: text)
    }
}

@Suite struct SentenceSplitterTests {
    static let cases: [SplitCase] = [
        // Civilities and titles.
        SplitCase("M. Lefèvre a signé le contrat hier. Il part demain.",
                  ["M. Lefèvre a signé le contrat hier.", "Il part demain."]),
        SplitCase("MM. Girard et Moreau ont voté contre. La motion est rejetée.",
                  ["MM. Girard et Moreau ont voté contre.", "La motion est rejetée."]),
        SplitCase("Mme Bernard et Mlle Roux sont arrivées en retard. La séance a commencé sans elles.",
                  ["Mme Bernard et Mlle Roux sont arrivées en retard.", "La séance a commencé sans elles."]),
        SplitCase("Mmes Blanc et Petit dirigent l'association depuis dix ans.",
                  ["Mmes Blanc et Petit dirigent l'association depuis dix ans."]),
        SplitCase("Le Dr. Fontaine reçoit le mardi. Le Pr. Garnier, le jeudi.",
                  ["Le Dr. Fontaine reçoit le mardi.", "Le Pr. Garnier, le jeudi."]),
        SplitCase("Le Dr Fontaine et la Pre Garnier ont publié ensemble. Leur article fait date.",
                  ["Le Dr Fontaine et la Pre Garnier ont publié ensemble.", "Leur article fait date."]),
        SplitCase("Le prof. Lambert enseigne la chimie organique. Ses cours sont très suivis.",
                  ["Le prof. Lambert enseigne la chimie organique.", "Ses cours sont très suivis."]),
        SplitCase("Ils ont visité l'église St. Pierre hier. Elle est superbe.",
                  ["Ils ont visité l'église St. Pierre hier.", "Elle est superbe."]),
        // Latin and reference abbreviations.
        SplitCase("Plusieurs villes, p. ex. Lyon et Lille, ont protesté. Le ministre a répondu.",
                  ["Plusieurs villes, p. ex. Lyon et Lille, ont protesté.", "Le ministre a répondu."]),
        SplitCase("Il a acheté du pain, du fromage, du vin, etc. Le repas était prêt à midi.",
                  ["Il a acheté du pain, du fromage, du vin, etc.", "Le repas était prêt à midi."]),
        SplitCase("Les carottes, les poireaux, etc. sont vendus au marché du samedi.",
                  ["Les carottes, les poireaux, etc. sont vendus au marché du samedi."]),
        SplitCase("Ce point est discuté ailleurs (cf. Martin, 2004). Nous n'y revenons pas.",
                  ["Ce point est discuté ailleurs (cf. Martin, 2004).", "Nous n'y revenons pas."]),
        SplitCase("Cf. Durand pour les détails de la méthode.",
                  ["Cf. Durand pour les détails de la méthode."]),
        SplitCase("Il a choisi la capitale, c.-à-d. Paris, pour s'installer.",
                  ["Il a choisi la capitale, c.-à-d. Paris, pour s'installer."]),
        SplitCase("Le même auteur le confirme (ibid., p. 12). La question est réglée.",
                  ["Le même auteur le confirme (ibid., p. 12).", "La question est réglée."]),
        SplitCase("La salle compte env. 300 places. Elle est pleine ce soir.",
                  ["La salle compte env. 300 places.", "Elle est pleine ce soir."]),
        // Documents: articles, volumes, pages, figures.
        SplitCase("L'art. 49 de la Constitution a été invoqué. Le débat est clos.",
                  ["L'art. 49 de la Constitution a été invoqué.", "Le débat est clos."]),
        SplitCase("Voir l'art. L. 212-4 du code du travail. La règle est claire.",
                  ["Voir l'art. L. 212-4 du code du travail.", "La règle est claire."]),
        SplitCase("Le musée retrace l'histoire de l'art. Les visiteurs affluent.",
                  ["Le musée retrace l'histoire de l'art.", "Les visiteurs affluent."]),
        SplitCase("Le vol. 2 de la série paraît en mars. Le vol. III suivra.",
                  ["Le vol. 2 de la série paraît en mars.", "Le vol. III suivra."]),
        SplitCase("Comme le montre la fig. 3, la courbe monte. Voir aussi le chap. 7.",
                  ["Comme le montre la fig. 3, la courbe monte.", "Voir aussi le chap. 7."]),
        SplitCase("Voir p. 45 et pp. 60-62 pour les tableaux. Les sources suivent.",
                  ["Voir p. 45 et pp. 60-62 pour les tableaux.", "Les sources suivent."]),
        SplitCase("Paris, Gallimard, 3e éd. revue et augmentée, 1975.",
                  ["Paris, Gallimard, 3e éd. revue et augmentée, 1975."]),
        // Addresses, numbers with abbreviations, companies.
        SplitCase("Le magasin se trouve au 12 av. Victor-Hugo depuis 1998.",
                  ["Le magasin se trouve au 12 av. Victor-Hugo depuis 1998."]),
        SplitCase("Rendez-vous au 5 bd Haussmann à midi. Ne soyez pas en retard.",
                  ["Rendez-vous au 5 bd Haussmann à midi.", "Ne soyez pas en retard."]),
        SplitCase("Le dossier n° 4521 est clos. Le no. 4522 reste ouvert.",
                  ["Le dossier n° 4521 est clos.", "Le no. 4522 reste ouvert."]),
        SplitCase("Les Éditions Roussel et Cie. Elles ont fermé en 2011.",
                  ["Les Éditions Roussel et Cie.", "Elles ont fermé en 2011."]),
        SplitCase("Le trajet dure 45 min. Le retour est plus long.",
                  ["Le trajet dure 45 min.", "Le retour est plus long."]),
        SplitCase("Température max. 28 degrés, min. 15 degrés.",
                  ["Température max. 28 degrés, min. 15 degrés."]),
        // Dates.
        SplitCase("Le marché ouvre le 3 janv. 2025 et ferme le 14 févr. 2025.",
                  ["Le marché ouvre le 3 janv. 2025 et ferme le 14 févr. 2025."]),
        SplitCase("La réunion est fixée au 12 déc. Elle durera deux jours.",
                  ["La réunion est fixée au 12 déc.", "Elle durera deux jours."]),
        SplitCase("La cité fut fondée vers 600 av. J.-C. Elle prospéra ensuite.",
                  ["La cité fut fondée vers 600 av. J.-C.", "Elle prospéra ensuite."]),
        // Initials.
        SplitCase("J.-P. Moreau préside la séance. Il ouvre les débats.",
                  ["J.-P. Moreau préside la séance.", "Il ouvre les débats."]),
        SplitCase("Le roman de J. R. R. Tolkien a été traduit en 1972.",
                  ["Le roman de J. R. R. Tolkien a été traduit en 1972."]),
        SplitCase("Charles de G. Dupont a présidé le jury. Le verdict est tombé.",
                  ["Charles de G. Dupont a présidé le jury.", "Le verdict est tombé."]),
        SplitCase("Il parle de l'O.N.U. La réunion commence.",
                  ["Il parle de l'O.N.U.", "La réunion commence."]),
        // Numbers.
        SplitCase("Le budget atteint 3,5 millions d'euros. La hausse est de 1 000 euros par an.",
                  ["Le budget atteint 3,5 millions d'euros.", "La hausse est de 1 000 euros par an."]),
        SplitCase("La pente est de 3.5 degrés et le train part à 12.30 précises.",
                  ["La pente est de 3.5 degrés et le train part à 12.30 précises."]),
        SplitCase("Le site a reçu 1.000.000 de visites. La version 2.0.1 corrige le défaut.",
                  ["Le site a reçu 1.000.000 de visites.", "La version 2.0.1 corrige le défaut."]),
        SplitCase("Le traité fut signé en 1648. La guerre prit fin.",
                  ["Le traité fut signé en 1648.", "La guerre prit fin."]),
        SplitCase("Le score final était de 3 à 2. Les supporters ont fêté la victoire.",
                  ["Le score final était de 3 à 2.", "Les supporters ont fêté la victoire."]),
        // ICU's suffix-matched suppressions (aux., anc., mer., dit.) must not swallow these sentence ends.
        SplitCase("Les journaux ont critiqué les travaux. Le chantier reprendra en mai.",
                  ["Les journaux ont critiqué les travaux.", "Le chantier reprendra en mai."]),
        SplitCase("Il a obtenu un crédit. Les taux restent bas. Le vin est blanc. Il faut tout fermer.",
                  ["Il a obtenu un crédit.", "Les taux restent bas.", "Le vin est blanc.", "Il faut tout fermer."]),
        // Ellipses.
        SplitCase("Il attendit… puis il repartit sans un mot.", ["Il attendit… puis il repartit sans un mot."]),
        SplitCase("Il attendit… Personne ne vint.", ["Il attendit…", "Personne ne vint."]),
        SplitCase("Elle hésita... puis accepta l'offre.", ["Elle hésita... puis accepta l'offre."]),
        SplitCase("Elle hésita... Finalement, elle refusa.", ["Elle hésita...", "Finalement, elle refusa."]),
        SplitCase("Le témoin a déclaré (...) qu'il n'avait rien vu. L'audience est levée.",
                  ["Le témoin a déclaré (...) qu'il n'avait rien vu.", "L'audience est levée."]),
        SplitCase("Il lut : « Mon cher ami (...) Je pars demain. » Puis il se tut.",
                  ["Il lut : « Mon cher ami (...) Je pars demain. »", "Puis il se tut."]),
        // Guillemets and quotes.
        SplitCase("« Jamais ! » Ensuite, il claqua la porte.", ["« Jamais ! »", "Ensuite, il claqua la porte."]),
        SplitCase("« Jamais ! » répondit-elle sèchement.", ["« Jamais ! » répondit-elle sèchement."]),
        SplitCase("« Vous venez ? » demanda le guide.", ["« Vous venez ? » demanda le guide."]),
        SplitCase("Il a dit : « Je reviendrai. » Personne ne l'a cru.",
                  ["Il a dit : « Je reviendrai. »", "Personne ne l'a cru."]),
        SplitCase("« Quelle surprise ! », s'écria-t-il.", ["« Quelle surprise ! », s'écria-t-il."]),
        SplitCase("«Enfin!» Le public applaudit.", ["«Enfin!»", "Le public applaudit."]),
        SplitCase("\"Pas question !\" Le maire a refusé.", ["\"Pas question !\"", "Le maire a refusé."]),
        SplitCase("\"Pas question !\" a lancé le maire.", ["\"Pas question !\" a lancé le maire."]),
        SplitCase("Il cria « Au secours ! » et tout le monde accourut.",
                  ["Il cria « Au secours ! » et tout le monde accourut."]),
        SplitCase("Il a dit : \" Je viens. \" Puis il est parti.",
                  ["Il a dit : \" Je viens. \"", "Puis il est parti."]),
        SplitCase("Le juge a tranché. \" Nous ferons appel \", a répondu l'avocate.",
                  ["Le juge a tranché.", "\" Nous ferons appel \", a répondu l'avocate."]),
        SplitCase("Elle est rentrée. (Il était tard.) Puis elle a dormi.",
                  ["Elle est rentrée.", "(Il était tard.)", "Puis elle a dormi."]),
        // Question and exclamation runs.
        SplitCase("Tu as vraiment fait ça ?! Je n'en reviens pas.", ["Tu as vraiment fait ça ?!", "Je n'en reviens pas."]),
        SplitCase("Incroyable !!! Nous avons gagné.", ["Incroyable !!!", "Nous avons gagné."]),
        SplitCase("Tu viens ? Oui ! Alors partons.", ["Tu viens ?", "Oui !", "Alors partons."]),
        SplitCase("Pourquoi ? demanda l'enfant.", ["Pourquoi ? demanda l'enfant."]),
        SplitCase("Vous restez ? — Non, je pars ce soir.", ["Vous restez ?", "— Non, je pars ce soir."]),
        SplitCase("Le bilan est lourd. 45 personnes ont été blessées.",
                  ["Le bilan est lourd.", "45 personnes ont été blessées."]),
        // Several rules at once (the example of SentenceSplitter's documentation).
        SplitCase("« Non ! » Ensuite, M. Dupont est parti… Il reviendra, etc. Fin.",
                  ["« Non ! »", "Ensuite, M. Dupont est parti…", "Il reviendra, etc.", "Fin."]),
        // A mis-encoded apostrophe is not a question mark.
        SplitCase("Le secrétaire d?Etat est arrivé.", ["Le secrétaire d?Etat est arrivé."]),
        // Titles, headings and enumerators.
        SplitCase("Les résultats du second tour", ["Les résultats du second tour"]),
        SplitCase("Chapitre premier : le départ", ["Chapitre premier : le départ"]),
        SplitCase("1. Les conditions générales s'appliquent.", ["1. Les conditions générales s'appliquent."]),
        SplitCase("IV. La procédure d'appel", ["IV. La procédure d'appel"]),
        // URLs and e-mail addresses.
        SplitCase("Consultez www.service-public.fr pour plus d'informations. Le formulaire y est disponible.",
                  ["Consultez www.service-public.fr pour plus d'informations.", "Le formulaire y est disponible."]),
        SplitCase("Écrivez à marie.durand@exemple.fr avant lundi. Nous répondrons vite.",
                  ["Écrivez à marie.durand@exemple.fr avant lundi.", "Nous répondrons vite."]),
        SplitCase("Le lien https://exemple.fr/recherche?Q=Paris fonctionne. Essayez-le.",
                  ["Le lien https://exemple.fr/recherche?Q=Paris fonctionne.", "Essayez-le."]),
    ]

    @Test(arguments: cases)
    func splits(_ example: SplitCase) throws {
        let sentences = try SplitFixture.splitter().process(SplitFixture.paragraph(example.input))
        #expect(sentences.map(\.text) == example.expected)
    }

    @Test func hasEnoughCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test func offsetsCountScalarsAndSkipWhitespace() throws {
        let text = "  Il pleut. « Non ! » Ensuite, l'été.  "
        let sentences = try SplitFixture.splitter().process(SplitFixture.paragraph(text, index: 7))
        #expect(sentences.map(\.range) == [2..<11, 12..<21, 22..<37])
        #expect(sentences.map(\.ordinal) == [0, 1, 2])
        #expect(sentences.allSatisfy { $0.paragraph == 7 })
        let scalars = Array(text.unicodeScalars)
        for sentence in sentences {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[sentence.range])
            #expect(String(view) == sentence.text)
        }
    }

    @Test func textComesFromDisplayAndAnalysisFromAnalysis() throws {
        let display = "«\u{A0}Jamais\u{A0}!\u{A0}» Ensuite, il l’a dit\u{202F}: 10\u{202F}000 fois."
        let analysis = "« Jamais ! » Ensuite, il l'a dit : 10 000 fois."
        let paragraph = NormalizedParagraph(index: 0, display: display, analysis: analysis)
        let sentences = try SplitFixture.splitter().process(paragraph)
        #expect(sentences.map(\.text) == ["«\u{A0}Jamais\u{A0}!\u{A0}»", "Ensuite, il l’a dit\u{202F}: 10\u{202F}000 fois."])
        #expect(sentences.map(\.analysis) == ["« Jamais ! »", "Ensuite, il l'a dit : 10 000 fois."])
        #expect(sentences.map(\.range) == [0..<12, 13..<analysis.unicodeScalars.count])
    }

    @Test func lineBreaksInsideAParagraphAreSoftWraps() throws {
        let text = "Le train est parti\nà l'heure. Tout\nva bien."
        let sentences = try SplitFixture.splitter().process(SplitFixture.paragraph(text))
        #expect(sentences.map(\.text) == ["Le train est parti\nà l'heure.", "Tout\nva bien."])
    }

    @Test func emptyAndBlankParagraphsHaveNoSentence() throws {
        let splitter = try SplitFixture.splitter()
        #expect(try splitter.process(SplitFixture.paragraph("")).isEmpty)
        #expect(try splitter.process(SplitFixture.paragraph(" \u{A0} ")).isEmpty)
    }

    @Test func punctuationAloneStaysWithItsNeighbour() throws {
        let splitter = try SplitFixture.splitter()
        #expect(try splitter.process(SplitFixture.paragraph("…")).map(\.text) == ["…"])
        #expect(try splitter.process(SplitFixture.paragraph("« Oui », dit-il. « Non ! »")).map(\.text)
                    == ["« Oui », dit-il.", "« Non ! »"])
        #expect(try splitter.process(SplitFixture.paragraph("!!! Bon. Fin.")).map(\.text) == ["!!! Bon.", "Fin."])
    }

    @Test func theListDecidesWhichAbbreviationsKeepACapitalWordAttached() throws {
        let bare = try SentenceSplitter(abbreviations: AbbreviationList())
        let text = "Le Dr. Fontaine arrive. Le 5 sept. Jean revient."
        #expect(try bare.process(SplitFixture.paragraph(text)).map(\.text)
                    == ["Le Dr.", "Fontaine arrive.", "Le 5 sept.", "Jean revient."])
        #expect(try SplitFixture.splitter().process(SplitFixture.paragraph(text)).map(\.text)
                    == ["Le Dr. Fontaine arrive.", "Le 5 sept.", "Jean revient."])
    }
}
