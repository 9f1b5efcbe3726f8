// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// `HMMTagger`: the coarse tag of a reading found through the precomputed table is the one its tag string names.
@Suite struct HMMTaggerTests {
    @Test func theTagTableAgreesWithTheTagStrings() throws {
        let lexicon = try TemporaryFile("""
            le\tdet\tle\t10
            chat\tn\tchat\t3
            mange\tvblex.pri\tmanger\t2
            mangé\tvblex.pp\tmanger\t1
            manger\tvblex.inf\tmanger\t1
            est\tvbser.pri\têtre\t5
            avait\tvbhaver.pii\tavoir\t2
            Paris\tnp\tParis\t2
            mangea\tvblex.ifi\tmanger\t1
            mangeant\tvblex.ger\tmanger\t1
            """)
        let transitions = try TemporaryFile("<s>\tdet\t3\ndet\tn\t3\nn\tvblex.pri\t2\nvblex.pri\t</s>\t2\n")
        let tagger = HMMTagger(model: try TagModel(lexiconPath: lexicon.path, transitionsPath: transitions.path))
        let features: [MorphFeatures] = [
            [], .infinitive, .pastParticiple, .gerund, .presentParticiple, .present, .imperfect, .simplePast, .future,
            .conditional, .subjunctive, .pastSubjunctive, .imperative, [.pastParticiple, .present],
            [.gerund, .presentParticiple], [.imperfect, .third, .singular], [.infinitive, .pastParticiple],
        ]
        var known = 0
        for pos in PartOfSpeech.allCases {
            for feature in features {
                let analysis = MorphAnalysis(lemma: "x", tags: MorphTags(pos: pos, features: feature))
                let expected = tagger.model.index(of: HMMTagger.coarseTag(analysis)) ?? -1
                #expect(tagger.coarseIndex(analysis) == expected, "\(pos) \(feature)")
                if expected >= 0 { known += 1 }
            }
        }
        #expect(known > 20)
        // The model-free key tells coarse tags apart exactly as their strings do.
        let analyses = PartOfSpeech.allCases.flatMap { pos in
            features.map { MorphAnalysis(lemma: "x", tags: MorphTags(pos: pos, features: $0)) }
        }
        for first in analyses {
            for second in analyses {
                #expect((HMMTagger.coarseKey(first) == HMMTagger.coarseKey(second))
                            == (HMMTagger.coarseTag(first) == HMMTagger.coarseTag(second)))
            }
        }
    }
}
