// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Prefixes of words the lexicon lacks: split off, and their English put before the base's; solid prefixes only
/// where the English vocabulary lists the joined word or the alternative is hyphenated.
@Suite struct PrefixRulesTests {
    static let rules = PrefixRules([("anti-", "anti-"), ("ex-", "former"), ("sous-", "sub-")])

    @Test(arguments: [("anti-terroriste", "anti-", "terroriste"), ("ex-reine", "ex-", "reine"),
                      ("sous-commissions", "sous-", "commissions")])
    func listedPrefixesSplitOff(_ word: String, _ prefix: String, _ base: String) throws {
        let split = try #require(Self.rules.split(word))
        #expect(split.prefix == prefix)
        #expect(split.base == base)
    }

    @Test(arguments: ["anti-Microsoft", "al-Qaida", "ex-UE", "mi-temps", "anti-de", "sous-celle-ci", "antiterroriste"])
    func namesShortBasesAndUnlistedPrefixesDoNotSplit(_ word: String) {
        #expect(Self.rules.split(word) == nil)
    }

    static let solid = PrefixRules([("anti", "anti|anti-"), ("re", "re"), ("in", "un|in"), ("inter", "inter"),
                                     ("anti-", "anti-")],
                                    vocabulary: EnglishVocabulary(["resell", "unfaithful", "antibody", "interurban"]))

    @Test(arguments: [("anticrise", ["anti"]), ("revendre", ["re"]), ("interurbains", ["inter", "in"]),
                      ("infidèle", ["in"])])
    func solidPrefixesSplitLongestFirst(_ word: String, _ prefixes: [String]) {
        #expect(Self.solid.splits(word).map(\.prefix) == prefixes)
        #expect(Self.solid.split(word) == nil)
    }

    @Test(arguments: ["rein", "Antigone", "anti-Microsoft", "reçu", "re-vendre"])
    func shortCapitalisedOrHyphenatedWordsHaveNoSolidSplit(_ word: String) {
        #expect(Self.solid.splits(word).isEmpty)
    }

    @Test func aSolidPrefixNeedsAListedWordOrAHyphenatedAlternative() {
        let senses = ["vendre": "sell", "fidèle": "faithful", "crise": "crisis", "prendre": "take", "urbain": "urban"]
        #expect(Self.solid.english("revendre", base: { senses[$0] }) == "resell")
        #expect(Self.solid.english("infidèle", base: { senses[$0] }) == "unfaithful")
        #expect(Self.solid.english("anticrise", base: { senses[$0] }) == "anti-crisis")
        #expect(Self.solid.english("interurbain", base: { senses[$0] }) == "interurban")
        // "retake" is not in this vocabulary and `re` has no hyphenated alternative.
        #expect(Self.solid.english("reprendre", base: { senses[$0] }) == nil)
        #expect(Self.solid.english("revoir", base: { senses[$0] }) == nil)
        // A hyphenated alternative joins a one-word English only.
        #expect(Self.solid.english("antiliste", base: { $0 == "liste" ? "tie on" : nil }) == nil)
    }

    @Test func theJoinedEnglishPrefixesAreListed() {
        #expect(Self.rules.englishPrefixes == ["anti-", "sub-"])
        #expect(Self.solid.englishPrefixes == ["anti", "anti-", "in", "inter", "re", "un"])
    }

    @Test func theEnglishPrefixJoinsOrStandsApart() {
        let senses = ["terroriste": "terrorist", "reine": "queen", "commission": "commission"]
        #expect(Self.rules.english("anti-terroriste", base: { senses[$0] }) == "anti-terrorist")
        #expect(Self.rules.english("ex-reine", base: { senses[$0] }) == "former queen")
        #expect(Self.rules.english("sous-commission", base: { senses[$0] }) == "sub-commission")
        #expect(Self.rules.english("ex-inconnu", base: { senses[$0] }) == nil)
        #expect(Self.rules.english("porte-parole", base: { senses[$0] }) == nil)
    }
}
