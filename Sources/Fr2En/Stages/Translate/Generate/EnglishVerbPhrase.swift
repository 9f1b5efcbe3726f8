// Licensed under the Apache License, Version 2.0.

/// Builds an English verb phrase from a French tense, aspect, subject agreement and negation.
///
/// ```
/// (present, perfect, "see")              → ["saw"]               il a vu
/// (present, perfect, "see", never)       → ["has", "never", "seen"]
/// (past, simple, "work", not)            → ["did", "not", "work"]  il ne travaillait pas
/// (future, passive, "build")             → ["will", "be", "built"] il sera construit
/// ```
struct EnglishVerbPhrase: Sendable {
    /// English tense buckets for French tenses.
    enum Tense: Sendable {
        case present, past, future, conditional

        init(_ features: MorphFeatures) {
            if features.contains(.future) {
                self = .future
            } else if features.contains(.conditional) {
                self = .conditional
            } else if features.contains(.imperfect) || features.contains(.simplePast)
                        || features.contains(.pastSubjunctive) {
                self = .past
            } else {
                self = .present
            }
        }
    }

    enum Aspect: Sendable {
        case simple, perfect, passive, perfectPassive
    }

    /// Subject person and number.
    struct Agreement: Sendable, Hashable {
        var person: Int
        var plural: Bool

        init(person: Int, plural: Bool) {
            self.person = person
            self.plural = plural
        }

        init(_ features: MorphFeatures) {
            person = features.contains(.first) ? 1 : features.contains(.second) ? 2 : 3
            plural = features.contains(.plural)
        }

        var isThirdSingular: Bool { person == 3 && !plural }
    }

    let inflector: EnglishInflector

    func be(_ tense: Tense, _ agreement: Agreement) -> String {
        switch tense {
        case .present: agreement.plural || agreement.person == 2 ? "are" : agreement.person == 1 ? "am" : "is"
        case .past: agreement.plural || agreement.person == 2 ? "were" : "was"
        case .future, .conditional: "be"
        }
    }

    /// The dictionary's placeholder reflexive ("find oneself"), replaced by the subject's own.
    static let genericReflexive = "oneself"

    /// The reflexive pronoun for a subject: its English pronoun when it is one ("he" → "himself"), else its
    /// person and number, a third-person singular noun's by what it names (`kind`; a thing when unknown).
    func reflexive(_ agreement: Agreement, subject: String?, kind: Animacy.Kind? = nil) -> String {
        switch subject?.lowercased() {
        case "he": return "himself"
        case "she": return "herself"
        case "it", "this", "that": return "itself"
        case "one": return "oneself"
        default: break
        }
        switch (agreement.person, agreement.plural) {
        case (1, false): return "myself"
        case (1, true): return "ourselves"
        case (2, _): return "yourself"  // news "vous" is mostly one reader or anyone: "you find yourself"
        case (_, true): return "themselves"
        default:
            switch kind {
            case .man: return "himself"
            case .woman: return "herself"
            case .thing, nil: return "itself"
            }
        }
    }

    /// The English subject pronoun of a person and number (a third-person singular person is "he").
    func subjectPronoun(_ agreement: Agreement) -> String {
        switch (agreement.person, agreement.plural) {
        case (1, false): return "I"
        case (1, true): return "we"
        case (2, _): return "you"
        case (_, true): return "they"
        default: return "he"
        }
    }

    func have(_ agreement: Agreement) -> String { agreement.isThirdSingular ? "has" : "have" }
    func `do`(_ agreement: Agreement) -> String { agreement.isThirdSingular ? "does" : "do" }

    /// Fills `{be}`, `{have}`, `{do}` in a frame with present-tense agreement, and `{was}` with the past of "be"
    /// (« ils étaient en train de manger » → "they were eating").
    func fill(_ template: String, _ agreement: Agreement) -> [String] {
        template.split(separator: " ").map { word in
            switch word {
            case "{be}": be(.present, agreement)
            case "{was}": be(.past, agreement)
            case "{have}": have(agreement)
            case "{do}": self.do(agreement)
            default: String(word)
            }
        }
    }

