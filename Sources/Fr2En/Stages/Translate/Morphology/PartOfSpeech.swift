// Licensed under the Apache License, Version 2.0.

/// The part of speech of a French analysis: the first Apertium tag of `fr.morph.tsv`'s tag column.
public enum PartOfSpeech: String, Sendable, Hashable, CaseIterable {
    case noun = "n"
    case properNoun = "np"
    case adjective = "adj"
    case adverb = "adv"
    case preadverb = "preadv"
    case verb = "vblex"
    case be = "vbser"
    case have = "vbhaver"
    case modal = "vbmod"
    case auxiliary = "vaux"
    case determiner = "det"
    case predeterminer = "predet"
    case pronoun = "prn"
    case relative = "rel"
    case preposition = "pr"
    case coordinator = "cnjcoo"
    case subordinator = "cnjsub"
    case adverbialConjunction = "cnjadv"
    case numeral = "num"
    case interjection = "ij"
    case punctuation = "punct"
    case other = "other"

    /// Any verb tag (lexical, être, avoir, modal).
    public var isVerb: Bool {
        switch self {
        case .verb, .be, .have, .modal, .auxiliary: true
        default: false
        }
    }

    /// Parses the first tag of an Apertium tag string; unknown tags become `.other`.
    public init(apertium tag: Substring) {
        switch tag {
        case "n": self = .noun
        case "np": self = .properNoun
        case "adj": self = .adjective
        case "adv": self = .adverb
        case "preadv": self = .preadverb
        case "vblex": self = .verb
        case "vbser": self = .be
        case "vbhaver": self = .have
        case "vbmod": self = .modal
        case "vaux": self = .auxiliary
        case "det": self = .determiner
        case "predet": self = .predeterminer
        case "prn": self = .pronoun
        case "rel": self = .relative
        case "pr": self = .preposition
        case "cnjcoo": self = .coordinator
        case "cnjsub": self = .subordinator
        case "cnjadv": self = .adverbialConjunction
        case "num": self = .numeral
        case "ij": self = .interjection
        case "sent", "cm", "lpar", "rpar", "guio", "lquot", "rquot", "apos", "quot", "punct": self = .punctuation
        default: self = .other
        }
    }
}
