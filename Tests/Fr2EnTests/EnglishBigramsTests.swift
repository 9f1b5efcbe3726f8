// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `en.bigrams.tsv` + `en.unigrams.tsv`: counts, and the association of a pair as pointwise mutual information with
/// the list's threshold standing in for missing pairs.
@Suite struct EnglishBigramsTests {
    /// 1,000,000 words in all; "serious case" is listed, the threshold is 100.
    private static func counts() throws -> EnglishBigrams {
        try EnglishBigrams(pairs: [("serious", "case", 400), ("the", "case", 5_000), ("the", "affair", 100)],
                           words: [("serious", 1_000), ("case", 2_000), ("affair", 1_000), ("the", 50_000),
                                   ("rare", 10), ("zebra", 10), ("filler", 946_000 - 10 - 10)])
    }

    @Test func countsAreReadAsListed() throws {
        let bigrams = try Self.counts()
        #expect(bigrams.count == 3)
        #expect(bigrams.count("case") == 2_000)
        #expect(bigrams.count("serious", "case") == 400)
        #expect(bigrams.count("case", "serious") == nil)
        #expect(bigrams.count("unknown") == nil)
    }

    @Test func aListedPairAboveChanceAttracts() throws {
        let bigrams = try Self.counts()
        // expected = 1,000 × 2,000 / 1,000,000 = 2; observed 400.
        let association = try #require(bigrams.association("serious", "case"))
        #expect(abs(association - log(200.0)) < 1e-9)
    }

    @Test func aMissingPairOfFrequentWordsRepels() throws {
        let bigrams = try Self.counts()
        // "the serious" is not listed; expected 50,000 × 1,000 / 1,000,000 = 50 < threshold 100: no evidence.
        #expect(bigrams.association("the", "serious") == 0)
        // "case the": expected 2,000 × 50,000 / 1,000,000 = 100 = threshold: still none.
        #expect(bigrams.association("case", "the") == 0)
        // "the filler": expected ≈ 46,600, so a pair that frequent would be listed; it is not.
        let missing = try #require(bigrams.association("the", "filler"))
        #expect(missing < -5)
    }

    @Test func aMissingPairOfRareWordsSaysNothing() throws {
        let bigrams = try Self.counts()
        #expect(bigrams.association("rare", "zebra") == 0)
    }

    @Test func anUnknownWordHasNoAssociation() throws {
        let bigrams = try Self.counts()
        #expect(bigrams.association("serious", "unknown") == nil)
        #expect(EnglishBigrams().association("serious", "case") == nil)
    }

    @Test func filesLoadWithHeaders() throws {
        let pairs = try TemporaryFile("# word1<TAB>word2<TAB>count\nserious\tcase\t400\n")
        let words = try TemporaryFile("# word<TAB>count\nserious\t1000\ncase\t2000\n")
        let bigrams = try EnglishBigrams(pairsPath: pairs.path, wordsPath: words.path)
        #expect(bigrams.count("serious", "case") == 400)
        #expect(bigrams.count("case") == 2_000)
    }

    @Test(arguments: ["serious\tcase\t4x0\n", "serious\tcase\t0\n", "serious\tcase\n"])
    func aBadCountIsAnError(_ line: String) throws {
        let pairs = try TemporaryFile(line)
        let words = try TemporaryFile("serious\t1000\n")
        #expect(throws: LexiconFormatError.self) { try EnglishBigrams(pairsPath: pairs.path, wordsPath: words.path) }
    }
}
