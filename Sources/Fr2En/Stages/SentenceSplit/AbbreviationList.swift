// Licensed under the Apache License, Version 2.0.

/// The French abbreviations the sentence splitter knows, each with whether it may end a sentence.
///
/// An entry is one or more period-terminated tokens as written (`M.`, `etc.`, `c.-à-d.`, `p. ex.`), or a
/// contraction written without a period (`Mme`, `Dr`, `bd`). Lookup rules:
/// - an entry without a final period also matches its spelling with one (`Dr` covers `Dr.`), which non-standard
///   typography often uses;
/// - an entry starting with a lowercase letter also matches with that letter capitalised (`cf.` covers the
///   sentence-initial `Cf.`), unless its first token has a single letter (`p.`, `p. ex.`): `P.` is an initial;
/// - a multi-token entry (`p. ex.`) matches its tokens separated by any whitespace; the longest entry wins.
///
/// The data lives in `Lexicons/fr.abbreviations.txt` (format in `AbbreviationList.parse(_:file:)`).
public struct AbbreviationList: Sendable, Hashable {
    /// Whether a sentence may end on an abbreviation's final period.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Never ends a sentence (`M.`, `cf.`, `p.`): the splitter never breaks after it.
        case neverFinal = "never-final"
        /// May end a sentence (`etc.`, `janv.`): the splitter breaks after it when an uppercase word follows.
        case mayEnd = "may-end"
    }

    /// One line of the list.
    public struct Entry: Sendable, Hashable {
        /// The abbreviation as written, tokens separated by single spaces.
        public var text: String
        public var kind: Kind

        public init(text: String, kind: Kind) {
            self.text = text
            self.kind = kind
        }
    }

    /// The entries as given, in order.
    public let entries: [Entry]
    /// Every spelling that matches (given ones plus derived capitalised and period-added ones) → kind.
    private let spellings: [String: Kind]
    /// The same spellings, for matching backwards from a period in the splitter's UTF-8.
    private let trie: AbbreviationTrie

    /// An empty list: only ICU's own suppressions and the splitter's rules apply.
    public init() {
        self.init(validatedEntries: [])
    }

    /// A list of entries, which must be well-formed (see `parse(_:file:)`); a later duplicate replaces an earlier.
    public init(entries: [Entry]) {
        self.init(validatedEntries: entries)
    }

    private init(validatedEntries entries: [Entry]) {
        self.entries = entries
        var spellings: [String: Kind] = [:]
        for entry in entries { spellings[entry.text] = entry.kind }
        for entry in entries {
            guard let capitalised = Self.capitalised(entry.text), spellings[capitalised] == nil else { continue }
            spellings[capitalised] = entry.kind
        }
        for (spelling, kind) in spellings where !spelling.hasSuffix(".") && spellings[spelling + "."] == nil {
            spellings[spelling + "."] = kind
        }
        self.spellings = spellings
        self.trie = AbbreviationTrie(spellings)
    }

    /// The kind of `text` (tokens separated by single spaces), or nil when it is not an abbreviation; the lookup
    /// rules above apply (`Dr.` and `Cf.` are found through `Dr` and `cf.`).
    public func kind(of text: String) -> Kind? {
        spellings[text]
    }

    /// The kind of the longest spelling whose last scalar starts at byte `end` of `text` and which starts a token
    /// (whitespace in the text matches the spaces of multi-token entries).
    /// - Complexity: O(length of the longest entry).
    func kind(in text: UTF8Scalars, endingAt end: Int) -> Kind? {
        trie.longestMatch(in: text, endingAt: end)
    }

    /// `text` with its first letter in upper case, when that letter is lowercase and its first token has more
    /// letters.
    private static func capitalised(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first, first.properties.isLowercase else { return nil }
        let firstToken = text.unicodeScalars.prefix { $0 != " " }
        let letters = firstToken.filter { $0.properties.isAlphabetic }.count
        guard letters > 1 else { return nil }
        let upper = String(first).uppercased()
        return upper + String(text.unicodeScalars.dropFirst())
    }
}
