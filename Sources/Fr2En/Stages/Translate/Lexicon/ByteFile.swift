// Licensed under the Apache License, Version 2.0.

/// Reads a whole lexicon file, with the translator's error type.
enum ByteFile {
    /// The file's bytes.
    /// - Throws: `LexiconFormatError.unreadable` naming the path.
    static func read(path: String) throws -> [UInt8] {
        do {
            return try WholeFile.read(path: path)
        } catch {
            throw LexiconFormatError.unreadable(file: path, reason: error.reason)
        }
    }
}
