// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// `PhraseMatcher`: negations inside verbal expressions, `de` for the article after a negation, leading clitics,
/// ligature spellings, the tagger's reading, and where a clitic object goes in the English.
@Suite struct PhraseMatcherTests {
    /// A matcher over a small expression file, with the shipped morphology, tokeniser and negations.
    struct Fixture {
        let lexicons: TranslationLexicons
        let tokenizer: FrenchTokenizer
        let matcher: PhraseMatcher

        init(_ rows: String) throws {
            var lexicons = try TranslateFixtures.shippedLexicons()
            let file = try TemporaryFile(rows)
            lexicons.phrases = try PhraseLexicon(path: file.path)
            self.lexicons = lexicons
            tokenizer = FrenchTokenizer(rules: lexicons.tokenization, morphology: lexicons.morphology)
            matcher = PhraseMatcher(lexicon: lexicons.phrases, tokenizer: tokenizer, morphology: lexicons.morphology,
                                    negations: lexicons.negations)
        }

        /// The match at the first token whose text is `word`, and the sentence's token texts.
        func match(_ sentence: String, at word: String, chosen: MorphAnalysis? = nil,
                   reflexive: Bool = false) -> (match: PhraseMatcher.Match?, tokens: [String]) {
            let tokens = tokenizer.tokenize(sentence, atSentenceStart: true)
            let lowered = tokens.map { $0.text.lowercased() }
            let analyses = tokens.map { lexicons.morphology.analyses($0.text) }
            guard let start = tokens.firstIndex(where: { $0.text == word }) else { return (nil, lowered) }
            let match = matcher.match(at: start, lowered: lowered, analyses: analyses, chosen: chosen,
                                      reflexive: reflexive, enclitic: { tokens[$0].origin.contains(.enclitic) })
            return (match, lowered)
        }
    }

    /// The match when the tagger's reading and the reflexive test are asked for only if needed, with how often
    /// they were asked for.
    func lazyMatch(_ fixture: Fixture, _ sentence: String, at word: String, chosen: MorphAnalysis?,
                   reflexive: Bool) -> (match: PhraseMatcher.Match?, asked: Int) {
        let tokens = fixture.tokenizer.tokenize(sentence, atSentenceStart: true)
        let lowered = tokens.map { $0.text.lowercased() }
        let analyses = tokens.map { fixture.lexicons.morphology.analyses($0.text) }
        guard let start = tokens.firstIndex(where: { $0.text == word }) else { return (nil, 0) }
        var asked = 0
        let match = fixture.matcher.match(at: start, words: fixture.matcher.words(lowered), analyses: analyses,
                                          chosen: { asked += 1; return chosen }, reflexive: { reflexive },
                                          enclitic: { tokens[$0].origin.contains(.enclitic) })
        return (match, asked)
    }

    /// Asking for the tagger's reading only when a verbal expression would match changes no match.
    @Test(arguments: [
        ("Le jury ne prend jamais une décision.", "prend"), ("Il prend une décision.", "prend"),
        ("Elle pose une question.", "pose"), ("Il s'en prend à lui.", "prend"), ("Il prend le train.", "prend"),
        ("La mise en oeuvre tarde.", "mise"), ("Ils mettent en œuvre le plan.", "mettent"),
        ("Elle a de l'argent.", "a"), ("Il n'a pas d'argent.", "a"), ("à cause de la pluie", "à"),
        ("Ils mettent rapidement en œuvre le plan.", "mettent"), ("Il prend aussi une décision.", "prend"),
    ])
    func theReadingIsAskedForOnlyWhenAVerbalExpressionWouldMatch(_ sentence: String, _ word: String) throws {
        let fixture = try Fixture(Self.rows)
        let tokens = fixture.tokenizer.tokenize(sentence, atSentenceStart: true)
        let start = try #require(tokens.firstIndex(where: { $0.text == word }))
        let readings = fixture.lexicons.morphology.analyses(tokens[start].text)
        for chosen in [nil] + readings {
            for reflexive in [false, true] {
                let eager = fixture.match(sentence, at: word, chosen: chosen, reflexive: reflexive).match
                let (lazy, asked) = lazyMatch(fixture, sentence, at: word, chosen: chosen, reflexive: reflexive)
                #expect(lazy?.length == eager?.length)
                #expect(lazy?.entry == eager?.entry)
                #expect(lazy?.inside == eager?.inside)
                #expect(lazy?.consumedBefore == eager?.consumedBefore)
                #expect(lazy?.verb == eager?.verb)
                #expect(asked <= 1)
            }
        }
        // Not asked at all where no verbal expression can match.
        #expect(lazyMatch(fixture, "Il prend le train.", at: "prend", chosen: nil, reflexive: false).asked == 0)
    }

