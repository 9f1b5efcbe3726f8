// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Glossary {
    /// Loads the built-in glossary and the user's glossaries (format: see `GlossaryParser`).
    ///
    /// The built-in entries get priority 0 and `user[i]` gets priority `i + 1`, so every user glossary outranks
    /// the built-in one and a later user glossary outranks an earlier one.
    /// - Parameters:
    ///   - builtIn: path of `fr-en.glossary.tsv`.
    ///   - user: paths of user glossaries, lowest priority first.
    /// - Throws: `GlossaryError` naming the file (and line) of the first problem; a term defined twice in one file
    ///   is an error (reported once every file has been parsed).
    public static func load(builtIn: String, user: [String]) throws -> Glossary {
        var entries: [GlossaryEntry] = []
        var terms = GlossaryTermTable()
        for (priority, path) in ([builtIn] + user).enumerated() {
            try GlossaryParser.parse(readFile(path), file: path, priority: priority, into: &entries, terms: &terms)
        }
        return try Glossary(compiling: entries, terms: terms, shadowed: rejectDuplicateInOneFile)
    }

    /// The whole content of the file at `path`.
    private static func readFile(_ path: String) throws -> [UInt8] {
        do {
            return try WholeFile.read(path: path)
        } catch {
            switch error.step {
            case .open: throw GlossaryError.cannotOpen(file: path, reason: error.reason)
            case .read: throw GlossaryError.readFailed(file: path, reason: error.reason)
            }
        }
    }
}
