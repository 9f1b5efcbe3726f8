// Licensed under the Apache License, Version 2.0.

/// The manner adverb of an English adjective (`en.adverbs.tsv`: `adjective<TAB>adverb`): `precise` → "precisely",
/// `good` → "well". It lets « de façon précise » read "precisely" instead of "in a precise way"; an adjective
/// with no row has no adverb English would use.
public struct EnglishAdverbs: Sendable {
    private var adverbs: [String: String] = [:]

    public init(_ adverbs: [String: String] = [:]) { self.adverbs = adverbs }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 1)
        for row in 0..<table.count {
            adverbs[table.string(row: row, column: 0)] = table.string(row: row, column: 1)
        }
    }

    /// The adverb of `adjective`, or nil when English has none for it.
    public func adverb(of adjective: String) -> String? { adverbs[adjective] }
}
