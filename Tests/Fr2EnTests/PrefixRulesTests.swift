// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// Hyphenated prefixes of words the lexicon lacks: split off, and their English put before the base's.
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

    @Test func theEnglishPrefixJoinsOrStandsApart() {
        let senses = ["terroriste": "terrorist", "reine": "queen", "commission": "commission"]
        #expect(Self.rules.english("anti-terroriste", base: { senses[$0] }) == "anti-terrorist")
        #expect(Self.rules.english("ex-reine", base: { senses[$0] }) == "former queen")
        #expect(Self.rules.english("sous-commission", base: { senses[$0] }) == "sub-commission")
        #expect(Self.rules.english("ex-inconnu", base: { senses[$0] }) == nil)
        #expect(Self.rules.english("porte-parole", base: { senses[$0] }) == nil)
    }
}
