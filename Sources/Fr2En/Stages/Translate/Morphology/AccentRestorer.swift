// Licensed under the Apache License, Version 2.0.

/// Finds the lexicon form of a word typed with missing or wrong accents (`aout` → août, `succés` → succès,
/// `deuxiemement` → deuxièmement), so that it is translated instead of copied through.
///
/// The word's letters are folded to their base letters, then accented variants are tried with the fewest
/// accented letters first (position by position from the start, in the order é è ê ë, à â, î ï, ô, ù û ü, ç);
/// the first variant the lexicon knows wins. Words with too many variants are left alone.
struct AccentRestorer: Sendable {
    /// Accented letters each base letter may stand for.
    private static let accents: [Character: [Character]] = [
        "e": ["é", "è", "ê", "ë"], "a": ["à", "â"], "i": ["î", "ï"], "o": ["ô"], "u": ["ù", "û", "ü"], "c": ["ç"],
    ]
    /// Base letter of each accented letter.
    private static let bases: [Character: Character] = {
        var bases: [Character: Character] = [:]
        for (base, accented) in accents { for letter in accented { bases[letter] = base } }
        return bases
    }()
    /// At most this many letters may take an accent (each more multiplies the look-ups; `événement` needs two).
    private static let maximumAccents = 2
    /// Words longer than this are left alone (the number of variants grows with each vowel).
    private static let maximumLength = 20
    /// Shorter words are left alone: they are too often foreign words ("the" is not « thé »).
    private static let minimumLength = 4

    let morphology: MorphLexicon

    /// The lexicon form that differs from the lower-case `word` only in accents, or nil.
    func restore(_ word: String) -> String? {
        let letters = Array(word)
        guard letters.count >= Self.minimumLength, letters.count <= Self.maximumLength, letters.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" })
        else { return nil }
        let folded = letters.map { Self.bases[$0] ?? $0 }
        let slots = folded.indices.filter { Self.accents[folded[$0]] != nil }
        var candidate = folded
        for count in 0...min(Self.maximumAccents, slots.count) {
            if let found = search(&candidate, slots: slots[...], remaining: count, original: letters) { return found }
        }
        return nil
    }

    /// Tries every way of accenting `remaining` of `slots` in `candidate` (restored before returning).
    private func search(_ candidate: inout [Character], slots: ArraySlice<Int>, remaining: Int,
                        original: [Character]) -> String? {
        if remaining == 0 {
            guard candidate != original else { return nil }
            let form = String(candidate)
            return morphology.contains(form) ? form : nil
        }
        guard slots.count >= remaining else { return nil }
        for (offset, slot) in slots.enumerated() where slots.count - offset >= remaining {
            let base = candidate[slot]
            for accented in Self.accents[base] ?? [] {
                candidate[slot] = accented
                let found = search(&candidate, slots: slots.dropFirst(offset + 1), remaining: remaining - 1,
                                   original: original)
                candidate[slot] = base
                if let found { return found }
            }
        }
        return nil
    }
}
