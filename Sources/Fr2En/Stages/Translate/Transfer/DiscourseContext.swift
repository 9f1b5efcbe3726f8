// Licensed under the Apache License, Version 2.0.

/// Who a third-person singular pronoun with no antecedent in its own sentence most likely refers to, as the
/// earlier sentences of the same paragraph left it: a person or a thing for `il` and for `elle`, and the gender of
/// the latest person for `lui`.
///
/// ```
/// La voiture est rouge. Elle est rapide.              → … It is fast.
/// Le gouvernement a voté la loi. Il l'appliquera.     → … It will apply it.
/// La ministre est arrivée. Le président lui a parlé.  → … The president spoke to her.
/// ```
/// A sentence updates a gender's slot from its singular noun phrases of that gender: a person among them (a
/// `human-noun`, a name, an unknown capitalised word, a pronoun rendered "he"/"she") makes it a person; otherwise
/// its first one that is not a prepositional complement (mostly the subject, or a pronoun rendered "it") decides;
/// with no noun phrase of that gender the slot is cleared, so only the sentence just before counts (one sentence
/// back: news sentences rarely reach further, and a stale referent is worse than the default "he"/"she").
///
/// The value is small and fixed-size; `TranslationPipeline.translate(_:)` threads it through the sentences of one
/// paragraph and starts every paragraph afresh, so a translation never depends on another paragraph (in line mode,
/// on another line).
public struct DiscourseContext: Sendable, Hashable {
    /// What a slot says about the referent of a pronoun.
    enum Referent: Sendable, Hashable {
        case person, thing
    }

    /// The referent of `il` (masculine) and `elle` (feminine).
    var masculine: Referent?
    var feminine: Referent?
    /// The kind of the people the previous sentence named (proper names and person nouns), when all were of one
    /// gender (for `lui` → "him"/"her").
    var person: Animacy.Kind?

    /// An empty context: the start of a paragraph.
    public init() {}

    func referent(_ gender: MorphFeatures) -> Referent? {
        gender == .feminine ? feminine : masculine
    }

    /// The context the sentence in `units` leaves for the next one (after `PronounTransfer` has rendered its
    /// subject pronouns).
    static func after(_ units: [TransferUnit], animacy: Animacy) -> DiscourseContext {
        var context = DiscourseContext()
        var persons: Set<Animacy.Kind> = []
        var firstSubject: [MorphFeatures: Referent] = [:]
        var hasPerson: Set<MorphFeatures> = []
        for index in units.indices {
            let unit = units[index]
            if let gender = unit.subjectPronounGender, !unit.has(.plural) {
                if unit.english.first?.lowercased() == "it" {
                    if firstSubject[gender] == nil { firstSubject[gender] = .thing }
                } else {
                    hasPerson.insert(gender)
                }
                continue
            }
            guard unit.isNominal, !unit.has(.plural) else { continue }
            let kind = animacy.kind(units, at: index)
            let genders: [MorphFeatures]
            switch kind {
            case .man: genders = unit.analysis == nil ? [.masculine, .feminine] : [.masculine]
            case .woman: genders = [.feminine]
            case .thing:
                if unit.has(.masculine) && !unit.has(.feminine) {
                    genders = [.masculine]
                } else if unit.has(.feminine) && !unit.has(.masculine) {
                    genders = [.feminine]
                } else {
                    genders = []
                }
            }
            if kind != .thing {
                if unit.analysis != nil { persons.insert(kind) }
                for gender in genders { hasPerson.insert(gender) }
            } else {
                for gender in genders where firstSubject[gender] == nil && !animacy.isComplement(units, index) {
                    firstSubject[gender] = .thing
                }
            }
        }
        for gender in [MorphFeatures.masculine, .feminine] {
            let referent: Referent? = hasPerson.contains(gender) ? .person : firstSubject[gender]
            if gender == .masculine { context.masculine = referent } else { context.feminine = referent }
        }
        if persons.count == 1 { context.person = persons.first }
        return context
    }
}