    static let rows = """
        prendre une décision\tmake a decision\tvblex
        prendre des précautions\ttake precautions\tvblex
        prendre du recul\tstep back\tvblex
        s'en prendre à\tattack\tvblex
        mise en œuvre\timplementation\tn
        mettre en oeuvre\timplement\tvblex
        poser une question\task a question\tvblex
        prendre en charge\ttake care of\tvblex
        faire appel à\tappeal to\tvblex
        avoir de l'argent\thave money\tvblex
        à cause de\tbecause of\tpr
        """

    @Test func aNegationParticleAfterTheVerbStaysOutsideTheExpression() throws {
        let fixture = try Fixture(Self.rows)
        let (match, tokens) = fixture.match("Le jury ne prend jamais une décision.", at: "prend")
        let found = try #require(match)
        #expect(found.entry.english == "make a decision")
        #expect(found.inside.map { tokens[tokens.firstIndex(of: "prend")! + $0] } == ["jamais"])
        #expect(found.length == 4)
    }

    @Test(arguments: [
        ("Le club ne prend pas de décision.", "prend", "make a decision"),
        ("Les marins ne prennent plus de précautions.", "prennent", "take precautions"),
    ])
    func deStandsForTheIndefiniteArticleAfterANegation(_ sentence: String, _ verb: String, _ english: String) throws {
        let fixture = try Fixture(Self.rows)
        #expect(fixture.match(sentence, at: verb).match?.entry.english == english)
    }

    @Test func aPartitiveArticleIsNotReplaced() throws {
        // « ne prend jamais de recul », « n'a pas d'argent »: the verb group's "no" reading stays.
        let fixture = try Fixture(Self.rows)
        #expect(fixture.match("Elle ne prend jamais de recul.", at: "prend").match == nil)
        #expect(fixture.match("Elle ne prend jamais du recul.", at: "prend").match?.entry.english == "step back")
        #expect(fixture.match("Il n'a pas d'argent.", at: "a").match == nil)
    }

    @Test func aParticleCountsOnlyAfterNe() throws {
        let fixture = try Fixture(Self.rows)
        // « plus » without « ne » is "more": « prend plus de précautions » is not « ne prend plus de précautions ».
        #expect(fixture.match("Il prend plus de précautions.", at: "prend").match == nil)
        #expect(fixture.match("Il ne prend plus de précautions.", at: "prend").match?.entry.english == "take precautions")
    }

    @Test(arguments: [
        ("Ils mettent rapidement en œuvre le plan.", "mettent", "rapidement", "implement"),
        ("Le jury prend aussi une décision.", "prend", "aussi", "make a decision"),
        ("Le jury ne prend toujours pas de décision.", "prend", "toujours", "make a decision"),
    ])
    func oneAdverbAfterTheVerbStaysOutsideTheExpression(_ sentence: String, _ verb: String, _ adverb: String,
                                                        _ english: String) throws {
        let fixture = try Fixture(Self.rows)
        let (match, tokens) = fixture.match(sentence, at: verb)
        let found = try #require(match)
        #expect(found.entry.english == english)
        #expect(found.inside.map { tokens[tokens.firstIndex(of: verb)! + $0] }.contains(adverb))
    }

    @Test func anExpressionWithTheAdverbAmongItsWordsWinsOverOneThatSkipsIt() throws {
        let fixture = try Fixture("se mettre à\tstart\tvblex\nse mettre debout\tstand up\tvblex\n")
        let match = fixture.match("La foule s'est mise debout à ses pieds.", at: "mise", reflexive: true).match
        #expect(match?.entry.english == "stand up")
        #expect(match?.inside.isEmpty == true)
    }

