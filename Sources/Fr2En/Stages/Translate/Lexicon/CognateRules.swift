// Licensed under the Apache License, Version 2.0.

/// Guesses the English cognate of a French word no lexicon knows from its ending (`fr-en.cognates.tsv`:
/// `french_ending<TAB>english_ending`): `dérégulation` → "deregulation", `positivité` → "positivity",
/// `virtualisation` → "virtualization". The stem loses its accents; the longest matching ending whose guess is an
/// English word (when a vocabulary is given) wins, trying each ending's alternatives in order and the stem with
/// "nn" as "n" (`nucléaire` → "nuclear", `perfectionnisme` → "perfectionism"); a word with no such guess gets
/// none (it is copied through as it is: "évitement" rather than "evitly"), or with `acceptsNonWords` the first
/// guess of an ending not marked `word` (an ending marked `word`, such as `ement` → "ly", only ever gives English
/// words: « tarissement » stays "tarissement", never "tarissly").
public struct CognateRules: Sendable {
    /// One row of the file: a French ending, its English, and whether a guess with it must be an English word.
    public struct Ending: Sendable {
        /// The French ending (`ement`).
        public var french: String
        /// What replaces it in English (`ly`).
        public var english: String
        /// The guess is only made when it is a vocabulary word, even with `acceptsNonWords` (`ement` → "ly":
        /// most unknown -ement words are nouns, and "tarissly" is no English).
        public var wordsOnly: Bool

        /// An ending and its English; `wordsOnly` for a row marked `word`.
        public init(_ french: String, _ english: String, wordsOnly: Bool = false) {
            self.french = french
            self.english = english
            self.wordsOnly = wordsOnly
        }
    }

    /// (French ending as scalars, English ending, words only), longest French ending first.
    private let endings: [(french: [Unicode.Scalar], english: String, wordsOnly: Bool)]
    /// The words a guess should be; nil accepts every guess.
    private let vocabulary: EnglishVocabulary?
    /// Whether a word none of whose guesses is in the vocabulary still gets the first (longest-ending) guess.
    /// Measured on held-out newstest2012: copying such words ("évitement") instead of the non-word guess
    /// ("evitly") costs 0.013 chrF, as the guess shares character n-grams with the English ("devastater" with
    /// "devastating"), so the translator keeps it; the vocabulary then only chooses between alternatives
    /// ("nuclear" rather than "nucleary" for `nucléaire`). Rows marked `word` are the exception: their non-word
    /// guesses ("tarissly", "quadragenary") read as no English and score no better than the French word.
    private let acceptsNonWords: Bool
    /// The shortest stem a guess keeps (shorter words are too ambiguous to guess).
    private static let minimumStem = 3

    public init(_ endings: [(String, String)] = [], vocabulary: EnglishVocabulary? = nil, acceptsNonWords: Bool = false) {
        self.init(endings: endings.map { Ending($0.0, $0.1) }, vocabulary: vocabulary, acceptsNonWords: acceptsNonWords)
    }

    /// Endings with their `word` marks.
    public init(endings: [Ending], vocabulary: EnglishVocabulary? = nil, acceptsNonWords: Bool = false) {
        // Longest French ending first; rows of one length keep the file's order (alternatives: `eur` → or, er).
        self.endings = endings.enumerated()
            .sorted { ($0.element.french.unicodeScalars.count, $1.offset)
                > ($1.element.french.unicodeScalars.count, $0.offset) }
            .map { (Array($0.element.french.unicodeScalars), $0.element.english, $0.element.wordsOnly) }
        self.vocabulary = vocabulary
        self.acceptsNonWords = acceptsNonWords
    }

    /// Loads the file (`french_ending<TAB>english_ending[<TAB>word]`); guesses must be words of `vocabulary` when
    /// one is given, unless `acceptsNonWords` and the row is not marked `word`.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String, vocabulary: EnglishVocabulary? = nil, acceptsNonWords: Bool = false) throws {
        let table = try TSVTable(path: path, columns: 3, required: 2, keyColumns: 1)
        var endings: [Ending] = []
        for row in 0..<table.count {
            let mark = table.string(row: row, column: 2)
            guard mark.isEmpty || mark == "word" else {
                throw LexiconFormatError.badLine(file: path, line: table.line(of: row),
                                                 reason: "third column must be empty or `word`, found `\(mark)`")
            }
            endings.append(Ending(table.string(row: row, column: 0), table.string(row: row, column: 1),
                                  wordsOnly: mark == "word"))
        }
        self.init(endings: endings, vocabulary: vocabulary, acceptsNonWords: acceptsNonWords)
    }

    /// The English guess for a lower-case French word, or nil when no ending gives an English word.
    public func guess(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        var firstGuess: String?
        for (french, english, wordsOnly) in endings where scalars.count >= french.count + Self.minimumStem {
            guard scalars[(scalars.count - french.count)...].elementsEqual(french) else { continue }
            var stem = String.UnicodeScalarView()
            for scalar in scalars[..<(scalars.count - french.count)] {
                guard let plain = Self.unaccented(scalar) else { return nil }
                stem.append(plain)
            }
            guard let vocabulary else { return String(stem) + english }
            if firstGuess == nil, !wordsOnly { firstGuess = String(stem) + english }
            // French doubles the n of -ionnel, -ionniste, -ionnaire where English has one (perfectionnisme).
            for candidate in [String(stem), Self.singleN(stem)].compactMap({ $0 }) {
                let guess = candidate + english
                if vocabulary.contains(guess) { return guess }
            }
        }
        return acceptsNonWords ? firstGuess : nil
    }

    /// The stem with each "nn" written "n", or nil when it has none.
    private static func singleN(_ stem: String.UnicodeScalarView) -> String? {
        var result = String.UnicodeScalarView()
        var changed = false
        for scalar in stem {
            if scalar == "n", result.last == "n" { changed = true; continue }
            result.append(scalar)
        }
        return changed ? String(result) : nil
    }

    /// The scalar without its accent; nil for anything but a letter (hyphens, digits and apostrophes make
    /// a word no cognate).
    private static func unaccented(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "a"..."z": return scalar
        case "à", "â", "ä": return "a"
        case "é", "è", "ê", "ë": return "e"
        case "î", "ï": return "i"
        case "ô", "ö": return "o"
        case "ù", "û", "ü": return "u"
        case "ç": return "c"
        case "ÿ": return "y"
        default: return nil
        }
    }
}
