// Licensed under the Apache License, Version 2.0.

/// The inflectional and sub-category tags of a French analysis after its part of speech (Apertium tag names).
public struct MorphFeatures: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Gender and number.
    public static let masculine = MorphFeatures(rawValue: 1 << 0)
    public static let feminine = MorphFeatures(rawValue: 1 << 1)
    public static let neuter = MorphFeatures(rawValue: 1 << 2)
    public static let singular = MorphFeatures(rawValue: 1 << 3)
    public static let plural = MorphFeatures(rawValue: 1 << 4)
    // Person.
    public static let first = MorphFeatures(rawValue: 1 << 5)
    public static let second = MorphFeatures(rawValue: 1 << 6)
    public static let third = MorphFeatures(rawValue: 1 << 7)
    // Verb forms.
    public static let infinitive = MorphFeatures(rawValue: 1 << 8)
    public static let present = MorphFeatures(rawValue: 1 << 9)
    public static let imperfect = MorphFeatures(rawValue: 1 << 10)
    public static let simplePast = MorphFeatures(rawValue: 1 << 11)
    public static let future = MorphFeatures(rawValue: 1 << 12)
    public static let conditional = MorphFeatures(rawValue: 1 << 13)
    public static let subjunctive = MorphFeatures(rawValue: 1 << 14)
    public static let pastSubjunctive = MorphFeatures(rawValue: 1 << 15)
    public static let imperative = MorphFeatures(rawValue: 1 << 16)
    public static let pastParticiple = MorphFeatures(rawValue: 1 << 17)
    public static let presentParticiple = MorphFeatures(rawValue: 1 << 18)
    public static let gerund = MorphFeatures(rawValue: 1 << 19)
    // Determiner and pronoun kinds.
    public static let definite = MorphFeatures(rawValue: 1 << 20)
    public static let indefinite = MorphFeatures(rawValue: 1 << 21)
    public static let demonstrative = MorphFeatures(rawValue: 1 << 22)
    public static let possessive = MorphFeatures(rawValue: 1 << 23)
    public static let interrogative = MorphFeatures(rawValue: 1 << 24)
    public static let quantifier = MorphFeatures(rawValue: 1 << 25)
    public static let proclitic = MorphFeatures(rawValue: 1 << 26)
    public static let tonic = MorphFeatures(rawValue: 1 << 27)
    public static let enclitic = MorphFeatures(rawValue: 1 << 28)
    public static let reflexive = MorphFeatures(rawValue: 1 << 29)
    public static let subject = MorphFeatures(rawValue: 1 << 30)
    public static let object = MorphFeatures(rawValue: 1 << 31)
    public static let adverbial = MorphFeatures(rawValue: 1 << 32)
    // Proper noun kinds.
    public static let firstName = MorphFeatures(rawValue: 1 << 33)
    public static let surname = MorphFeatures(rawValue: 1 << 34)
    public static let place = MorphFeatures(rawValue: 1 << 35)
    public static let organisation = MorphFeatures(rawValue: 1 << 36)
    public static let otherName = MorphFeatures(rawValue: 1 << 37)
    public static let acronym = MorphFeatures(rawValue: 1 << 38)
    // Adjective degree and kind.
    public static let comparative = MorphFeatures(rawValue: 1 << 39)
    public static let superlative = MorphFeatures(rawValue: 1 << 40)
    public static let ordinal = MorphFeatures(rawValue: 1 << 41)
    public static let preNominal = MorphFeatures(rawValue: 1 << 42)
    public static let relative = MorphFeatures(rawValue: 1 << 43)
    public static let negative = MorphFeatures(rawValue: 1 << 44)
    /// Both genders / both numbers written explicitly.
    public static let commonGender = MorphFeatures(rawValue: 1 << 45)
    public static let invariableNumber = MorphFeatures(rawValue: 1 << 46)

    /// Any finite tense.
    public static let finite: MorphFeatures = [.present, .imperfect, .simplePast, .future, .conditional,
                                               .subjunctive, .pastSubjunctive, .imperative]

    /// The feature an Apertium tag name stands for (empty for tags that carry nothing we use).
    public init(apertium tag: Substring) {
        switch tag {
        case "m": self = .masculine
        case "f": self = .feminine
        case "nt": self = .neuter
        case "mf": self = .commonGender
        case "sg": self = .singular
        case "pl": self = .plural
        case "sp": self = .invariableNumber
        case "p1": self = .first
        case "p2": self = .second
        case "p3": self = .third
        case "inf": self = .infinitive
        case "pri": self = .present
        case "pii": self = .imperfect
        case "ifi": self = .simplePast
        case "fti": self = .future
        case "cni": self = .conditional
        case "prs": self = .subjunctive
        case "pis": self = .pastSubjunctive
        case "imp": self = .imperative
        case "pp": self = .pastParticiple
        case "pprs": self = .presentParticiple
        case "ger": self = .gerund
        case "def": self = .definite
        case "ind": self = .indefinite
        case "dem": self = .demonstrative
        case "pos": self = .possessive
        case "itg": self = .interrogative
        case "qnt": self = .quantifier
        case "pro": self = .proclitic
        case "tn": self = .tonic
        case "enc": self = .enclitic
        case "ref": self = .reflexive
        case "subj": self = .subject
        case "obj": self = .object
        case "adv": self = .adverbial
        case "ant": self = .firstName
        case "cog": self = .surname
        case "top": self = .place
        case "org": self = .organisation
        case "al": self = .otherName
        case "acr": self = .acronym
        case "comp": self = .comparative
        case "sup": self = .superlative
        case "ord": self = .ordinal
        case "sint": self = .preNominal
        case "rel": self = .relative
        case "neg": self = .negative
        default: self = []
        }
    }
}
