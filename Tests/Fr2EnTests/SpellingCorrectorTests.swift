// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// Lower-case words with one typing slip or a lost space find the frequent words they stand for; rare words,
/// English words, names and unclear cases are left alone.
@Suite struct SpellingCorrectorTests {
    static func corrector() throws -> SpellingCorrector {
        let file = try TemporaryFile("""
            système\tsystème\tn.m.sg
            troisième\ttroisième\tadj.sg
            dans\tdans\tpr
            le\tle\tdet.def.m.sg
            maison\tmaison\tn.f.sg
            raison\traison\tn.f.sg
            saison\tsaison\tn.f.sg
            écoliers\técolier\tn.m.pl
            ont\tavoir\tvbhaver.pri.p3.pl
            ans\tan\tn.m.pl
            train\ttrain\tn.m.sg
            annonce\tannonce\tn.f.sg
            sortie\tsortie\tn.f.sg
            fer\tfer\tn.m.sg
            net\tnet\tadj.m.sg
            an\tan\tn.m.sg
            alphabétisation\talphabétisation\tn.f.sg
            je\tprpers\tprn.subj.p1.mf.sg
            un\tun\tdet.ind.m.sg
            qui\tqui\trel.an.mf.sp
            té\tté\tn.m.sg
            quitte\tquitter\tvblex.pri.p3.sg
            quitté\tquitter\tvblex.pp.m.sg
            faisait\tfaire\tvblex.pii.p3.sg
            à\tà\tpr
            deux\tdeux\tnum.mf.pl
            galbe\tgalbe\tn.m.sg
            """ + "\n")
        let frequencies = FrenchWordFrequencies([
            "système": 5.4, "troisième": 5.1, "dans": 6.9, "le": 7.4, "maison": 5.3, "raison": 5.3,
            "saison": 4.9, "écoliers": 3.6, "ont": 6.0, "ans": 5.8, "train": 5.2, "annonce": 4.5, "sortie": 4.6,
            "sytème": 2.4, "sorties": 4.2, "fer": 4.6, "net": 4.6, "an": 5.5, "alphabétisation": 3.1, "je": 6.9,
            "un": 7.2, "jeun": 3.1, "qui": 6.9, "té": 3.3, "quitte": 4.5, "quitté": 4.4, "faisait": 5.1, "à": 7.3,
            "deux": 6.2, "galbe": 2.2,
        ])
        let english = try EnglishBigrams(pairs: [], words: [("drain", 6_400_000)])
        let prefixes = PrefixRules([("pré", "pre")])
        return try withExtendedLifetime(file) {
            SpellingCorrector(frequencies: frequencies, morphology: try MorphLexicon(path: file.path),
                              english: english, prefixes: prefixes)
        }
    }

    @Test(arguments: [
        ("sytème", "système"),      // deletion
        ("troisème", "troisième"),  // deletion
        ("sysstème", "système"),    // insertion
        ("sysètme", "système"),     // transposition
        ("troisiène", "troisième"), // substitution
    ])
    func oneSlipIsRepaired(_ typed: String, _ intended: String) throws {
        #expect(try Self.corrector().repair(typed) == .word(intended))
    }

    @Test func gluedWordsAreSplit() throws {
        let corrector = try Self.corrector()
        #expect(corrector.repair("dansle") == .words("dans", "le"))
        #expect(corrector.repair("écoliersont") == .words("écoliers", "ont"))
        #expect(corrector.repair("26ans") == .words("26", "ans"))
        // A one-letter repair that just drops the glued word loses to the split.
        #expect(corrector.repair("faisaità") == .words("faisait", "à"))
    }

    @Test func unlistedHyphenatedCompoundsOfFrequentWordsAreReadAsTheirWords() throws {
        let corrector = try Self.corrector()
        #expect(corrector.repair("maison-train") == .parts(["maison", "train"]))
        // A part the lexicon lacks, a rare part, or a number word first: left alone.
        #expect(corrector.repair("maison-kung") == nil)
        #expect(corrector.repair("maison-galbe") == nil)
        #expect(corrector.repair("deux-maison") == nil)
    }

    @Test func doubtfulSplitsAreNotMade() throws {
        let corrector = try Self.corrector()
        // Two short content words: more likely a word the lexicon lacks.
        #expect(corrector.repair("fernet") == nil)
        // A content word of two letters.
        #expect(corrector.repair("analphabétisation") == nil)
        // A word wordfreq lists is real, even if it splits into frequent words.
        #expect(corrector.repair("jeun") == nil)
        // « qui té » leaves a two-letter content word: the one-letter repair wins (quitte is two slips away).
        #expect(corrector.repair("quité") == .word("quitté"))
    }

    @Test func unclearRareEnglishAndPrefixedWordsAreLeftAlone() throws {
        let corrector = try Self.corrector()
        // maison, raison and saison are all one letter from « naison »: no clear winner.
        #expect(corrector.repair("naison") == nil)
        // A frequent English word is quoted, not mistyped.
        #expect(corrector.repair("drain") == nil)
        // « sorties » is a real word (frequent enough) even though this morphology lacks it.
        #expect(corrector.repair("sorties") == nil)
        // A listed prefix is not cut off as a word of its own.
        #expect(corrector.repair("préannonce") == nil)
        // Capitalised words and words with other characters are never repaired.
        #expect(corrector.repair("Sytème") == nil)
        #expect(corrector.repair("sy-tème") == nil)
        // No frequencies, no repairs.
        let bare = SpellingCorrector(frequencies: FrenchWordFrequencies(), morphology: corrector.morphology,
                                     english: EnglishBigrams(), prefixes: PrefixRules())
        #expect(bare.repair("sytème") == nil)
    }
}
