// Licensed under the Apache License, Version 2.0.

/// French full-form lexicon: word form → analyses (`fr.morph.tsv`: `form<TAB>lemma<TAB>tags`).
///
/// Tag strings are parsed once per distinct string at load time; lookups hash the form's bytes.
/// A form not found as written is retried lower-cased (sentence-initial capitals, all-caps headlines).
public struct MorphLexicon: Sendable {
    private let table: TSVTable
    /// The distinct tag strings of the file, parsed.
    private let distinctTags: [MorphTags]
    /// Each row's tags, as an index into `distinctTags` (four bytes a row instead of sixteen: fewer cache misses
    /// on a look-up).
    private let rowTags: [UInt32]

    /// Loads `fr.morph.tsv`; its index and the interned tags of its rows come from `indexCache` when that holds
    /// them for the file's present content.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String, indexCache: LexiconIndexCache? = nil) throws {
        let table = try TSVTable(path: path, columns: 3, keyColumns: 1, cache: indexCache)
        guard let indexCache, let content = table.content else {
            self.init(table: table)
            return
        }
        if var reader = indexCache.reader(source: path, content: content, key: Self.tagsKey),
           let rowTags = reader.next(UInt32.self), let starts = reader.next(Int32.self),
           let ends = reader.next(Int32.self), starts.count == ends.count, rowTags.count == table.count,
           rowTags.allSatisfy({ Int($0) < starts.count }),
           zip(starts, ends).allSatisfy({ 0 <= $0 && $0 <= $1 && Int($1) <= table.bytes.count })
        {
            let distinct = table.bytes.withUnsafeBufferPointer { buffer in
                zip(starts, ends).map { start, end in
                    let range = Int(start)..<Int(end)
                    let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
                    return (range: range, tags: MorphTags(apertium: text[...]))
                }
            }
            self.init(table: table, interned: (rowTags, distinct))
            return
        }
        let interned = Self.internTags(table)
        self.init(table: table, interned: interned)
        indexCache.write(source: path, content: content, key: Self.tagsKey) { writer in
            writer.append(interned.rowTags)
            writer.append(interned.distinct.map { Int32($0.range.lowerBound) })
            writer.append(interned.distinct.map { Int32($0.range.upperBound) })
        }
    }

    /// The cache key of the interned tags.
    private static let tagsKey = "MorphLexicon tags 1"

    init(table: TSVTable) {
        self.init(table: table, interned: Self.internTags(table))
    }

    private init(table: TSVTable, interned: (rowTags: [UInt32], distinct: [(range: Range<Int>, tags: MorphTags)])) {
        self.table = table
        rowTags = interned.rowTags
        distinctTags = interned.distinct.map(\.tags)
    }

    /// Each row's tags as an index into the distinct tag strings (numbered by `StringNumbering`), each parsed once.
    private static func internTags(_ table: TSVTable)
        -> (rowTags: [UInt32], distinct: [(range: Range<Int>, tags: MorphTags)])
    {
        var distinct: [(range: Range<Int>, tags: MorphTags)] = []
        var numbering = StringNumbering()
        var tags: [UInt32] = []
        tags.reserveCapacity(table.count)
        table.bytes.withUnsafeBufferPointer { buffer in
            for row in 0..<table.count {
                let range = table.range(row: row, column: 2)
                let key = UnsafeBufferPointer(rebasing: buffer[range])
                let number = numbering.insert(utf8: key)
                if number == distinct.count {
                    distinct.append((range, MorphTags(apertium: String(decoding: key, as: UTF8.self)[...])))
                }
                tags.append(UInt32(number))
            }
        }
        return (tags, distinct)
    }

    /// Number of analyses loaded.
    public var count: Int { table.count }

    /// The analyses of a form exactly as written (empty when unknown).
    public func analyses(exact form: String) -> [MorphAnalysis] {
        var result: [MorphAnalysis] = []
        var row = table.firstRow(key: form)
        if row >= 0 { result.reserveCapacity(4) }
        while row >= 0 {
            result.append(MorphAnalysis(lemma: table.string(row: row, column: 1),
                                        tags: distinctTags[Int(rowTags[row])]))
            row = table.nextRow(after: row)
        }
        return result
    }

    /// True when the form (as written) is in the lexicon.
    public func contains(_ form: String) -> Bool { table.firstRow(key: form) >= 0 }

    /// True when the form, given as UTF-8, is in the lexicon.
    func contains(utf8 form: UnsafeBufferPointer<UInt8>) -> Bool { table.firstRow(key: form) >= 0 }

    /// The analyses of a form; retried lower-cased when not found as written.
    public func analyses(_ form: String) -> [MorphAnalysis] {
        let exact = analyses(exact: form)
        if !exact.isEmpty { return exact }
        let lower = form.lowercased()
        return lower == form ? [] : analyses(exact: lower)
    }
}
