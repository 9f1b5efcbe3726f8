// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Folding, stemming, word lists, weight files, the caseless hint and paragraph rendering.
@Suite struct SummaryTextTests {
    let folder: WordFolder

    init() throws {
        folder = try WordFolder()
    }

    @Test(arguments: [("État", "etat"), ("ÉLÈVES", "eleves"), ("Straße", "strasse"), ("Noël", "noel"),
                      ("çà", "ca"), ("ŒUVRE", "œuvre"), ("Ελλάδα", "ελλαδα"), ("abc123", "abc123")])
    func folding(word: String, folded: String) {
        #expect(folder.fold(word) == folded)
    }

    @Test func stemmerStripsTheLongestSuffixKeepingTheMinimumStem() {
        let stemmer = SuffixStemmer(suffixes: [("ations", 3), ("s", 3), ("ement", 3), ("e", 3)], folder: folder)
        func stem(_ word: String) -> String {
            String(decoding: stemmer.stem(ArraySlice(folder.fold(word).utf8)), as: UTF8.self)
        }
        #expect(stem("négociations") == "negoci")
        #expect(stem("gouvernement") == "gouvern")
        #expect(stem("bus") == "bus")  // "bu" would be too short
        #expect(stem("rue") == "rue")
        #expect(stem("maisons") == "maison")
    }

    @Test func shippedStemmersMakeRelatedFormsMeet() throws {
        for (language, pairs) in [(SummaryLanguage.fr, [("négociations", "négociation"), ("nationaux", "national"),
                                                        ("présidentielle", "présidentiel")]),
                                  (.en, [("talks", "talk"), ("economy", "economic"), ("ministers", "minister")])] {
            let lexicon = try SummaryFixtures.lexicon(language)
            for (a, b) in pairs {
                let stemA = lexicon.stemmer.stem(ArraySlice(lexicon.folder.fold(a).utf8))
                let stemB = lexicon.stemmer.stem(ArraySlice(lexicon.folder.fold(b).utf8))
                #expect(stemA == stemB, "\(a) / \(b)")
            }
        }
    }

    @Test func stopWordsAndPronounsIgnoreCaseAndAccents() throws {
        let french = try SummaryFixtures.lexicon(.fr)
        #expect(french.stopWords.contains("ÉTAIT", folder: folder))
        #expect(french.stopWords.contains("à", folder: folder))
        #expect(!french.stopWords.contains("gouvernement", folder: folder))
        #expect(french.pronouns.contains("Elle", folder: folder))
        let english = try SummaryFixtures.lexicon(.en)
        #expect(english.stopWords.contains("The", folder: folder))
        #expect(english.pronouns.contains("They", folder: folder))
    }

    @Test func tokensSplitOnApostrophesAndHyphensAndTrackQuotes() {
        let tokens = SentenceTokens("L'État a dit « non » au porte-parole.", folder: folder, dateline: nil)
        #expect(tokens.words.map { String(decoding: $0.folded, as: UTF8.self) }
            == ["l", "etat", "a", "dit", "non", "au", "porte", "parole"])
        #expect(tokens.words.map(\.quoted) == [false, false, false, false, true, false, false, false])
        #expect(tokens.words.map(\.capitalised) == [true, true, false, false, false, false, false, false])
    }

    @Test func weightFileLoadsAndReportsBadLines() throws {
        let good = SummaryFeature.allCases.map { "feature\t\($0.rawValue)\t0.5" }
            + SummaryParameter.allCases.map { "parameter\t\($0.rawValue)\t2" }
        let file = try SummaryTextTests.write(["# comment", ""] + good)
        let weights = try withExtendedLifetime(file) { try SummaryWeights.load(path: file.path) }
        #expect(weights.weight(.textRank) == 0.5)
        #expect(weights[.mmrLambda] == 2)

        let cases: [([String], SummaryDataError)] = [
            (good + ["feature\tnoSuchFeature\t1"],
             .malformed(file: "", line: good.count + 1, reason: "unknown feature 'noSuchFeature'")),
            (["feature\tbias\tone"] + good.dropFirst(), .malformed(file: "", line: 1, reason: "'one' is not a number")),
            (good + ["feature\tbias\t1"], .malformed(file: "", line: good.count + 1,
                                                    reason: "feature 'bias' listed twice")),
            (Array(good.dropFirst()), .missing(file: "", name: "bias")),
            (["weight\tbias\t1"], .malformed(file: "", line: 1,
                                             reason: "kind must be 'feature' or 'parameter', not 'weight'")),
        ]
        for (lines, expected) in cases {
            let file = try SummaryTextTests.write(lines)
            _ = withExtendedLifetime(file) {
                #expect(throws: SummaryTextTests.withFile(expected, file.path)) {
                    try SummaryWeights.load(path: file.path)
                }
            }
        }
    }

    @Test func shippedWeightFilesLoad() throws {
        for language in SummaryLanguage.allCases {
            let lexicon = try SummaryFixtures.lexicon(language)
            #expect(lexicon.weights[.maxSentences] >= 10)
            #expect(lexicon.stopWords.count > 100)
        }
    }

    @Test func caselessHintCapitalisesSentenceStartsInAnalysisOnly() {
        let text = "the talks ended. \"we agree,\" he said! ministers left at 3.5 pm."
        let paragraph = NormalizedParagraph(index: 0, display: text, analysis: text)
        let hinted = CaselessTextHint.apply(paragraph)
        #expect(hinted.display == text)
        #expect(hinted.analysis == "The talks ended. \"We agree,\" he said! Ministers left at 3.5 pm.")
        let cased = NormalizedParagraph(index: 0, display: "The talks. ended.", analysis: "The talks. ended.")
        #expect(CaselessTextHint.apply(cased) == cased)
    }

    @Test func rendererJoinsWithSingleSpacesAndDropsDanglingQuotes() {
        #expect(SummaryParagraphRenderer.render(["Un  deux\ntrois.", " Quatre. "]) == "Un deux trois. Quatre.")
        #expect(SummaryParagraphRenderer.render(["\"Nous viendrons.", "Il partit. »"])
            == "Nous viendrons. Il partit.")
        #expect(SummaryParagraphRenderer.render(["« Nous viendrons », dit-il.", "Il a dit \"oui\"."])
            == "« Nous viendrons », dit-il. Il a dit \"oui\".")
        #expect(SummaryParagraphRenderer.render(["recovery. \"", "\" the outlook was \"uncertain\"."])
            == "recovery. the outlook was \"uncertain\".")
        #expect(SummaryParagraphRenderer.render(["« Il pleut\u{A0}!", "Oui."]) == "Il pleut\u{A0}! Oui.")
    }

    /// A temporary file holding the lines, removed when the returned value is released.
    static func write(_ lines: [String]) throws -> TemporaryFile {
        try TemporaryFile(lines.joined(separator: "\n") + "\n")
    }

    static func withFile(_ error: SummaryDataError, _ path: String) -> SummaryDataError {
        switch error {
        case .malformed(_, let line, let reason): .malformed(file: path, line: line, reason: reason)
        case .missing(_, let name): .missing(file: path, name: name)
        case .unreadable(_, let reason): .unreadable(file: path, reason: reason)
        }
    }
}
