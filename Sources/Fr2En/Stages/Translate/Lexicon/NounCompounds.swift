// Licensed under the Apache License, Version 2.0.

/// English noun compounds (`en.noun-compounds.tsv`: `modifier<TAB>head`, English lemmas): pairs English writes
/// as "modifier head" where French says `head de modifier` — « conférence de presse » → "press conference",
/// « taux d'intérêt » → "interest rate", « paradis fiscal » is not one (its French has no `de`).
///
/// Only pairs English is known to compound are turned round: `N de N` stays "N of N" otherwise
/// (« équipe de médecins » → "team of doctors").
///
/// - Complexity: loading is O(bytes) (`TSVTable`, no `String` per line); a look-up is one hash probe.
public struct NounCompounds: Sendable {
    /// The file, indexed by the whole pair.
    private let table: TSVTable?
    /// Pairs given directly (tests), as "modifier head".
    private let given: Set<String>

    /// A list of (modifier, head) pairs (tests).
    public init(_ pairs: [(modifier: String, head: String)] = []) {
        table = nil
        given = Set(pairs.map { $0.modifier + " " + $0.head })
    }

    /// Loads the file (its index from `indexCache` when that holds it).
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String, indexCache: LexiconIndexCache? = nil) throws {
        table = try TSVTable(path: path, columns: 2, keyColumns: 2, cache: indexCache)
        given = []
    }

    /// Number of pairs listed.
    public var count: Int { table?.count ?? given.count }

    /// Whether English writes "`modifier` `head`" as one compound noun (both English lemmas, lower case).
    public func contains(modifier: String, head: String) -> Bool {
        if let table { return table.firstRow(key: modifier + "\t" + head) >= 0 }
        return given.contains(modifier + " " + head)
    }
}
