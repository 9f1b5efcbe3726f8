// Licensed under the Apache License, Version 2.0.

/// Hyphenated prefixes a French word may carry that the lexicon lacks (`fr-en.prefixes.tsv`:
/// `french_prefix<TAB>english_prefix`): « anti-terroriste » is read as « terroriste » with the lemma
/// `anti-terroriste`, and its English is the prefix's English before the base's ("anti-terrorist");
/// « ex-reine » → "former queen", « post-élections » → "post-elections", « sous-commission » → "sub-commission".
///
/// An English prefix ending in `-` is written joined to the base; any other is a word of its own ("former").
/// Only a lower-case base of three letters or more that the morphology knows is derived, so names keep their
/// hyphens (« Saint-Denis », « al-Qaida »).
public struct PrefixRules: Sendable {
    /// French prefix (hyphen included) → English prefix.
    private var prefixes: [String: String] = [:]

    /// A list of (French prefix with its hyphen, English prefix) pairs (tests).
    public init(_ pairs: [(String, String)] = []) {
        for (french, english) in pairs { prefixes[french] = english }
    }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 1)
        for row in 0..<table.count {
            prefixes[table.string(row: row, column: 0)] = table.string(row: row, column: 1)
        }
    }

    public var count: Int { prefixes.count }

    /// The listed prefix (hyphen included) and the base of a lower-case word such as `anti-terroriste`, or nil.
    public func split(_ word: String) -> (prefix: String, base: String)? {
        guard let hyphen = word.firstIndex(of: "-") else { return nil }
        let prefix = String(word[...hyphen])
        let base = String(word[word.index(after: hyphen)...])
        guard prefixes[prefix] != nil, base.count >= 3, base.unicodeScalars.allSatisfy({ $0.properties.isLowercase }),
              !base.contains("-") else { return nil }
        return (prefix, base)
    }

    /// The English of a prefixed lemma given the English of its base: "anti-" + "terrorist" → "anti-terrorist",
    /// "former" + "queen" → "former queen"; nil when `lemma` carries no listed prefix.
    public func english(_ lemma: String, base english: (String) -> String?) -> String? {
        guard let hyphen = lemma.firstIndex(of: "-"),
              let prefix = prefixes[String(lemma[...hyphen])],
              let translated = english(String(lemma[lemma.index(after: hyphen)...])) else { return nil }
        return prefix.hasSuffix("-") ? prefix + translated : prefix + " " + translated
    }
}