    /// The words of the phrase.
    /// - Parameters:
    ///   - verb: English lemma (may be several words: "take place").
    ///   - negation: "not" (do-support), or an adverb such as "never" placed after the first auxiliary.
    ///   - adverbs: adverbs placed after the first auxiliary, or before a lone main verb.
    ///   - subject: for questions, the subject to put after the first auxiliary.
    ///   - beforeNegation: adverbs that stood between the French verb and its negation particle, placed before
    ///     "not" ("is therefore not") or, with do-support, before the auxiliary ("therefore does not").
    ///   - afterNegation: such adverbs placed right after the negation ("did not even come").
    func words(verb: String, tense: Tense, aspect: Aspect, agreement: Agreement, negation: String? = nil,
               doSupport: Bool = false, adverbs: [String] = [], presentPerfect: Bool = false,
               subject: [String]? = nil, beforeNegation: [String] = [], afterNegation: [String] = [],
               inflectMain: Bool = true) -> [String] {
        var chain: [String] = []
        var main: String? = verb
        var mainForm: EnglishForm = .base
        // "be about", "be part of": conjugate "be", keep the rest as it is.
        var tail: [String] = []
        if verb.hasPrefix("be ") {
            tail = [String(verb.dropFirst(3))]
            main = "be"
        }
        let isBe = main == "be"
        switch aspect {
        case .simple:
            switch tense {
            case .present:
                if isBe { chain = [be(.present, agreement)]; main = nil }
                else { mainForm = agreement.isThirdSingular ? .thirdSingular : .base }
            case .past:
                if isBe { chain = [be(.past, agreement)]; main = nil } else { mainForm = .past }
            case .future: chain = ["will"]
            case .conditional: chain = ["would"]
            }
        case .perfect:
            switch tense {
            case .present:
                if presentPerfect { chain = [have(agreement)]; mainForm = .pastParticiple; if isBe { main = "been" } }
                else if isBe { chain = [be(.past, agreement)]; main = nil }
                else { mainForm = .past }
            case .past: chain = ["had"]; mainForm = .pastParticiple
            case .future: chain = ["will", "have"]; mainForm = .pastParticiple
            case .conditional: chain = ["would", "have"]; mainForm = .pastParticiple
            }
        case .passive:
            mainForm = .pastParticiple
            switch tense {
            case .present: chain = [be(.present, agreement)]
            case .past: chain = [be(.past, agreement)]
            case .future: chain = ["will", "be"]
            case .conditional: chain = ["would", "be"]
            }
        case .perfectPassive:
            mainForm = .pastParticiple
            switch tense {
            case .present: chain = presentPerfect ? [have(agreement), "been"] : [be(.past, agreement)]
            case .past: chain = ["had", "been"]
            case .future: chain = ["will", "have", "been"]
            case .conditional: chain = ["would", "have", "been"]
            }
        }
        let needsAuxiliary = doSupport || subject != nil
        var supported = false
        if chain.isEmpty && needsAuxiliary, let verb = main, verb != "be" {
            supported = true
            // do-support: "did not work", "does he work?"
            switch mainForm {
            case .past: chain = ["did"]
            default: chain = [self.do(agreement)]
            }
            mainForm = .base
        }
        var result: [String] = []
        if let first = chain.first {
            // "il ne vient donc pas" → "he therefore does not come"; "il n'est donc pas" → "he is therefore not".
            let beforeAuxiliary = supported && subject == nil
            if beforeAuxiliary { result += beforeNegation }
            result.append(first)
            if let subject { result += subject }
            if !beforeAuxiliary { result += beforeNegation }
            if let negation { result.append(negation) }
            result += afterNegation
            result += adverbs
            result += chain.dropFirst()
        } else {
            if let subject { result += subject }
            result += beforeNegation
            if let negation { result.append(negation) }
            result += afterNegation
            result += adverbs
        }
        if let main { result.append(main == "been" || !inflectMain ? main : inflector.inflect(main, mainForm)) }
        return result + tail
    }
}
