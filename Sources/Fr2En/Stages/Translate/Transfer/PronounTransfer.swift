// Licensed under the Apache License, Version 2.0.

/// Renders the subject pronouns `il` and `elle` as "it" when they refer back to a thing: French pronouns take
/// the grammatical gender of any noun, English "he"/"she" only people.
///
/// ```
/// La France a dit qu'elle votera.   → France said that it will vote.   (feminine thing)
/// Le ministre a dit qu'il votera.   → The minister said that he will vote.
/// Elle est arrivée.                 → She arrived.   (no antecedent in the sentence: unchanged)
/// La voiture est rouge. Elle est rapide. → … It is fast.   (`DiscourseContext`)
/// La ministre est arrivée. Le président lui a parlé. → … The president spoke to her.
/// ```
/// The antecedent is the nearest earlier noun of the same gender that is neither a prepositional complement nor
/// an object (`Animacy.antecedent`), in an earlier clause (a verb stands between); for `elle`, failing that, the
/// nearest feminine noun of any role in an earlier clause (a verb or a conjunction between). Inverted pronouns
/// (`dit-elle`) are left alone. A pronoun of the sentence's first clause (no verb before it) with no antecedent
/// takes the referent the previous sentence of the paragraph left (`context`).
///
/// The object pronoun `lui` (him/her) becomes "her" when the nearest person of an earlier clause is a woman, or,
/// with none in the sentence, when the only person the previous sentence named was a woman.
///
/// A pronoun after a `speaker-preposition` stays a person: « La loi est mauvaise, selon elle. » → "The law is bad,
/// according to her."
struct PronounTransfer: Sendable {
    let animacy: Animacy

    func apply(_ units: inout [TransferUnit], context: DiscourseContext = DiscourseContext()) {
        for index in units.indices where !units[index].done && !units[index].token.origin.contains(.enclitic) {
            guard let gender = units[index].subjectPronounGender, !afterSpeakerPreposition(units, index) else { continue }
            if index == 0 || !units[..<index].contains(where: { $0.analysis?.pos.isVerb == true }) {
                // The first clause: nothing before it can be the antecedent but the previous sentence.
                if context.referent(gender) == .thing, !reports(units, subject: index) {
                    render(units[index], as: "it")
                }
                continue
            }
            // The antecedent belongs to an earlier clause: a verb stands between them ("Le lendemain, il …" and
            // "le pays dont il parle" have none).
            // A subject first; failing that, for `elle`, an object or complement ("ce n'est pas une tâche facile,
            // mais elle doit…"): news names women far less often than feminine things, while `il` with no subject
            // antecedent is mostly a man named earlier.
            let fallback = gender == .feminine
                ? earlierClause(units, animacy.antecedent(units, before: index, gender: gender, anyRole: true), index,
                                conjunctionSeparates: true) : nil
            guard let antecedent = earlierClause(units, animacy.antecedent(units, before: index, gender: gender), index)
                    ?? fallback,
                  animacy.kind(units, at: antecedent) == .thing else { continue }
            render(units[index], as: "it")
        }
        // After the subject pronouns: one rendered "it" is no person.
        for index in units.indices where units[index].lowered == "lui" && isObjectClitic(units, index)
            && !units[index].done && units[index].english == ["him"] {
            if personBefore(units, clitic: index) ?? context.person == .woman { units[index].english = ["her"] }
        }
    }

    /// Whether a `speaker-preposition` stands right before the pronoun at `index` (« selon elle » → "according to
    /// her"): news quotes people, so the pronoun names a person.
    private func afterSpeakerPreposition(_ units: [TransferUnit], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = units[index - 1]
        let french = previous.phrase?.french.lowercased() ?? previous.lowered
        return animacy.classes.contains(french, in: .speakerPreposition)
    }

    /// Whether `lui` at `index` is the object clitic before a verb (`il lui parle`, `il lui en a donné`), not
    /// the stressed "him" after a preposition (`avec lui`), which is always masculine.
    private func isObjectClitic(_ units: [TransferUnit], _ index: Int) -> Bool {
        guard units[index].has(.proclitic), index == 0 || !units[index - 1].is(.preposition) else { return false }
        var next = index + 1
        while next < units.count, units[next].lowered == "en" || units[next].lowered == "y" { next += 1 }
        return next < units.count && units[next].analysis?.pos.isVerb == true
    }

    /// Whether the verb of the subject pronoun at `index` is a `reporting-verb` (`il souligne`, `elle a ajouté`),
    /// which news uses of people far more than of the thing the previous sentence named.
    private func reports(_ units: [TransferUnit], subject index: Int) -> Bool {
        units[(index + 1)..<min(units.count, index + 5)].contains {
            $0.analysis?.pos.isVerb == true && animacy.classes.contains($0.lemma, in: .reportingVerb)
        }
    }

    private func render(_ unit: TransferUnit, as word: String) {
        let capital = unit.english.first?.first?.isUppercase == true
        unit.english = [capital ? word.prefix(1).uppercased() + word.dropFirst() : word]
    }

    /// The kind of the nearest person (a person noun, a name, a subject pronoun rendered "he"/"she") of an earlier
    /// clause than the object clitic at `index` (a verb, conjunction, relative or punctuation mark stands between,
    /// which skips the clitic's own subject: `Marie est arrivée et le directeur lui a parlé` → Marie), or nil when
    /// the sentence names none there.
    private func personBefore(_ units: [TransferUnit], clitic index: Int) -> Animacy.Kind? {
        var cursor = index - 1
        var clauseBetween = false
        while cursor >= 0 {
            let unit = units[cursor]
            defer { cursor -= 1 }
            if unit.endsClause { return nil }
            if unit.analysis?.pos.isVerb == true || unit.is(.coordinator) || unit.is(.subordinator)
                || unit.is(.relative) || unit.isPunctuation {
                clauseBetween = true
                continue
            }
            guard clauseBetween, !unit.has(.plural) else { continue }
            if let gender = unit.subjectPronounGender, unit.english.first?.lowercased() != "it" {
                return gender == .feminine ? .woman : .man
            }
            if unit.isNominal {
                let kind = animacy.kind(units, at: cursor)
                if kind != .thing { return kind }
            }
        }
        return nil
    }

    /// The antecedent when a verb (or, with `conjunctionSeparates`, a conjunction) stands between it and the
    /// pronoun at `index`, else nil.
    private func earlierClause(_ units: [TransferUnit], _ antecedent: Int?, _ index: Int,
                               conjunctionSeparates: Bool = false) -> Int? {
        guard let antecedent, units[(antecedent + 1)..<index].contains(where: {
            $0.analysis?.pos.isVerb == true || conjunctionSeparates && ($0.is(.coordinator) || $0.is(.subordinator))
        }) else { return nil }
        return antecedent
    }
}
