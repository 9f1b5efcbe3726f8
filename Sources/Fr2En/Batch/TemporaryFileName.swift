// Licensed under the Apache License, Version 2.0.

/// Names of the temporary files batch mode writes before renaming them into place, and how to recognise them.
///
/// Pattern: `.<name>.fr2en-tmp.<shard tag>.<unique>` in the destination's own folder (so the final `rename` is
/// atomic). The shard tag keeps concurrent shards sharing an output folder from deleting each other's files when
/// one of them cleans up after a crash.
public struct TemporaryFileName: Sendable, Hashable {
    /// Marks our temporary files.
    public static let marker = ".fr2en-tmp."

    /// The shard whose files these are (`BatchShard.tag`).
    public let tag: String

    public init(shard: BatchShard) {
        self.tag = shard.tag
    }

    /// A temporary name for `destinationName` (a file name, no folder); `unique` must differ between files
    /// written at the same time.
    public func make(for destinationName: some StringProtocol, unique: String) -> String {
        // Keep names well under NAME_MAX (255 bytes) whatever the destination's length.
        var stem = ""
        for character in destinationName {
            if stem.utf8.count + character.utf8.count > 120 { break }
            stem.append(character)
        }
        return "." + stem + Self.marker + tag + "." + unique
    }

    /// Whether a file name is one of this shard's temporary files.
    public func isOurs(_ name: some StringProtocol) -> Bool {
        name.hasPrefix(".") && name.contains(Self.marker + tag + ".")
    }
}
