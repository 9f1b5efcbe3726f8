// Licensed under the Apache License, Version 2.0.

/// Inflects English lemmas: irregular and listed forms from `en.inflection.tsv` (`lemma<TAB>tag<TAB>form`),
/// regular spelling rules otherwise. Multi-word lemmas inflect their first word ("take place" → "took place")
/// for verbs and their last word for nouns ("prime minister" → "prime ministers").
public struct EnglishInflector: Sendable {
    private let table: TSVTable?
    /// Hand-written forms that win over the table (`person NNS people`, uncountable nouns).
    private let overrides: TSVTable?
    /// English prefixes that make new verbs from listed ones ("re", "over"), longest first.
    private let prefixes: [String]

    /// Loads `en.inflection.tsv` (its index from `indexCache` when that holds it) and, when given, a hand-written
    /// file of the same format whose rows win.
    /// - Parameter prefixes: English prefixes (`PrefixRules.englishPrefixes`) under which a listed verb keeps its
    ///   irregular forms: `re` + "sell" → "resold".
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String, overridesPath: String? = nil, prefixes: [String] = [],
                indexCache: LexiconIndexCache? = nil) throws {
        table = try TSVTable(path: path, columns: 3, keyColumns: 2, cache: indexCache)
        overrides = try overridesPath.map { try TSVTable(path: $0, columns: 3, keyColumns: 2) }
        self.prefixes = prefixes.sorted { ($0.count, $1) > ($1.count, $0) }
    }

    /// An inflector with regular rules only (tests).
    public init() {
        table = nil
        overrides = nil
        prefixes = []
    }

    /// The form of `lemma` for `form`.
    public func inflect(_ lemma: String, _ form: EnglishForm) -> String {
        if form == .base || lemma.isEmpty { return lemma }
        if let space = lemma.firstIndex(of: " ") {
            if form == .plural {
                let last = lemma.lastIndex(of: " ")!
                return String(lemma[...last]) + inflectWord(String(lemma[lemma.index(after: last)...]), form)
            }
            return inflectWord(String(lemma[..<space]), form) + String(lemma[space...])
        }
        return inflectWord(lemma, form)
    }

    /// True when the table lists a form (used to prefer "bigger" over "more big").
    public func hasListed(_ lemma: String, _ form: EnglishForm) -> Bool {
        guard let table else { return false }
        return table.firstRow(key: lemma + "\t" + form.rawValue) >= 0
    }

    private func inflectWord(_ word: String, _ form: EnglishForm) -> String {
        if let overrides {
            let row = overrides.firstRow(key: word + "\t" + form.rawValue)
            if row >= 0 { return overrides.string(row: row, column: 2) }
        }
        if let table {
            let row = table.firstRow(key: word + "\t" + form.rawValue)
            if row >= 0 { return table.string(row: row, column: 2) }
            if let first = word.first, first.isUppercase {
                let lowered = word.lowercased()
                let row = table.firstRow(key: lowered + "\t" + form.rawValue)
                if row >= 0 {
                    let form = table.string(row: row, column: 2)
                    // "Anglo-Saxon" → "Anglo-Saxons": the word's own capitals stay where the form only adds to it.
                    if form.hasPrefix(lowered) { return word + form.dropFirst(lowered.count) }
                    return form.prefix(1).uppercased() + form.dropFirst()
                }
            }
        }
        if let compound = prefixedForm(word, form) { return compound }
        if let compound = hyphenatedForm(word, form) { return compound }
        return Self.regular(word, form)
    }

    /// The plural or verb form of a hyphenated word the tables lack, made on its last part where a table lists that
    /// part: « les germano-turcs » → "German-Turkish" (not "German-Turkishes"), « pré-diabètes » → "pre-diabetes",
    /// "co-write" → "co-wrote". Comparatives keep the rules.
    private func hyphenatedForm(_ word: String, _ form: EnglishForm) -> String? {
        guard form != .comparative, form != .superlative, let hyphen = word.lastIndex(of: "-"),
              hyphen != word.startIndex, word.index(after: hyphen) != word.endIndex else { return nil }
        let last = String(word[word.index(after: hyphen)...])
        guard let listed = listedForm(last, form) else { return nil }
        return String(word[...hyphen]) + listed
    }

    /// The verb form of a word the tables lack that is an English prefix of `fr-en.prefixes.tsv` on a listed verb
    /// whose form is not regular, made on that verb: `re` + "sell" → "resold", `re` + "build" → "rebuilt",
    /// `over` + "take" → "overtook" (« revendre » → resell reaches the inflector without a row of its own, and the
    /// spelling rules would say "reselled"). Nouns and adjectives keep the rules.
    private func prefixedForm(_ word: String, _ form: EnglishForm) -> String? {
        guard form != .plural, form != .comparative, form != .superlative else { return nil }
        for prefix in prefixes where word.hasPrefix(prefix) && word.count >= prefix.count + 2 {
            let verb = String(word.dropFirst(prefix.count))
            if let listed = listedForm(verb, form), listed != Self.regular(verb, form) { return prefix + listed }
        }
        return nil
    }

    /// The form of `word` that the overrides or the table list, nil when neither does.
    private func listedForm(_ word: String, _ form: EnglishForm) -> String? {
        for source in [overrides, table] {
            guard let source else { continue }
            let row = source.firstRow(key: word + "\t" + form.rawValue)
            if row >= 0 { return source.string(row: row, column: 2) }
        }
        return nil
    }

    /// Regular English spelling rules.
    static func regular(_ word: String, _ form: EnglishForm) -> String {
        let scalars = Array(word.unicodeScalars)
        guard let last = scalars.last else { return word }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let lastChar = Character(last)
        let beforeLast = scalars.count >= 2 ? Character(scalars[scalars.count - 2]) : " "
        switch form {
        case .base:
            return word
        case .plural, .thirdSingular:
            if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch")
                || word.hasSuffix("sh") {
                return word + "es"
            }
            if lastChar == "y" && !vowels.contains(beforeLast) { return String(word.dropLast()) + "ies" }
            return word + "s"
        case .past, .pastParticiple:
            if lastChar == "e" { return word + "d" }
            if lastChar == "y" && !vowels.contains(beforeLast) { return String(word.dropLast()) + "ied" }
            return word + "ed"
        case .gerund:
            if lastChar == "e" && word.count > 2 && beforeLast != "e" { return String(word.dropLast()) + "ing" }
            return word + "ing"
        case .comparative:
            if lastChar == "e" { return word + "r" }
            if lastChar == "y" && !vowels.contains(beforeLast) { return String(word.dropLast()) + "ier" }
            return word + "er"
        case .superlative:
            if lastChar == "e" { return word + "st" }
            if lastChar == "y" && !vowels.contains(beforeLast) { return String(word.dropLast()) + "iest" }
            return word + "est"
        }
    }
}
