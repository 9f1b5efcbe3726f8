// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Builders shared by the summariser tests: documents from literal sentences, lexicons with chosen weights.
enum SummaryFixtures {
    /// `Lexicons/` of this package (tests never read /work/shared).
    static let lexicons = LexiconDirectory(path: LexiconDirectory.packageLexiconsPath)

    /// Sentences of a document: one array of sentence texts per paragraph.
    static func sentences(_ paragraphs: [[String]]) -> [Sentence] {
        paragraphs.enumerated().flatMap { p, texts in
            texts.enumerated().map { o, text in
                Sentence(paragraph: p, ordinal: o, range: 0..<text.unicodeScalars.count, text: text, analysis: text)
            }
        }
    }

    /// The same document as translated paragraphs whose English is "EN: " + the French.
    static func translated(_ paragraphs: [[String]]) -> [TranslatedParagraph] {
        let all = sentences(paragraphs)
        return paragraphs.indices.map { p in
            TranslatedParagraph(index: p, firstLine: 1, continues: false, sentences: all.filter { $0.paragraph == p }
                .map { TranslatedSentence(source: $0, segments: [.translated("EN: " + $0.text)]) })
        }
    }

    /// Every parameter at a plain default, overridable.
    static func parameters(_ overrides: [SummaryParameter: Double] = [:]) -> [SummaryParameter: Double] {
        var values: [SummaryParameter: Double] = [
            .mmrLambda: 1, .maxSentences: 200, .pronounTolerance: 0.05, .shortSentenceWords: 6,
            .datelineMaxCharacters: 60, .titleMaxWords: 25, .lowLetterThreshold: 0.8, .textRankDamping: 0.85, .textRankIterations: 50,
        ]
        values.merge(overrides) { _, new in new }
        return values
    }

    /// Weights that are zero except for the ones given.
    static func weights(_ features: [SummaryFeature: Double], parameters: [SummaryParameter: Double] = [:])
        -> SummaryWeights
    {
        var all = Dictionary(uniqueKeysWithValues: SummaryFeature.allCases.map { ($0, 0.0) })
        all.merge(features) { _, new in new }
        return SummaryWeights(features: all, parameters: Self.parameters(parameters))
    }

    /// The shipped lexicon of `language` with `weights` in place of the shipped weights.
    static func lexicon(_ language: SummaryLanguage = .fr, weights: SummaryWeights? = nil) throws -> SummaryLexicon {
        let shipped = try SummaryLexicon.load(lexicons: lexicons, language: language)
        guard let weights else { return shipped }
        return SummaryLexicon(language: language, folder: shipped.folder, stopWords: shipped.stopWords,
                              pronouns: shipped.pronouns, stemmer: shipped.stemmer, weights: weights)
    }

    /// A French news story of my own: a lead, background, a quote and a closing detail.
    static let story: [[String]] = [
        ["Les ministres européens de l'agriculture se sont réunis lundi à Bruxelles pour négocier la réforme des aides aux agriculteurs.",
         "La réunion a duré plus de douze heures."],
        ["Selon la présidence, les ministres ont trouvé un accord sur le plafonnement des aides agricoles.",
         "Il entrera en vigueur en janvier prochain.",
         "« C'est un compromis équilibré », a déclaré le ministre français."],
        ["Les syndicats agricoles jugent cependant la réforme des aides insuffisante et prévoient des manifestations."],
    ]
}

/// The summariser as a whole: the protocol, document order, titles, rendering.
@Suite struct SummarizerTests {
    @Test func conformsToTheSummarizingProtocolAndKeepsDocumentOrder() throws {
        let weights = SummaryFixtures.weights([.positionRelative: 4])  // prefers late sentences
        let summarizer: any DocumentSummarizing = ExtractiveSummarizer(
            lexicon: try SummaryFixtures.lexicon(weights: weights), budget: .sentences(2))
        let summary = try summarizer.summarize(SummaryFixtures.translated(SummaryFixtures.story))
        #expect(summary.sentences.map(\.source.paragraph) == [1, 2])
        #expect(summary.french.hasPrefix("« C'est un compromis"))
        #expect(summary.english.hasPrefix("EN: « C'est un compromis"))
        #expect(summary.english.contains("EN: Les syndicats"))
    }

