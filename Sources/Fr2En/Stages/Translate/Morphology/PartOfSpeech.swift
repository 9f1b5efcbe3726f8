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

    /// Nouns, names, adjectives and lexical verbs: the open classes.
    public var isContentWord: Bool {
        switch self {
        case .noun, .properNoun, .adjective, .verb: true
        default: false
        }
    }

    /// The case's position in `allCases`, for tables indexed by part of speech.
    public var ordinal: Int {
        switch self {
        case .noun: 0
        case .properNoun: 1
        case .adjective: 2
        case .adverb: 3
        case .preadverb: 4
        case .verb: 5
        case .be: 6
        case .have: 7
        case .modal: 8
        case .auxiliary: 9
        case .determiner: 10
        case .predeterminer: 11
        case .pronoun: 12
        case .relative: 13
        case .preposition: 14
        case .coordinator: 15
        case .subordinator: 16
        case .adverbialConjunction: 17
        case .numeral: 18
        case .interjection: 19
        case .punctuation: 20
        case .other: 21
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
