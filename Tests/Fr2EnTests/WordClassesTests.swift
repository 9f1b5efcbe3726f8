// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// `WordClasses`: its lists are kept in arrays indexed by `WordClass.ordinal`, so each class needs its own position.
@Suite struct WordClassesTests {
    @Test func ordinalsArePositionsInAllCases() {
        for (index, wordClass) in WordClasses.WordClass.allCases.enumerated() {
            #expect(wordClass.ordinal == index)
        }
    }

    @Test func classesKeepTheirOwnMembers() {
        let classes = WordClasses([.nameParticle: ["de", "van"], .sinceCue: ["depuis"], .perfectCue: ["jusqu'à présent"]])
        #expect(classes.contains("de", in: .nameParticle))
        #expect(!classes.contains("de", in: .sinceCue))
        #expect(classes.members(of: .nameParticle) == ["de", "van"])
        #expect(classes.members(of: .nameTitle).isEmpty)
        #expect(classes.startsMember("jusqu'", in: .perfectCue))
        #expect(classes.firstWords(of: .perfectCue) == ["jusqu'à", "jusqu'"])
        #expect(!classes.startsMember("depuis", in: .perfectCue))
    }
}
