// Licensed under the Apache License, Version 2.0.

/// French terms whose English is fixed (institutions, titles, places, set phrases), compiled for fast matching.
///
/// **File format.** UTF-8 TSV, one entry per line: `French term<TAB>English term[<TAB>note]`; `#` comment lines,
/// blank lines and an optional `French<TAB>English` header line are allowed. Errors name `file:line`; the same
/// term twice in one file is an error. The full rules are in `GlossaryParser` and `Lexicons/README.md`.
///
/// **Priority.** User glossaries outrank the built-in one, and a later user glossary outranks an earlier one
/// (`GlossaryOrigin.priority`). When two entries define the same term (same canonical form: NFC, whitespace
/// collapsed, apostrophes and hyphens unified), only the higher-priority one is kept (the later one on a tie).
///
/// **Matching**, on `Sentence.analysis`:
/// - Leftmost-longest: scanning left to right, at each word start the longest matching term wins, and scanning
///   resumes after it. A longer built-in term beats a shorter user term starting at the same place; terms that
///   span the same text are ranked by priority.
/// - Word boundaries: a match never starts or ends between two word characters (letters, digits, combining
///   marks); `OCS` never matches inside `OCSE`, nor `Iran` inside `Irana`, nor `G7` inside `G77`.
///   Apostrophes and hyphens are not word characters, so elided articles and compounds expose their words:
///   `l'État islamique` matches `État islamique`, `d'Iran` matches `Iran`, `Pékin-Moscou` matches `Pékin`
///   (but a term `porte-parole` is longer than `parole` and wins where it applies).
/// - Hyphens, apostrophes and other punctuation in a term match literally (typographic variants count as the same:
///   `’` = `'`, U+2011 = `-`). A space in a term matches any run of whitespace in the text.
/// - Case and accents, letter by letter:
///   - a small letter of the term matches the same letter (same accents) in small or capital form, and also any
///     capital with the same base letter, since French often drops accents on capitals: `président` matches
///     `Président`, `PRÉSIDENT`, `PRESIDENT`, but not `president`;
///   - a capital of the term matches only a capital with the same base letter: `OCS` matches `OCS` but not `Ocs`
///     or `ocs`; `État islamique` matches `Etat islamique`, `ÉTAT ISLAMIQUE` and `État Islamique`, but not
///     `état islamique`.
///   So a term written in small letters matches any capitalisation, and a term written with capitals (acronyms,
///   proper names) requires them. When terms differing only in case or accents all match, the highest priority
///   wins, then the one repeating the most letters exactly.
///
/// ```
/// let glossary = Glossary(entries: [GlossaryEntry(term: "État islamique", translation: "Islamic State",
///                                                 origin: GlossaryOrigin(priority: 0, file: "demo", line: 1))])
/// glossary.matches(in: sentence)  // "… de l'Etat islamique" → one match on "Etat islamique"
/// ```
public struct Glossary: Sendable {
    /// The entries in force: for each term, the highest-priority definition, in the order the entries were given.
    public let entries: [GlossaryEntry]
    /// Every entry compiled, overridden ones included (the matcher's term indices point here).
    private let compiled: [GlossaryEntry]
    private let matcher: GlossaryMatcher

    /// Compiles `entries`; where several define the same term, the highest priority wins, then the later entry.
    /// Entries whose term is empty or only whitespace are ignored.
    /// - Complexity: O(n log n) for n entries, plus O(total term length).
    public init(entries: [GlossaryEntry]) {
        self.init(compiling: entries, terms: GlossaryTermTable(entries.lazy.map(\.term)), shadowed: { _, _ in })
    }

    /// Parses and compiles one glossary held in memory, as `load` does for a file.
    /// - Parameters:
    ///   - bytes: the file's content (format: see `GlossaryParser`).
    ///   - name: the file name used in entries' origins and in errors.
    ///   - priority: see `GlossaryOrigin.priority`.
    /// - Throws: `GlossaryError` for the first bad line, or for a term defined twice.
    public init(parsing bytes: [UInt8], name: String, priority: Int = 0) throws {
        var entries: [GlossaryEntry] = []
        var terms = GlossaryTermTable()
        try GlossaryParser.parse(bytes, file: name, priority: priority, into: &entries, terms: &terms)
        try self.init(compiling: entries, terms: terms, shadowed: Self.rejectDuplicateInOneFile)
    }

