// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// Verb groups: present perfect or simple past for the passé composé, adverbs between the verb and the negation,
/// mid-position adverbs, reflexive "oneself" agreement and third-person agreement after a noun subject.
@Suite struct VerbGroupTransferTests {
    private func translate(_ french: String) throws -> String { try TranslateFixtures.english(french) }

    private func phrase() throws -> EnglishVerbPhrase {
        EnglishVerbPhrase(inflector: try TranslateFixtures.shippedLexicons().inflector)
    }

    // MARK: - Passé composé

    @Test(arguments: [
        ("Le loyer a augmenté depuis 2008.", "has increased"),
        ("La banque a déjà fermé deux agences.", "has already closed"),
        ("Le chômage a baissé ces dernières années.", "has"),
        ("Jusqu'à présent, personne n'a gagné.", "has won"),
        ("Elle habite à Lyon depuis dix ans.", "has lived"),
        ("Le musée est fermé depuis lundi.", "has been closed"),
        // A month or « la semaine dernière » after « depuis » starts the period: no past cue.
        ("Depuis janvier, le maire a visité vingt écoles.", "has visited"),
        ("Depuis la semaine dernière, la police a arrêté six suspects.", "have arrested"),
        ("Les loyers ont baissé depuis le mois de mars.", "have"),
    ])
    func aPerfectCueMakesAPresentPerfect(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
    }

    @Test(arguments: [
        ("Le loyer a augmenté hier.", "increased"),
        ("Le loyer a augmenté depuis qu'il était parti.", "increased"),
        ("Depuis janvier, le loyer a augmenté hier encore.", "increased"),
    ])
    func aPastCueOrAReportingVerbKeepsTheSimplePast(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
        #expect(!english.contains("has " + expected), "\(french) → \(english)")
    }

    @Test func aReportingVerbStaysInTheSimplePast() throws {
        let english = try translate("Le ministre a déclaré depuis Paris que le loyer baisse.")
        #expect(!english.contains("has "), "\(english)")
    }

    @Test func depuisBeforeALengthOfTimeIsFor() throws {
        #expect(try translate("Nous attendons une réponse depuis trois semaines.").contains("for three weeks"))
        #expect(try translate("Le musée est fermé depuis lundi.").contains("since Monday"))
    }

    @Test func theShippedClassesListTheCues() throws {
        let classes = try TranslateFixtures.shippedLexicons().classes
        #expect(classes.contains("depuis", in: .perfectCue))
        #expect(classes.contains("jusqu'à présent", in: .perfectCue))
        #expect(classes.contains("hier", in: .pastCue))
        #expect(classes.contains("l'an dernier", in: .pastCue))
        #expect(classes.contains("déjà", in: .preverbalAdverb))
        #expect(classes.contains("depuis", in: .sinceCue))
        #expect(!classes.contains("hier", in: .perfectCue))
    }

    // MARK: - Verbs conjugated with être

