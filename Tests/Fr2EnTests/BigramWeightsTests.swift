// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// `en.bigram-weights.tsv`: the compound thresholds, their defaults, errors for unknown names and bad values.
@Suite struct BigramWeightsTests {
    @Test func settingsAreRead() throws {
        let file = try TemporaryFile("# name<TAB>value\ncompound-association\t6\ncompound-association-after-article\t7.5\n")
        let weights = try BigramWeights(path: file.path)
        #expect(weights.compoundAssociation == 6)
        #expect(weights.compoundAssociationAfterArticle == 7.5)
        let empty = try TemporaryFile("# nothing set\n")
        #expect(try BigramWeights(path: empty.path) == BigramWeights())
    }

    @Test(arguments: ["speed\t3\n", "compound-association\t-1\n", "compound-association\tbig\n"])
    func aBadRowIsAnError(_ line: String) throws {
        let file = try TemporaryFile(line)
        #expect(throws: LexiconFormatError.self) { try BigramWeights(path: file.path) }
    }
}
