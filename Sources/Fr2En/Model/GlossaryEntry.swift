// Licensed under the Apache License, Version 2.0.

/// One line of a glossary: a French term and the English it must always become.
public struct GlossaryEntry: Sendable, Hashable, Codable {
    /// The French term as written in the glossary (may span several words).
    public var term: String
    /// The English translation to use, verbatim.
    public var translation: String
    /// Free-text note from the third column, if any.
    public var note: String?
    /// Which glossary the entry comes from, for reports.
    public var origin: GlossaryOrigin

    public init(term: String, translation: String, note: String? = nil, origin: GlossaryOrigin) {
        self.term = term
        self.translation = translation
        self.note = note
        self.origin = origin
    }
}

/// Where a glossary entry was defined: file and line.
public struct GlossaryOrigin: Sendable, Hashable, Codable {
    /// The glossary's rank: user glossaries outrank the built-in one, later user glossaries outrank earlier ones.
    public var priority: Int
    public var file: String
    public var line: Int

    public init(priority: Int, file: String, line: Int) {
        self.priority = priority
        self.file = file
        self.line = line
    }
}