    @Test func isTheSummaryStage() {
        #expect(ExtractiveSummarizer.id == .summary)
    }

    @Test func shippedWeightsPickTheLeadOfANewsStory() throws {
        let summarizer = ExtractiveSummarizer(lexicon: try SummaryFixtures.lexicon(), budget: .sentences(1))
        let chosen = summarizer.select(SummaryFixtures.sentences(SummaryFixtures.story), title: nil)
        #expect(chosen.map(\.sentence.text) == [SummaryFixtures.story[0][0]])
    }

    @Test func leadingHeadingBecomesTheTitleAndIsNeverChosen() throws {
        let summarizer = ExtractiveSummarizer(lexicon: try SummaryFixtures.lexicon(
            weights: SummaryFixtures.weights([.firstSentence: 5])), budget: .sentences(1))
        let document = [["Accord à Bruxelles sur les aides agricoles"]] + SummaryFixtures.story
        let (candidates, title) = summarizer.candidates(of: SummaryFixtures.sentences(document))
        #expect(title == "Accord à Bruxelles sur les aides agricoles")
        #expect(candidates.first?.documentIndex == 1)
        #expect(candidates.first?.position == 0)
        #expect(summarizer.select(SummaryFixtures.sentences(document), title: nil).map(\.candidate.documentIndex)
            == [1])
    }

    @Test func aDocumentOfOneSentenceWithoutFinalStopIsStillSummarised() throws {
        let summarizer = ExtractiveSummarizer(lexicon: try SummaryFixtures.lexicon())
        let chosen = summarizer.select(SummaryFixtures.sentences([["Un titre seul sans point final"]]), title: nil)
        #expect(chosen.count == 1)
    }

    @Test func emptyDocumentGivesEmptySummary() throws {
        let summarizer = ExtractiveSummarizer(lexicon: try SummaryFixtures.lexicon())
        #expect(try summarizer.summarize([]).english.isEmpty)
        #expect(summarizer.select([], title: nil).isEmpty)
    }

    @Test func sentencesWithoutContentWordsAreNeverChosen() throws {
        let summarizer = ExtractiveSummarizer(lexicon: try SummaryFixtures.lexicon(
            weights: SummaryFixtures.weights([.firstSentence: 9])), budget: .sentences(1))
        let chosen = summarizer.select(SummaryFixtures.sentences([["Et il y a ça.", "Le sommet de Paris commence."]]),
                                       title: nil)
        #expect(chosen.map(\.sentence.ordinal) == [1])
    }

    @Test func onlyTheFirstMaxSentencesAreConsidered() throws {
        let weights = SummaryFixtures.weights([.positionRelative: 5], parameters: [.maxSentences: 3])
        let summarizer = ExtractiveSummarizer(lexicon: try SummaryFixtures.lexicon(weights: weights),
                                              budget: .sentences(1))
        let sentences = SummaryFixtures.sentences([(1...8).map { "Le conseil numéro \($0) vote la loi." }])
        #expect(summarizer.candidates(of: sentences).candidates.count == 3)
        #expect(summarizer.select(sentences, title: nil).map(\.sentence.ordinal) == [2])
    }

    @Test func scorePartsAddUpToTheLogit() throws {
        let summarizer = ExtractiveSummarizer(lexicon: try SummaryFixtures.lexicon())
        for scored in summarizer.select(SummaryFixtures.sentences(SummaryFixtures.story), title: nil) {
            let sum = scored.parts.map(\.contribution).reduce(0, +)
            #expect(abs(sum - scored.logit) < 1e-9)
            #expect(abs(scored.score - 1 / (1 + exp(-scored.logit))) < 1e-12)
            #expect(scored.parts.map(\.feature) == SummaryFeature.allCases)
        }
    }
}
