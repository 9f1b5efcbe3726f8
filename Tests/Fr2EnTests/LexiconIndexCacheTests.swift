// Licensed under the Apache License, Version 2.0.

import Foundation
@testable import Fr2En
import Testing

/// `LexiconIndexCache`: a table loaded through the cache reads like one built from its bytes, the first load stores
/// an entry that the next one uses, and an edited file or a damaged entry is indexed afresh, never trusted.
@Suite struct LexiconIndexCacheTests {
    /// A fresh cache folder (not yet created: the first write makes it) and a lexicon file beside it.
    private final class Scratch {
        let folder: String
        let cache: LexiconIndexCache
        let lexicon: String

        init(_ text: String) throws {
            folder = NSTemporaryDirectory() + "fr2en-index-cache-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            cache = LexiconIndexCache(directory: folder + "/cache/nested")
            lexicon = folder + "/words.tsv"
            try write(text)
        }

        func write(_ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: lexicon))
        }

        var entries: [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: cache.directory).sorted()) ?? []
        }

        func table() throws -> TSVTable {
            try TSVTable(path: lexicon, columns: 2, keyColumns: 1, cache: cache)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }
    }

    private static let text = (0..<3000).map { "key\($0 % 1100)\tvalue\($0)" }.joined(separator: "\n") + "\n# end\n"

    /// Every key's values, in file order.
    private static func contents(_ table: TSVTable) -> [[String]] {
        (0..<1101).map { key in table.rows(key: "key\(key)").map { table.string(row: $0, column: 1) } }
    }

    @Test func theFirstLoadStoresAnEntryAndTheNextReadsTheSameTable() throws {
        let scratch = try Scratch(Self.text)
        let uncached = try TSVTable(path: scratch.lexicon, columns: 2, keyColumns: 1)
        #expect(scratch.entries.isEmpty)
        let first = try scratch.table()
        #expect(scratch.entries.count == 1)
        #expect(scratch.entries[0].hasSuffix("-words.tsv.index"))
        let second = try scratch.table()
        for table in [first, second] {
            #expect(Self.contents(table) == Self.contents(uncached))
            #expect(table.count == 3000)
            #expect(table.line(of: 2999) == 3000)
        }
        #expect(Self.contents(uncached)[1100].isEmpty)
    }

    @Test func anEditedFileIsIndexedAfresh() throws {
        let scratch = try Scratch("a\t1\nb\t2\n")
        _ = try scratch.table()
        // Same size, other content: the content's hash tells them apart.
        try scratch.write("b\t1\na\t2\n")
        let table = try scratch.table()
        #expect(table.rows(key: "a").map { table.string(row: $0, column: 1) } == ["2"])
        try scratch.write("a\t1\nb\t2\nc\t3\n")
        let longer = try scratch.table()
        #expect(longer.rows(key: "c").map { longer.line(of: $0) } == [3])
    }

    @Test(arguments: ["truncated", "garbage", "empty"])
    func aDamagedEntryIsRebuilt(damage: String) throws {
        let scratch = try Scratch(Self.text)
        let expected = Self.contents(try scratch.table())
        let entry = scratch.cache.directory + "/" + scratch.entries[0]
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: entry)))
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "garbage":
            // Keep the header (so the entry is taken for the file's), scramble the index after it.
            var generator = SeededGenerator(state: 7)
            for index in 120..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: generator.next()) }
        default: bytes = []
        }
        try Data(bytes).write(to: URL(fileURLWithPath: entry))
        #expect(Self.contents(try scratch.table()) == expected)
        // The rebuilt index replaced the damaged entry.
        #expect(Self.contents(try scratch.table()) == expected)
        #expect(try Data(contentsOf: URL(fileURLWithPath: entry)).count > bytes.count || damage == "garbage")
    }

    @Test func aCacheThatCannotBeWrittenIsPassedOver() throws {
        let scratch = try Scratch(Self.text)
        // A file where the cache folder should be: nothing can be stored, the table still loads.
        try Data().write(to: URL(fileURLWithPath: scratch.folder + "/cache"))
        let table = try scratch.table()
        #expect(table.rows(key: "key7").count == 3)
        #expect(scratch.entries.isEmpty)
    }

    @Test func fingerprintsTellContentsApart() {
        func fingerprint(_ text: String) -> ContentFingerprint {
            Array(text.utf8).withUnsafeBufferPointer { ContentFingerprint($0) }
        }
        let long = String(repeating: "forme\tlemme\tn.m.sg\n", count: 40)
        var changed = Array(long.utf8)
        changed[changed.count / 2] ^= 1
        #expect(fingerprint(long) == fingerprint(long))
        #expect(fingerprint(long) != Array(changed).withUnsafeBufferPointer { ContentFingerprint($0) })
        #expect(fingerprint("ab") != fingerprint("ba"))
        #expect(fingerprint("") != fingerprint("\u{0}"))
    }

    @Test func theEnvironmentChoosesTheFolder() {
        #expect(LexiconIndexCache.fromEnvironment(["FR2EN_INDEX_CACHE": "/x", "HOME": "/h"])?.directory == "/x")
        #expect(LexiconIndexCache.fromEnvironment(["FR2EN_INDEX_CACHE": "off", "HOME": "/h"]) == nil)
        #expect(LexiconIndexCache.fromEnvironment(["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.directory == "/c/fr2en")
        #expect(LexiconIndexCache.fromEnvironment(["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.directory
            == "/h/.cache/fr2en")
        #expect(LexiconIndexCache.fromEnvironment([:]) == nil)
    }

    @Test func aTranslatorLoadedThroughTheCacheTranslatesAlike() throws {
        let folder = NSTemporaryDirectory() + "fr2en-index-cache-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plain = LexiconDirectory(path: LexiconDirectory.packageLexiconsPath)
        var cached = plain
        cached.indexCache = LexiconIndexCache(directory: folder)
        let french = "Les chefs des services de renseignement se sont réunis mardi à Paris."
        func english(_ lexicons: LexiconDirectory) throws -> String {
            try SentenceTranslator(lexicons: TranslationLexicons.load(from: lexicons))
                .process(TranslatedSentence(source: TranslateFixtures.sentence(french), segments: [.passthrough(french)]))
                .english
        }
        let expected = try english(plain)
        for _ in 0..<2 { #expect(try english(cached) == expected) }
        // The morphology's index and its interned tags: two entries for fr.morph.tsv.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix("-fr.morph.tsv.index") }.count == 2)
    }
}
