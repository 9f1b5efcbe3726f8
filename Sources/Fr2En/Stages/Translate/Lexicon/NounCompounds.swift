// Licensed under the Apache License, Version 2.0.

/// English noun compounds (`en.noun-compounds.tsv`: `modifier<TAB>head`, English lemmas): pairs English writes
/// as "modifier head" where French says `head de modifier` — « conférence de presse » → "press conference",
/// « taux d'intérêt » → "interest rate", « paradis fiscal » is not one (its French has no `de`).
///
/// Only pairs English is known to compound are turned round: `N de N` stays "N of N" otherwise
/// (« équipe de médecins » → "team of doctors").
public struct NounCompounds: Sendable {
    private var pairs: Set<String> = []

    /// A list of (modifier, head) pairs (tests).
    public init(_ pairs: [(modifier: String, head: String)] = []) {
        self.pairs = Set(pairs.map { Self.key($0.modifier, $0.head) })
    }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 2)
        pairs.reserveCapacity(table.count)
        for row in 0..<table.count {
            pairs.insert(Self.key(table.string(row: row, column: 0), table.string(row: row, column: 1)))
        }
    }

    public var count: Int { pairs.count }

    /// Whether English writes "`modifier` `head`" as one compound noun (both English lemmas, lower case).
    public func contains(modifier: String, head: String) -> Bool {
        pairs.contains(Self.key(modifier, head))
    }

    private static func key(_ modifier: String, _ head: String) -> String { modifier + " " + head }
}