    @Test(arguments: [
        ("Des fissures sont apparues sur le mur.", "appeared"),
        ("La ministre est apparue fatiguée.", "appeared"),
        ("Le dollar est remonté depuis.", "has gone up"),
    ])
    func anEtreVerbIsAnActivePastNotAPassive(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
        #expect(!english.contains("is " + expected) && !english.contains("are " + expected)
                && !english.contains("been " + expected), "\(french) → \(english)")
    }

    // MARK: - Negation with an adverb inside

    @Test(arguments: [
        ("Ce n'est donc pas complètement faux.", "It is therefore not completely false."),
        ("Le train ne part donc pas.", "The train therefore does not leave."),
        ("Elle n'est même pas venue.", "She did not even come."),
        ("Le projet n'a toujours pas commencé.", "The project has still not begun."),
    ])
    func anAdverbBetweenTheVerbAndPasIsPlacedAroundNot(_ french: String, _ expected: String) throws {
        #expect(try translate(french) == expected)
    }

    @Test func seulementBeforeNeQueIsNotSaidTwice() throws {
        let english = try translate("Il n'y en a seulement que deux.")
        #expect(english.contains("only two"), "\(english)")
        #expect(!english.contains("only only") && !english.contains("that"), "\(english)")
    }

    @Test func innerAdverbRowsLoadWithTheirSide() throws {
        let file = try TemporaryFile("pas\tnot\tverbal\ntoujours\tstill\tinner-before\nmême\teven\tinner-after\n")
        let lexicon = try NegationLexicon(path: file.path)
        #expect(lexicon.innerAdverb("toujours") == .init(english: "still", afterNegation: false))
        #expect(lexicon.innerAdverb("même") == .init(english: "even", afterNegation: true))
        #expect(lexicon.innerAdverb("pas") == nil)
        #expect(lexicon.particle("toujours") == nil)
    }

    @Test func underNotRowsAreNotParticles() throws {
        let file = try TemporaryFile("aucun\tno\tdeterminer\naucun\tany\tunder-not\npersonne\tanyone\tunder-not\n")
        let lexicon = try NegationLexicon(path: file.path)
        #expect(lexicon.particle("aucun") == .init(english: "no", kind: .determiner))
        #expect(lexicon.formUnderNot("aucun") == "any")
        #expect(lexicon.formUnderNot("personne") == "anyone")
        #expect(lexicon.particle("personne") == nil)
    }

    @Test(arguments: [
        ("Il n'a vu aucun problème.", "He did not see any problem."),
        ("Elle n'a appelé personne.", "She did not call anyone."),
    ])
    func aNegativeWordAfterTheParticipleKeepsNot(_ french: String, _ expected: String) throws {
        #expect(try translate(french) == expected)
    }

    @Test func verbPhrasePlacesAdverbsAroundTheNegation() throws {
        let phrase = try phrase()
        let third = EnglishVerbPhrase.Agreement(person: 3, plural: false)
        #expect(phrase.words(verb: "be", tense: .present, aspect: .simple, agreement: third, negation: "not",
                             beforeNegation: ["therefore"]) == ["is", "therefore", "not"])
        #expect(phrase.words(verb: "leave", tense: .present, aspect: .simple, agreement: third, negation: "not",
                             doSupport: true, beforeNegation: ["therefore"]) == ["therefore", "does", "not", "leave"])
        #expect(phrase.words(verb: "come", tense: .present, aspect: .perfect, agreement: third, negation: "not",
                             doSupport: true, afterNegation: ["even"]) == ["did", "not", "even", "come"])
    }

    // MARK: - Mid-position adverbs

    @Test(arguments: [
        ("Ils travaillent déjà ici.", "They already work here."),
        ("Il mange aussi des pommes.", "He also eats apples."),
        ("Nous lisons souvent le journal.", "We often read the newspaper."),
    ])
    func aMidPositionAdverbGoesBeforeASimpleVerb(_ french: String, _ expected: String) throws {
        #expect(try translate(french) == expected)
    }

    @Test func anAdverbModifyingAnAdjectiveStaysWithIt() throws {
        let english = try translate("Il est aussi grand que son frère.")
        #expect(english.hasPrefix("He is as "), "\(english)")
    }

    // MARK: - Agreement

    @Test(arguments: [
        ("Les informations étaient fausses.", "information was"),
        ("Les nouvelles sont bonnes.", "news is"),
        ("Les informations qui circulent sont fausses.", "information that circulates"),
        ("La police est sur place.", "police are"),
        // Not the head of the subject, or not a definite subject: the French number stays.
        ("Les résultats des recherches sont clairs.", "research are"),
        ("Le chef de la police est malade.", "police is"),
    ])
    func aNounSubjectEnglishCountsOtherwiseGivesTheVerbItsNumber(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
    }

    @Test func theShippedNounNumbersListMassNounsAndPolice() throws {
        let numbers = try TranslateFixtures.shippedLexicons().nounNumbers
        #expect(numbers.number(of: "information") == .singular)
        #expect(numbers.number(of: "police") == .plural)
        #expect(numbers.number(of: "house") == nil)
    }

    @Test(arguments: [
        ("Il se retrouve sans argent.", "himself"),
        ("Elle se retrouve sans argent.", "herself"),
        ("Nous nous retrouvons devant la gare.", "ourselves"),
        ("La ville se retrouve sans eau.", "itself"),
        ("Vous vous retrouvez devant la porte.", "yourself"),
        ("Elles se retrouvent devant la gare.", "themselves"),
    ])
    func oneselfAgreesWithTheSubject(_ french: String, _ pronoun: String) throws {
        let english = try translate(french)
        #expect(english.contains("find") && english.contains(" " + pronoun + " "), "\(french) → \(english)")
        #expect(!english.contains("oneself"))
    }

    @Test(arguments: [
        (EnglishVerbPhrase.Agreement(person: 1, plural: false), nil as String?, nil as Animacy.Kind?, "myself"),
        (.init(person: 3, plural: false), "she", nil, "herself"),
        (.init(person: 3, plural: true), nil, nil, "themselves"),
        (.init(person: 3, plural: false), nil, .man, "himself"),
        (.init(person: 3, plural: false), nil, nil, "itself"),
    ])
    func reflexivePronouns(_ agreement: EnglishVerbPhrase.Agreement, _ subject: String?, _ kind: Animacy.Kind?,
                           _ expected: String) throws {
        #expect(try phrase().reflexive(agreement, subject: subject, kind: kind) == expected)
    }

    @Test func aNounSubjectBeforeACliticKeepsTheThirdPerson() throws {
        let english = try translate("Le chemin vous ramène au village.")
        #expect(english.contains("brings you"), "\(english)")
    }

    // MARK: - Infinitives

    @Test(arguments: [
        ("Elle a acheté un vélo pour pouvoir aller au travail.", "to be able to go"),
        ("Elle devrait pouvoir partir demain.", "should be able to leave"),
        ("Il veut pouvoir librement choisir.", "to be able to freely choose"),
        ("Il regrette de ne pas pouvoir venir.", "not being able to come"),
    ])
    func anInfinitiveFrameBeforeAnotherInfinitiveSaysItsToOnce(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
        #expect(!english.contains("can to"), "\(french) → \(english)")
    }

    @Test(arguments: [
        ("Nous devons réduire les coûts et améliorer la qualité.", "and improve"),
        ("Ils ont décidé de vendre la maison et de partir.", "and leave"),
        ("Il faut chercher un emploi ou reprendre les études.", "or resume"),
    ])
    func aCoordinatedInfinitiveTakesNoSecondTo(_ french: String, _ expected: String) throws {
        let english = try translate(french)
        #expect(english.contains(expected), "\(french) → \(english)")
    }

    @Test func aCoordinatedInfinitiveAfterAGerundKeepsItsOwnForm() throws {
        let english = try translate("Il est parti sans payer et sans dire au revoir.")
        #expect(english.contains("without paying and without saying"), "\(english)")
    }

    @Test func enBeforeTheInfinitiveOfAFrameIsThePronoun() throws {
        let english = try translate("Ils ne peuvent donc pas en profiter.")
        #expect(english.contains("cannot"), "\(english)")
        #expect(!english.contains(" in "), "\(english)")
    }

    @Test func anExpressionEndingInToTakesABareInfinitive() throws {
        let english = try translate("Les pays se sont engagés à réduire leurs émissions.")
        #expect(!english.contains("to to"), "\(english)")
    }

    // MARK: - « à » objects of dative verbs

    @Test func aDativeVerbTakesAnAObjectDirectly() throws {
        let press = try translate("Le ministre a déclaré à la presse que le projet était prêt.")
        #expect(press.contains("told the press"), "\(press)")
        let pupils = try translate("Elle a dit aux élèves de rentrer chez eux.")
        #expect(pupils.contains("told students to return"), "\(pupils)")
    }

    @Test(arguments: [
        "Il a déclaré à Paris que la crise était finie.",
        "« Nous sommes prêts », a déclaré à la presse le ministre.",
        "Il a dit à sa sœur : « Viens ! »",
    ])
    func aPlaceASpeechTagOrDirectSpeechKeepsSaid(_ french: String) throws {
        let english = try translate(french)
        #expect(english.contains("said"), "\(french) → \(english)")
        #expect(!english.contains("told"), "\(french) → \(english)")
    }
}
