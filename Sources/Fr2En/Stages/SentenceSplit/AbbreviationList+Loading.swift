// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension AbbreviationList {
    /// Loads `Lexicons/fr.abbreviations.txt` or a list in the same format.
    /// - Throws: `AbbreviationListError` naming the file (and line) of the first problem.
    public static func load(path: String) throws -> AbbreviationList {
        try parse(readFile(path), file: path)
    }

    /// Parses an abbreviation list held in memory.
    ///
    /// Format (UTF-8, LF or CRLF line ends): lines starting with `#` and blank lines are ignored; every other line
    /// is `abbreviation<TAB>kind`, where `abbreviation` is one or more tokens separated by single spaces
    /// (`p. ex.`) and `kind` is `never-final` or `may-end` (`AbbreviationList.Kind`). Each abbreviation appears
    /// once.
    /// - Parameter file: the name used in error messages.
    /// - Throws: `AbbreviationListError` for the first bad line.
    public static func parse(_ bytes: [UInt8], file: String) throws -> AbbreviationList {
        var entries: [Entry] = []
        var firstLines: [String: Int] = [:]
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { start = end + 1 }
            let line = bytes[start..<lineEnd]
            if line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw AbbreviationListError.invalidUTF8(file: file, line: lineNumber)
            }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { throw AbbreviationListError.missingTab(file: file, line: lineNumber) }
            guard fields.count == 2 else {
                throw AbbreviationListError.tooManyFields(file: file, line: lineNumber, count: fields.count)
            }
            let abbreviation = String(fields[0])
            guard isWellFormed(abbreviation) else {
                throw AbbreviationListError.malformedAbbreviation(file: file, line: lineNumber, text: abbreviation)
            }
            guard let kind = Kind(rawValue: String(fields[1])) else {
                throw AbbreviationListError.unknownKind(file: file, line: lineNumber, found: String(fields[1]))
            }
            if let firstLine = firstLines[abbreviation] {
                throw AbbreviationListError.duplicate(file: file, line: lineNumber, text: abbreviation,
                                                      firstLine: firstLine)
            }
            firstLines[abbreviation] = lineNumber
            entries.append(Entry(text: abbreviation, kind: kind))
        }
        return AbbreviationList(entries: entries)
    }

    /// Has a letter, no control character, no whitespace but single spaces between tokens.
    private static func isWellFormed(_ text: String) -> Bool {
        var previousWasSpace = true
        var hasLetter = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            }
            let properties = scalar.properties
            if properties.isWhitespace || properties.generalCategory == .control
                || properties.generalCategory == .format
            {
                return false
            }
            if properties.isAlphabetic { hasLetter = true }
            previousWasSpace = false
        }
        return hasLetter && !previousWasSpace
    }

    /// The whole content of the file at `path`.
    private static func readFile(_ path: String) throws -> [UInt8] {
        do {
            return try WholeFile.read(path: path)
        } catch {
            switch error.step {
            case .open: throw AbbreviationListError.cannotOpen(file: path, reason: error.reason)
            case .read: throw AbbreviationListError.readFailed(file: path, reason: error.reason)
            }
        }
    }
}
