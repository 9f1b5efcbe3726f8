// Licensed under the Apache License, Version 2.0.

/// The second halves of French negations and what they become (`fr-en.negation.tsv`:
/// `particle<TAB>english<TAB>kind`).
///
/// Kinds: `verbal` negates the verb with do-support (`pas` → "not"); `adverb` goes before the main verb and
/// after the first auxiliary without do-support (`plus` → "no longer", `jamais` → "never"); `object` replaces
/// the negation by a pronoun object (`rien` → "nothing"); `determiner` by a determiner (`aucun` → "no");
/// `restrictive` is `ne … que` → "only" before the main verb. Rows of kind `after-verbal` are not particles:
/// they give the English of an adverb standing right after a verbal negation (`pas encore` → "not yet"). Rows of
/// kind `inner-before` / `inner-after` give the English of an adverb standing between the verb and the particle
/// and where it goes: before the negation (`n'a toujours pas` → "still has not") or after it (`n'est même pas`
/// → "is not even"); an adverb not listed keeps its own English before the negation. Rows of kind `under-not` give
/// the English of a negative word that stands further on in the clause than the verb group, where the verb keeps
/// "not" (`n'a vu aucun problème` → "did not see any problem").
public struct NegationLexicon: Sendable {
    public enum Kind: String, Sendable {
        case verbal, adverb, object, determiner, restrictive
    }

    public struct Particle: Sendable, Hashable {
        public var english: String
        public var kind: Kind
    }

    /// An adverb between the verb and the negation particle (`ne … même pas`): its English and its side.
    public struct InnerAdverb: Sendable, Hashable {
        public var english: String
        /// Whether the English follows the negation ("not even") rather than preceding it ("still not").
        public var afterNegation: Bool

        public init(english: String, afterNegation: Bool) {
            self.english = english
            self.afterNegation = afterNegation
        }
    }

    /// The raw kind of the rows that translate an adverb after a verbal negation instead of a particle.
    private static let afterVerbalKind = "after-verbal"
    /// The raw kinds of the rows for adverbs between the verb and the particle.
    private static let innerBeforeKind = "inner-before"
    private static let innerAfterKind = "inner-after"
    /// The raw kind of the rows for negative words that follow the verb group.
    private static let underNotKind = "under-not"

    private var particles: [String: Particle] = [:]
    private var afterVerbal: [String: String] = [:]
    private var inner: [String: InnerAdverb] = [:]
    private var underNot: [String: String] = [:]

    public init(_ particles: [String: Particle] = [:], afterVerbal: [String: String] = [:],
                inner: [String: InnerAdverb] = [:], underNot: [String: String] = [:]) {
        self.particles = particles
        self.afterVerbal = afterVerbal
        self.inner = inner
        self.underNot = underNot
    }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 3, keyColumns: 0)
        for row in 0..<table.count {
            let rawKind = table.string(row: row, column: 2)
            if rawKind == Self.afterVerbalKind {
                afterVerbal[table.string(row: row, column: 0)] = table.string(row: row, column: 1)
                continue
            }
            if rawKind == Self.innerBeforeKind || rawKind == Self.innerAfterKind {
                inner[table.string(row: row, column: 0)] = InnerAdverb(english: table.string(row: row, column: 1),
                                                                       afterNegation: rawKind == Self.innerAfterKind)
                continue
            }
            if rawKind == Self.underNotKind {
                underNot[table.string(row: row, column: 0)] = table.string(row: row, column: 1)
                continue
            }
            guard let kind = Kind(rawValue: rawKind) else {
                throw table.error(row: row, "unknown negation kind")
            }
            particles[table.string(row: row, column: 0)] = Particle(english: table.string(row: row, column: 1),
                                                                    kind: kind)
        }
    }

    public func particle(_ word: String) -> Particle? { particles[word] }

    /// The English of `word` when it follows a verbal negation (`encore` → "yet"), if it changes there.
    public func adverbAfterVerbal(_ word: String) -> String? { afterVerbal[word] }

    /// The English and side of `word` standing between the verb and the particle (`toujours` → "still", before),
    /// when listed.
    public func innerAdverb(_ word: String) -> InnerAdverb? { inner[word] }

    /// The English of the negative word `word` standing after the verb group, under the verb's "not" (`aucun` →
    /// "any", `personne` → "anyone"), when listed.
    public func formUnderNot(_ word: String) -> String? { underNot[word] }
}
