// Licensed under the Apache License, Version 2.0.

/// The second halves of French negations and what they become (`fr-en.negation.tsv`:
/// `particle<TAB>english<TAB>kind`).
///
/// Kinds: `verbal` negates the verb with do-support (`pas` → "not"); `adverb` goes before the main verb and
/// after the first auxiliary without do-support (`plus` → "no longer", `jamais` → "never"); `object` replaces
/// the negation by a pronoun object (`rien` → "nothing"); `determiner` by a determiner (`aucun` → "no");
/// `restrictive` is `ne … que` → "only" before the main verb.
public struct NegationLexicon: Sendable {
    public enum Kind: String, Sendable {
        case verbal, adverb, object, determiner, restrictive
    }

    public struct Particle: Sendable, Hashable {
        public var english: String
        public var kind: Kind
    }

    private var particles: [String: Particle] = [:]

    public init(_ particles: [String: Particle] = [:]) { self.particles = particles }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 3, keyColumns: 0)
        for row in 0..<table.count {
            guard let kind = Kind(rawValue: table.string(row: row, column: 2)) else {
                throw table.error(row: row, "unknown negation kind")
            }
            particles[table.string(row: row, column: 0)] = Particle(english: table.string(row: row, column: 1),
                                                                    kind: kind)
        }
    }

    public func particle(_ word: String) -> Particle? { particles[word] }
}
