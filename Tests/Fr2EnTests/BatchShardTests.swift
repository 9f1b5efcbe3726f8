// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// The shard partition: parsing, stability, and union = all / pairwise disjoint over generated path sets.
@Suite struct BatchShardTests {
    @Test func parsesKOverN() throws {
        let shard = try BatchShard(parsing: "2/5")
        #expect(shard.index == 2 && shard.count == 5)
        #expect(shard.tag == "shard-2-of-5")
        #expect(BatchShard.whole.count == 1)
    }

    @Test(arguments: ["", "3", "a/b", "1/2/3", "-1/4", "4/4", "0/0", "1/-2"])
    func rejectsBadShards(text: String) {
        #expect(throws: BatchShard.ParseError.self) { try BatchShard(parsing: text) }
    }

    /// Pinned to the SHA-256 test vector: "abc" has digest prefix 0xba7816bf8f01cfea, so the shard index is
    /// that number modulo N on every machine.
    @Test func indexIsTheDigestPrefixModuloN() {
        for count in [1, 2, 3, 7, 16] {
            let expected = Int(UInt64(0xba78_16bf_8f01_cfea) % UInt64(count))
            #expect(BatchShard.shardIndex(of: "abc", count: count) == expected)
        }
    }

    /// Deterministic path sets of several shapes (a linear congruential generator, no randomness).
    static func generatedPaths(count: Int, seed: UInt64) -> [RelativePath] {
        var state = seed
        var paths: Set<String> = []
        let names = ["rapport", "article", "notes", "été", "chapitre", "annexe", "index", "lettre"]
        while paths.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let depth = Int(state >> 60) % 4
            var parts: [String] = []
            for level in 0..<depth { parts.append("d\((state >> UInt64(8 * level)) % 13)") }
            parts.append(names[Int(state >> 33) % names.count] + "-\(state % 10_000).txt")
            paths.insert(parts.joined(separator: "/"))
        }
        return paths.map { try! RelativePath(validating: $0) }
    }

    @Test(arguments: [(2, UInt64(1)), (3, UInt64(2)), (4, UInt64(3)), (7, UInt64(4)), (16, UInt64(5))])
    func shardsPartitionEveryPathSet(count: Int, seed: UInt64) throws {
        let paths = Self.generatedPaths(count: 2000, seed: seed)
        let shards = try (0..<count).map { try BatchShard(index: $0, count: count) }
        var union: Set<RelativePath> = []
        var sizes: [Int] = []
        for shard in shards {
            let part = Set(paths.filter(shard.contains))
            #expect(union.isDisjoint(with: part), "shard \(shard) overlaps an earlier shard")
            union.formUnion(part)
            sizes.append(part.count)
        }
        #expect(union == Set(paths))
        // Balanced enough to be useful: no shard gets less than half its fair share.
        #expect(sizes.allSatisfy { $0 * count * 2 >= paths.count }, "sizes \(sizes)")
    }

    @Test func wholeContainsEverything() {
        let paths = Self.generatedPaths(count: 100, seed: 9)
        #expect(paths.allSatisfy(BatchShard.whole.contains))
    }
}
