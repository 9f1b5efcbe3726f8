// Licensed under the Apache License, Version 2.0.

/// One part of a corpus split across machines: shard `index` of `count` (0-based, as Kubernetes'
/// `JOB_COMPLETION_INDEX`).
///
/// A relative path belongs to the shard `SHA-256(path) mod count` (the digest's first eight bytes, big-endian).
/// The partition depends only on the path's bytes, so every machine computes the same one, every path lands in
/// exactly one shard, and adding documents never moves the others.
public struct BatchShard: Sendable, Hashable, CustomStringConvertible {
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case malformed(String)
        case outOfRange(index: Int, count: Int)

        public var description: String {
            switch self {
            case .malformed(let text):
                "shard '\(text)' is not of the form K/N (e.g. 0/4: the first of four shards)"
            case .outOfRange(let index, let count):
                "shard \(index)/\(count): need N ≥ 1 and 0 ≤ K < N (shards are numbered from 0)"
            }
        }
    }

    public let index: Int
    public let count: Int

    /// The whole corpus: shard 0 of 1.
    public static let whole = BatchShard(checkedIndex: 0, count: 1)

    public init(index: Int, count: Int) throws(ParseError) {
        guard count >= 1, index >= 0, index < count else { throw .outOfRange(index: index, count: count) }
        self.init(checkedIndex: index, count: count)
    }

    private init(checkedIndex: Int, count: Int) {
        self.index = checkedIndex
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw .malformed(text)
        }
        try self.init(index: index, count: count)
    }

    /// The shard a relative path belongs to, out of `count`.
    public static func shardIndex(of path: String, count: Int) -> Int {
        Int(SHA256.hash(path).prefix64 % UInt64(count))
    }

    /// Whether `path` is in this shard.
    public func contains(_ path: RelativePath) -> Bool {
        count == 1 || Self.shardIndex(of: path.string, count: count) == index
    }

    /// Used in file names: `shard-2-of-4`.
    public var tag: String { "shard-\(index)-of-\(count)" }

    public var description: String { "\(index)/\(count)" }
}
