// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Cognate guesses for unknown words: by ending, preferring guesses that are English words.
@Suite struct CognateRulesTests {
    static let endings = [("ité", "ity"), ("ement", "ly"), ("aire", "ary"), ("aire", "ar"), ("isme", "ism")]
    static let vocabulary = EnglishVocabulary(["positivity", "nuclear", "perfectionism", "rarely"])

    @Test func withoutVocabularyTheLongestEndingsFirstRowGuesses() {
        let rules = CognateRules(Self.endings)
        #expect(rules.guess("positivité") == "positivity")
        #expect(rules.guess("évitement") == "evitly")
        #expect(rules.guess("nucléaire") == "nucleary")
    }

    @Test(arguments: [("positivité", "positivity"), ("nucléaire", "nuclear"), ("perfectionnisme", "perfectionism")])
    func theVocabularyChoosesAmongAlternativesAndSingleN(_ french: String, _ english: String) {
        let rules = CognateRules(Self.endings, vocabulary: Self.vocabulary)
        #expect(rules.guess(french) == english)
    }

    @Test(arguments: ["évitement", "obligataire", "ménagement"])
    func nonWordsAreNotGuessed(_ french: String) {
        let rules = CognateRules(Self.endings, vocabulary: Self.vocabulary)
        #expect(rules.guess(french) == nil)
    }

    @Test func acceptingNonWordsFallsBackToTheFirstGuess() {
        let rules = CognateRules(Self.endings, vocabulary: Self.vocabulary, acceptsNonWords: true)
        #expect(rules.guess("évitement") == "evitly")
        #expect(rules.guess("nucléaire") == "nuclear")
        #expect(rules.guess("maison") == nil)
    }

    @Test func anEndingMarkedWordGivesOnlyWordsEvenWhenNonWordsAreAccepted() {
        let endings = [CognateRules.Ending("emment", "ently", wordsOnly: true),
                       CognateRules.Ending("ement", "ly", wordsOnly: true), CognateRules.Ending("ité", "ity")]
        let rules = CognateRules(endings: endings, vocabulary: EnglishVocabulary(["evidently"]), acceptsNonWords: true)
        #expect(rules.guess("tarissement") == nil)
        #expect(rules.guess("évidemment") == "evidently")
        #expect(rules.guess("sérendipité") == "serendipity")
    }

    @Test func aShorterEndingMayGiveTheWordALongerOneMisses() {
        // "-ement" → "-ly" gives "supplly", no word; the shorter "-ment" → "-ment" gives one.
        let rules = CognateRules([("ement", "ly"), ("ment", "ment")], vocabulary: EnglishVocabulary(["supplement"]))
        #expect(rules.guess("supplement") == "supplement")
        #expect(rules.guess("rapidement") == nil)
    }
}
