// Licensed under the Apache License, Version 2.0.

/// Chooses "his", "her" or "its" for `son`, `sa`, `ses`, whose French gender agrees with the thing owned, not
/// with the owner: English needs the owner, found as the nearest noun phrase head or subject pronoun before
/// the possessive that is not a `de` complement.
///
/// ```
/// La société a publié ses résultats.              → its results   (non-human noun)
/// Le président de la société a annoncé sa démission. → his        (the complement "de la société" is skipped)
/// Elle a vendu sa maison.                          → her house
/// Son frère est venu.                              → His brother  (no owner in the sentence: "his")
/// ```
/// Human nouns come from the `human-noun` word class; names of people (and unknown capitalised words) are
/// human, places, organisations and glossary terms are not.
struct PossessiveTransfer: Sendable {
    let animacy: Animacy

    func apply(_ units: inout [TransferUnit]) {
        for index in units.indices where isThirdPersonPossessive(units[index]) {
            guard let owner = owner(units, before: index) else { continue }
            var word: String
            switch owner {
            case .man: word = "his"
            case .woman: word = "her"
            case .thing: word = "its"
            }
            if let current = units[index].english.first, current.first?.isUppercase == true {
                word = word.prefix(1).uppercased() + word.dropFirst()
            }
            units[index].english = [word]
        }
    }

    private func isThirdPersonPossessive(_ unit: TransferUnit) -> Bool {
        guard unit.is(.determiner), unit.has(.possessive), !unit.done else { return false }
        return unit.lowered == "son" || unit.lowered == "sa" || unit.lowered == "ses"
    }

    /// The owner the possessive at `index` most likely refers to, or nil when none is in reach.
    private func owner(_ units: [TransferUnit], before index: Int) -> Animacy.Kind? {
        guard let antecedent = animacy.antecedent(units, before: index) else { return nil }
        let unit = units[antecedent]
        if unit.is(.pronoun) { return unit.lowered == "elle" ? .woman : .man }
        return animacy.kind(units, at: antecedent)
    }
}
