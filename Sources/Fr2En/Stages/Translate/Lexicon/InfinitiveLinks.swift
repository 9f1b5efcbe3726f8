// Licensed under the Apache License, Version 2.0.

/// Prepositions that introduce an infinitive and their English (`fr-en.infinitive-links.tsv`:
/// `preposition<TAB>english<TAB>form`): `pour` → "to" + VB, `sans` → "without" + VBG, `de` → "to" + VB.
public struct InfinitiveLinks: Sendable {
    public struct Link: Sendable, Hashable {
        public var english: String
        public var form: EnglishForm
    }

    private var links: [String: Link] = [:]

    public init(_ links: [String: Link] = [:]) { self.links = links }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 3, keyColumns: 0)
        for row in 0..<table.count {
            guard let form = EnglishForm(rawValue: table.string(row: row, column: 2)) else {
                throw table.error(row: row, "form must be VB or VBG")
            }
            links[table.string(row: row, column: 0)] = Link(english: table.string(row: row, column: 1), form: form)
        }
    }

    public func link(_ preposition: String) -> Link? { links[preposition] }
}
