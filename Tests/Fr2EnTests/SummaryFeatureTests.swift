// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Fr2En
import Testing

/// Each signal of `SentenceFeatureExtractor`, on small documents built for it.
@Suite struct SummaryFeatureTests {
    let extractor: SentenceFeatureExtractor
    let summarizer: ExtractiveSummarizer

    init() throws {
        let lexicon = try SummaryFixtures.lexicon()
        extractor = SentenceFeatureExtractor(lexicon: lexicon)
        summarizer = ExtractiveSummarizer(lexicon: lexicon)
    }

    func features(_ paragraphs: [[String]], title: String? = nil) -> DocumentFeatures {
        summarizer.features(of: SummaryFixtures.sentences(paragraphs), title: title).features
    }

    @Test func positionSignals() {
        let f = features([["Le maire parle.", "Le préfet répond.", "Le juge tranche.", "Le public applaudit."]])
        #expect((0..<4).map { f.value(.firstSentence, of: $0) } == [1, 0, 0, 0])
        #expect((0..<4).map { f.value(.positionInverse, of: $0) } == [1, 0.5, 1.0 / 3, 0.25])
        #expect((0..<4).map { f.value(.positionRelative, of: $0) } == [0, 1.0 / 3, 2.0 / 3, 1])
    }

    @Test func paragraphSignals() {
        let f = features([["Le maire parle.", "Le préfet répond."], ["Le juge tranche.", "Le public rit."]])
        #expect((0..<4).map { f.value(.paragraphStart, of: $0) } == [0, 0, 1, 0])
        #expect((0..<4).map { f.value(.paragraphInverse, of: $0) } == [1, 1, 0.5, 0.5])
    }

    @Test func centralSentenceRanksHighestInTextRankAndCosineCentrality() {
        let f = features([[
            "Le budget de la ville finance les écoles.",
            "Le budget de la ville finance les écoles, les routes et les parcs.",
            "Les routes de la ville sont neuves.",
            "Les parcs ferment tard.",
            "Un chat dort au soleil.",
        ]])
        #expect(f.value(.textRank, of: 1) == 1)
        #expect(f.value(.cosineCentrality, of: 1) == 1)
        #expect(f.value(.textRank, of: 4) < f.value(.textRank, of: 3))
        #expect(f.value(.cosineCentrality, of: 4) == 0)
    }

    @Test func titleSimilarityUsesStemsAndIgnoresCaseAndAccents() {
        let f = features([["Les négociations ont échoué hier.", "Le temps était beau."]],
                         title: "ÉCHEC DES NÉGOCIATIONS")
        #expect(f.value(.titleSimilarity, of: 0) > 0.5)
        #expect(f.value(.titleSimilarity, of: 1) == 0)
        let untitled = features([["Les négociations ont échoué hier.", "Le temps était beau."]])
        #expect(untitled.value(.titleSimilarity, of: 0) == 0)
    }

    @Test func leadSimilarity() {
        let f = features([["Le port de Marseille bloque les navires.", "Les navires attendent devant le port.",
                           "Une exposition ouvre au musée."]])
        #expect(f.value(.leadSimilarity, of: 0) == 0)
        #expect(f.value(.leadSimilarity, of: 1) > 0.2)
        #expect(f.value(.leadSimilarity, of: 2) == 0)
    }

    @Test func thematicCountsRecurringStems() {
        let f = features([["La grève des cheminots continue.", "Les cheminots votent la grève.",
                           "Un concert a lieu samedi."]])
        #expect(f.value(.thematic, of: 1) == 1)
        #expect(f.value(.thematic, of: 0) == 1)
        #expect(f.value(.thematic, of: 2) == 0)
    }

    @Test func lengthSignals() {
        let f = features([["Le conseil municipal a voté hier soir le budget de la commune pour l'année prochaine.",
                           "Il pleut."]])
        #expect(f.value(.lengthRatio, of: 0) == 1)
        #expect(f.value(.lengthRatio, of: 1) == 2.0 / 16)
        #expect(f.value(.short, of: 0) == 0)
        #expect(f.value(.short, of: 1) == 1)
        #expect(abs(f.value(.logWords, of: 0) - log(17.0) / 5) < 1e-12)
        #expect(abs(f.value(.logWords, of: 1) - log(3.0) / 5) < 1e-12)
        for i in 0..<2 {
            #expect(f.value(.textRankLength, of: i) == f.value(.textRank, of: i) * f.value(.lengthRatio, of: i))
        }
    }

