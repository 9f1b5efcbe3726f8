// Licensed under the Apache License, Version 2.0.

/// A version for a `Lexicons/` folder: SHA-256 over every file's relative name, size and contents, in name order.
///
/// Batch manifests record it, and a rerun redoes every document when it changes. Contents (not modification
/// times) are hashed so that shards running on different machines, whose copies of the data have different
/// mtimes, agree; hashing the data takes a fraction of a second.
public enum LexiconVersion {
    /// The version of `directory`, or of an explicit list of files (e.g. user glossaries).
    /// - Throws: `FileSystemError` when a file cannot be read.
    public static func compute(directory: String) throws(FileSystemError) -> String {
        var hash = SHA256()
        try add(directory: directory, relative: "", to: &hash)
        return hash.finalize().hex
    }

    /// SHA-256 (hex) of one file's contents.
    public static func hashFile(_ path: String) throws(FileSystemError) -> String {
        SHA256.hash(try PosixFiles.readAll(path)).hex
    }

    private static func add(directory: String, relative: String, to hash: inout SHA256) throws(FileSystemError) {
        let listing = try PosixFiles.listDirectory(directory)
        for name in listing.names {
            let path = directory + "/" + name
            let relativeName = relative.isEmpty ? name : relative + "/" + name
            switch PosixFiles.kind(path, followLinks: true) {
            case .directory:
                try add(directory: path, relative: relativeName, to: &hash)
            case .regular:
                let contents = try PosixFiles.readAll(path)
                hash.update(relativeName + "\u{0}" + String(contents.count) + "\u{0}")
                hash.update(contents)
            default:
                continue
            }
        }
    }
}
