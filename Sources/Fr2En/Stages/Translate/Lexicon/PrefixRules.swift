// Licensed under the Apache License, Version 2.0.

/// Prefixes a French word may carry that the lexicon lacks (`fr-en.prefixes.tsv`:
/// `french_prefix<TAB>english_prefix`).
///
/// Hyphenated prefixes: « anti-terroriste » is read as « terroriste » with the lemma `anti-terroriste`, and its
/// English is the prefix's English before the base's ("anti-terrorist"); « ex-reine » → "former queen",
/// « post-élections » → "post-elections", « sous-commission » → "sub-commission". An English prefix ending in `-`
/// is written joined to the base; any other is a word of its own ("former").
///
/// Solid prefixes (a French prefix without a hyphen): « antistress », « revendre », « infidèle » are the base with
/// the prefix written on; their English alternatives (`|`-separated, tried in order) are joined to the base's
/// English, and an alternative without a final hyphen counts only when the English vocabulary lists the result
/// (`re` + "sell" → "resell", `in` → `un|in` + "faithful" → "unfaithful", `anti` → `anti|anti-` + "crisis" →
/// "anti-crisis"); a hyphenated one only before a one-word English base. A word the lexicon knows but translates nowhere (« revendre ») is derived the same way.
///
/// Only a lower-case base that the morphology knows is derived (three letters or more after a hyphen, four after
/// a solid prefix), so names keep their hyphens (« Saint-Denis », « al-Qaida »).
public struct PrefixRules: Sendable {
    /// French prefix (hyphen included) → English prefix.
    private var hyphenated: [String: String] = [:]
    /// Solid French prefixes, longest first, with their English alternatives.
    private var solid: [(french: String, english: [String])] = []
    /// The words a solid alternative without a hyphen must give; nil accepts none of them.
    private let vocabulary: EnglishVocabulary?
    private static let minimumHyphenatedBase = 3
    private static let minimumSolidBase = 4

    /// A list of (French prefix, English prefix) pairs (tests): a French prefix ending in `-` is hyphenated,
    /// any other solid with `|`-separated English alternatives.
    public init(_ pairs: [(String, String)] = [], vocabulary: EnglishVocabulary? = nil) {
        self.vocabulary = vocabulary
        for (french, english) in pairs { add(french, english) }
        solid.sort { ($0.french.count, $1.french) > ($1.french.count, $0.french) }
    }

    /// Loads the file; solid prefixes' English must give words of `vocabulary` unless it ends in a hyphen.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String, vocabulary: EnglishVocabulary? = nil) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 1)
        var pairs: [(String, String)] = []
        for row in 0..<table.count {
            let english = table.string(row: row, column: 1)
            if english.split(separator: "|", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
                throw table.error(row: row, "empty English alternative")
            }
            pairs.append((table.string(row: row, column: 0), english))
        }
        self.init(pairs, vocabulary: vocabulary)
    }

    private mutating func add(_ french: String, _ english: String) {
        if french.hasSuffix("-") {
            hyphenated[french] = english
        } else {
            solid.append((french, english.split(separator: "|").map(String.init)))
        }
    }

    public var count: Int { hyphenated.count + solid.count }

    /// The English prefixes the rules write joined to a word ("re", "over", "co-", "anti-"; not "former"), which
    /// `EnglishInflector` keeps in front of an irregular verb: "resell" → "resold".
    public var englishPrefixes: [String] {
        let joined = solid.flatMap(\.english) + hyphenated.values.filter { $0.hasSuffix("-") }
        return Array(Set(joined)).sorted()
    }

    /// The listed prefix and the base of a lower-case word such as `anti-terroriste` or `anticrise`, or nil.
    /// A solid prefix may give several splits (`re` and `ré` never both match; `in`, `inter` may): all are
    /// returned, longest prefix first.
    public func splits(_ word: String) -> [(prefix: String, base: String)] {
        if let hyphen = word.firstIndex(of: "-") {
            let prefix = String(word[...hyphen])
            let base = String(word[word.index(after: hyphen)...])
            guard hyphenated[prefix] != nil, base.count >= Self.minimumHyphenatedBase, Self.isPlainLowercase(base) else { return [] }
            return [(prefix, base)]
        }
        guard Self.isPlainLowercase(word) else { return [] }
        return solid.compactMap { rule in
            guard word.hasPrefix(rule.french), word.count >= rule.french.count + Self.minimumSolidBase else { return nil }
            return (rule.french, String(word.dropFirst(rule.french.count)))
        }
    }

    /// The hyphenated split of a word (`anti-terroriste` → `anti-`, `terroriste`), or nil.
    public func split(_ word: String) -> (prefix: String, base: String)? {
        guard word.contains("-") else { return nil }
        return splits(word).first
    }

    /// The English of a prefixed lemma given the English of its base: "anti-" + "terrorist" → "anti-terrorist",
    /// "former" + "queen" → "former queen", `re` + "sell" → "resell"; nil when `lemma` carries no listed prefix,
    /// the base has no English, or no solid alternative gives a listed word.
    public func english(_ lemma: String, base english: (String) -> String?) -> String? {
        if let hyphen = lemma.firstIndex(of: "-") {
            guard let prefix = hyphenated[String(lemma[...hyphen])],
                  let translated = english(String(lemma[lemma.index(after: hyphen)...])) else { return nil }
            return prefix.hasSuffix("-") ? prefix + translated : prefix + " " + translated
        }
        for rule in solid where lemma.hasPrefix(rule.french) && lemma.count >= rule.french.count + Self.minimumSolidBase {
            guard let translated = english(String(lemma.dropFirst(rule.french.count))), !translated.isEmpty else { continue }
            for alternative in rule.english {
                let joined = alternative + translated
                // A hyphen joins one word only: not "re-deal with".
                if alternative.hasSuffix("-") ? !translated.contains(" ") : vocabulary?.contains(joined) == true {
                    return joined
                }
            }
        }
        return nil
    }

    /// Lower-case letters only (no hyphen, apostrophe or digit).
    private static func isPlainLowercase(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isLowercase }
    }
}