    @Test func textRankLengthFavoursLongCentralSentences() {
        let f = features([["La grève des cheminots bloque les trains de banlieue et de grandes lignes ce lundi.",
                           "La grève des cheminots continue.", "Un concert a lieu samedi."]])
        #expect(f.value(.textRankLength, of: 0) > f.value(.textRankLength, of: 1))
        #expect(f.value(.textRankLength, of: 1) > f.value(.textRankLength, of: 2))
    }

    @Test func densitySignals() {
        let f = features([["Emmanuel Macron a reçu Olaf Scholz à Paris en 2024.", "Il fait très beau et chaud."]])
        // Words: Emmanuel Macron a reçu Olaf Scholz à Paris en 2024 → 10; capitals after the first: 4.
        #expect(f.value(.entityDensity, of: 0) == 0.4)
        #expect(f.value(.numberDensity, of: 0) == 0.1)
        #expect(f.value(.entityDensity, of: 1) == 0)
        #expect(f.value(.contentDensity, of: 0) > f.value(.contentDensity, of: 1))
    }

    @Test func quoteFraction() {
        let f = features([["« Nous ne céderons pas », a dit la ministre.", "La ministre a parlé aux députés."]])
        #expect(f.value(.quoteFraction, of: 0) == 0.5)
        #expect(f.value(.quoteFraction, of: 1) == 0)
        let straight = features([["\"Nous ne céderons pas\", a dit la ministre."]])
        #expect(straight.value(.quoteFraction, of: 0) == 0.5)
    }

    @Test func pronounStart() {
        let f = features([["Le ministre est arrivé.", "Il a parlé.", "Cette décision surprend.", "Ilan a parlé."]])
        #expect((0..<4).map { f.value(.pronounStart, of: $0) } == [0, 1, 1, 0])
    }

    @Test func lowLettersMarksCodeNotProse() {
        let f = features([["Le maire a inauguré la nouvelle école, à 9 h 30.",
                           "window.pvp_7cce = new Pvp({id: \"x3oe\", mute: 1});"]])
        #expect(f.value(.lowLetters, of: 0) == 0)
        #expect(f.value(.lowLetters, of: 1) > 0.1)
    }

    @Test func datelineIsLeftOutOfScoring() {
        let tokens = SentenceTokens("PARIS (AFP) - Le gouvernement a présenté son budget.",
                                    folder: try! WordFolder(), dateline: DatelineDetector(maxCharacters: 60))
        #expect(tokens.words.map { String(decoding: $0.folded, as: UTF8.self) }
            == ["le", "gouvernement", "a", "presente", "son", "budget"])
        let f = features([["PARIS (AFP) - Le gouvernement a présenté son budget.", "Le budget est voté."]])
        #expect(f.value(.entityDensity, of: 0) == 0)
    }

    @Test(arguments: [
        ("PARIS (AFP) - Le gouvernement", 14),
        ("LONDRES - La reine", 10),
        ("Bruxelles, 3 mai (Reuters) — Les ministres", 29),
        ("Paris, 3 mai (AFP) – Les ministres", 21),
    ])
    func datelines(text: String, length: Int) {
        #expect(DatelineDetector(maxCharacters: 60).prefixLength(Array(text.unicodeScalars)) == length)
    }

    @Test(arguments: [
        "Le ministre - qui était absent - a écrit.",
        "Le score est de 3 - 2 pour Lyon.",
        "Les Bleus (France) - une équipe jeune - gagnent.",
        "Un texte sans tiret.",
    ])
    func notDatelines(text: String) {
        #expect(DatelineDetector(maxCharacters: 60).prefixLength(Array(text.unicodeScalars)) == 0)
    }

    @Test func allFeaturesStayInTheirRange() {
        let f = features(SummaryFixtures.story)
        for row in f.values {
            for (value, feature) in zip(row, SummaryFeature.allCases) {
                #expect(value >= 0 && value <= 1, "\(feature) = \(value)")
            }
        }
    }
}
