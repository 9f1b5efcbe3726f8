// Licensed under the Apache License, Version 2.0.

/// Prepositions that introduce an infinitive and their English (`fr-en.infinitive-links.tsv`:
/// `preposition<TAB>english<TAB>form<TAB>perfect`): `pour` → "to" + VB, `sans` → "without" + VBG, `de` → "to" + VB;
/// after `après` a perfect infinitive is the participle's verb alone (après avoir signé → after signing).
public struct InfinitiveLinks: Sendable {
    public struct Link: Sendable, Hashable {
        public var english: String
        public var form: EnglishForm
        /// Whether a perfect infinitive after the link (avoir/être + participle) says only the participle's verb,
        /// in `form`: "after signing", not "after having signed".
        public var simplePerfect: Bool

        public init(english: String, form: EnglishForm, simplePerfect: Bool = false) {
            self.english = english
            self.form = form
            self.simplePerfect = simplePerfect
        }
    }

    private var links: [String: Link] = [:]

    public init(_ links: [String: Link] = [:]) { self.links = links }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 4, keyColumns: 0)
        for row in 0..<table.count {
            guard let form = EnglishForm(rawValue: table.string(row: row, column: 2)) else {
                throw table.error(row: row, "form must be VB or VBG")
            }
            let perfect = table.string(row: row, column: 3)
            guard perfect == "simple" || perfect == "perfect" else {
                throw table.error(row: row, "perfect must be simple or perfect")
            }
            links[table.string(row: row, column: 0)] = Link(english: table.string(row: row, column: 1), form: form,
                                                            simplePerfect: perfect == "simple")
        }
    }

    public func link(_ preposition: String) -> Link? { links[preposition] }
}