    /// Compiles entries whose canonical forms are already known (`terms[i]` is the form of `entries[i].term`).
    /// - Parameter shadowed: told of every entry dropped because another defines the same term: `(winner, loser)`.
    init(compiling entries: [GlossaryEntry], terms: GlossaryTermTable,
         shadowed: (_ winner: GlossaryEntry, _ loser: GlossaryEntry) throws -> Void) rethrows {
        var inForce = [Bool](repeating: true, count: entries.count)
        for index in entries.indices where terms[index].isEmpty { inForce[index] = false }
        matcher = try GlossaryMatcher(terms: terms, priorities: entries.map(\.origin.priority),
                                      folding: GlossaryScalarFolding()) { winner, loser in
            try shadowed(entries[winner], entries[loser])
            inForce[loser] = false
        }
        compiled = entries
        self.entries = inForce.contains(false) ? entries.indices.filter { inForce[$0] }.map { entries[$0] } : entries
    }

    /// Throws when the two definitions of a term come from the same file (same priority): a glossary must not
    /// contradict itself silently. Across files the higher priority simply wins.
    static func rejectDuplicateInOneFile(winner: GlossaryEntry, loser: GlossaryEntry) throws {
        guard winner.origin.priority == loser.origin.priority, winner.origin.file == loser.origin.file else { return }
        let (first, second) = winner.origin.line < loser.origin.line ? (winner, loser) : (loser, winner)
        throw GlossaryError.duplicateTerm(file: second.origin.file, line: second.origin.line, term: second.term,
                                          firstLine: first.origin.line)
    }

    /// The number of terms in force.
    public var count: Int { entries.count }

    /// The glossary terms in `sentence`, left to right, non-overlapping.
    ///
    /// Matching reads `sentence.analysis`; `matchedText` is taken from `sentence.text` (the display rendering,
    /// which has the same scalar count). `target` is the entry's translation, with its first letter capitalised when
    /// the match is the sentence's first word, starts with a capital and the translation starts with a small
    /// letter.
    public func matches(in sentence: Sentence) -> [GlossaryMatch] {
        matchesAndPieces(in: sentence).matches
    }

    /// The matches of `sentence` and the display text before, between and after them (`pieces.count ==
    /// matches.count + 1`; pieces may be empty).
    func matchesAndPieces(in sentence: Sentence) -> (matches: [GlossaryMatch], pieces: [Substring]) {
        let (found, scalarCount) = matcher.matches(in: sentence.analysis)
        let text = sentence.text
        if found.isEmpty { return ([], [Substring(text)]) }
        let display = text.unicodeScalars
        var cursor = display.startIndex
        var cursorOffset = 0
        func index(at offset: Int) -> String.Index {
            guard let moved = display.index(cursor, offsetBy: offset - cursorOffset, limitedBy: display.endIndex)
            else {
                preconditionFailure("Sentence.text has fewer scalars than Sentence.analysis (\(scalarCount))")
            }
            cursor = moved
            cursorOffset = offset
            return moved
        }
        var matches: [GlossaryMatch] = []
        var pieces: [Substring] = []
        matches.reserveCapacity(found.count)
        pieces.reserveCapacity(found.count + 1)
        var pieceStart = display.startIndex
        for match in found {
            let start = index(at: match.range.lowerBound)
            let end = index(at: match.range.upperBound)
            pieces.append(Substring(display[pieceStart..<start]))
            let entry = compiled[match.term]
            matches.append(GlossaryMatch(entry: entry, matchedText: String(display[start..<end]), range: match.range,
                                         target: match.opensSentence ? Self.capitalized(entry.translation)
                                                                     : entry.translation))
            pieceStart = end
        }
        pieces.append(Substring(display[pieceStart...]))
        return (matches, pieces)
    }

    /// `text` with its first scalar in upper case when it is a small letter.
    private static func capitalized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.properties.isLowercase else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: first.properties.uppercaseMapping.unicodeScalars)
        result.append(contentsOf: text.unicodeScalars.dropFirst())
        return String(result)
    }
}
