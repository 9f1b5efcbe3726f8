// Licensed under the Apache License, Version 2.0.

/// An English inflected form, named by its Penn Treebank tag (the tags of `en.inflection.tsv`).
public enum EnglishForm: String, Sendable, Hashable, CaseIterable {
    case base = "VB"
    case past = "VBD"
    case pastParticiple = "VBN"
    case gerund = "VBG"
    case thirdSingular = "VBZ"
    case plural = "NNS"
    case comparative = "JJR"
    case superlative = "JJS"
}