    @Test func anAdverbIsSkippedOnlyOnceAndNeverForANegationParticle() throws {
        let fixture = try Fixture(Self.rows)
        // Two adverbs: no match; « plus » without « ne » is no adverb to skip (« prend plus de précautions »).
        #expect(fixture.match("Ils mettent très rapidement en œuvre le plan.", at: "mettent").match == nil)
        #expect(fixture.match("Il prend plus des précautions.", at: "prend").match == nil)
        // After a first particle, « non » of « pas non plus » is no adverb that lets « plus » count as a second.
        #expect(fixture.match("Il ne prend pas non plus de précautions.", at: "prend").match == nil)
        #expect(fixture.match("Il n'a pas pris non plus de précautions.", at: "pris").match == nil)
    }

    @Test func aLeadingCliticMustStandBeforeTheVerbAndBelongsToTheExpression() throws {
        let fixture = try Fixture(Self.rows)
        let (match, tokens) = fixture.match("Le chien s'en prend au facteur.", at: "prend", reflexive: true)
        let found = try #require(match)
        #expect(found.entry.english == "attack")
        #expect(found.consumedBefore.map { tokens[$0] } == ["en"])
        #expect(fixture.match("Le chien se prend au jeu.", at: "prend", reflexive: true).match == nil)
    }

    @Test(arguments: ["La mise en oeuvre tarde.", "La mise en œuvre tarde."])
    func ligaturesMatchTheirSpelledOutForm(_ sentence: String) throws {
        let fixture = try Fixture(Self.rows)
        #expect(fixture.match(sentence, at: "mise").match?.entry.english == "implementation")
    }

    @Test func aVerbalExpressionSpelledWithOeMatchesTheLigature() throws {
        let fixture = try Fixture(Self.rows)
        #expect(fixture.match("La commune met en œuvre le projet.", at: "met").match?.entry.english == "implement")
    }

    @Test func theTaggersNonVerbReadingStartsNoVerbalExpression() throws {
        let fixture = try Fixture(Self.rows)
        let noun = MorphAnalysis(lemma: "prise", tags: MorphTags(pos: .noun, features: [.feminine, .singular]))
        #expect(fixture.match("Elle pose une question.", at: "pose").match != nil)
        #expect(fixture.match("Elle pose une question.", at: "pose", chosen: noun).match == nil)
    }

    @Test(arguments: [("Ils posent une question.", "posent", "a question"),
                      ("Ils prennent une décision.", "prennent", "a decision"),
                      ("Ils prennent en charge les frais.", "prennent", nil),
                      ("Ils font appel à la justice.", "font", nil)] as [(String, String, String?)])
    func objectTailIsTheEnglishAfterTheVerbWhenTheExpressionEndsInItsObject(_ sentence: String, _ verb: String,
                                                                          _ tail: String?) throws {
        let fixture = try Fixture(Self.rows)
        let found = try #require(fixture.match(sentence, at: verb).match)
        #expect(found.entry.objectTail == tail)
    }

    @Test(arguments: [
        ("Elle lui pose une question.", "She asks him a question."),
        ("Le maire ne prend jamais de décision.", "The mayor never makes a decision."),
        ("Ils ne l'ont jamais pris en charge.", "They have never taken care of it."),
    ])
    func translations(_ french: String, _ english: String) throws {
        let fixture = try Fixture(Self.rows)
        let translator = SentenceTranslator(lexicons: fixture.lexicons)
        let sentence = TranslateFixtures.sentence(french)
        let output = try translator.process(TranslatedSentence(source: sentence, segments: [.passthrough(french)]))
        #expect(output.english == english)
    }

    @Test func anExpressionWinsOverASenseOverrideOfItsWords() throws {
        var lexicons = try TranslateFixtures.shippedLexicons()
        let phrases = try TemporaryFile("prendre la fuite\tflee\tvblex\n")
        let overrides = try TemporaryFile("fuite\tn\tleak\n")
        lexicons.phrases = try PhraseLexicon(path: phrases.path)
        lexicons.senseOverrides = try BilingualLexicon(path: overrides.path)
        let translator = SentenceTranslator(lexicons: lexicons)
        func translate(_ french: String) throws -> String {
            let sentence = TranslateFixtures.sentence(french)
            return try translator.process(TranslatedSentence(source: sentence, segments: [.passthrough(french)])).english
        }
        #expect(try translate("Le voleur a pris la fuite.") == "The thief fled.")
        #expect(try translate("La fuite du toit inquiète.").contains("leak"))
    }
}
