// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder holding fr2en's linguistic data (`Lexicons/`), and how it is found.
///
/// Search order, first hit wins:
/// 1. an explicit directory (`--lexicons DIR`);
/// 2. the `FR2EN_LEXICONS` environment variable;
/// 3. `Lexicons/` beside the executable, then `../share/fr2en/Lexicons` relative to it (installed layouts);
/// 4. `Lexicons/` of the source package fr2en was built from (`swift run`, tests);
/// 5. `Lexicons/` in the current directory.
public struct LexiconDirectory: Sendable, Hashable {
    public enum LookupError: Error, CustomStringConvertible {
        case notFound(tried: [String])
        case missingFile(String)

        public var description: String {
            switch self {
            case .notFound(let tried):
                "cannot find the Lexicons folder (tried: \(tried.joined(separator: ", "))); "
                    + "pass --lexicons DIR or set FR2EN_LEXICONS"
            case .missingFile(let path):
                "\(path): lexicon file missing; reinstall fr2en or point --lexicons at a complete Lexicons folder"
            }
        }
    }

    /// Absolute or relative path of the folder.
    public let path: String
    /// Where the indexes of its large files are kept between runs (none: they are built at every load).
    public var indexCache: LexiconIndexCache?

    public init(path: String, indexCache: LexiconIndexCache? = nil) {
        self.path = path
        self.indexCache = indexCache
    }

    /// The path of a file inside the folder.
    /// - Throws: `LookupError.missingFile` when it does not exist.
    public func file(_ name: String) throws -> String {
        let full = path + "/" + name
        guard access(full, R_OK) == 0 else { throw LookupError.missingFile(full) }
        return full
    }

    /// Finds the folder by the documented search order, with the index cache the environment asks for
    /// (`LexiconIndexCache.fromEnvironment`).
    public static func locate(explicit: String? = nil, environment: [String: String] = currentEnvironment(),
                              executablePath: String? = currentExecutablePath()) throws -> LexiconDirectory {
        var candidates: [String] = []
        if let explicit { candidates.append(explicit) }
        if let fromEnvironment = environment["FR2EN_LEXICONS"], !fromEnvironment.isEmpty {
            candidates.append(fromEnvironment)
        }
        if let executablePath, let slash = executablePath.lastIndex(of: "/") {
            let folder = String(executablePath[..<slash])
            candidates.append(folder + "/Lexicons")
            candidates.append(folder + "/../share/fr2en/Lexicons")
        }
        candidates.append(packageLexiconsPath)
        candidates.append("Lexicons")
        if let explicit {
            // An explicit folder must exist: never fall back silently from what the user asked for.
            guard isDirectory(explicit) else { throw LookupError.notFound(tried: [explicit]) }
            return LexiconDirectory(path: explicit, indexCache: LexiconIndexCache.fromEnvironment(environment))
        }
        for candidate in candidates where isDirectory(candidate) {
            if access(candidate + "/README.md", R_OK) == 0 {
                return LexiconDirectory(path: candidate, indexCache: LexiconIndexCache.fromEnvironment(environment))
            }
        }
        throw LookupError.notFound(tried: candidates)
    }

    /// `Lexicons/` of the package this file was compiled from.
    public static var packageLexiconsPath: String {
        let source = #filePath  // …/Sources/Fr2En/Lexicon/LexiconDirectory.swift
        var parts = source.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)
        return parts.joined(separator: "/") + "/Lexicons"
    }

    public static func currentEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    public static func currentExecutablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
