// Licensed under the Apache License, Version 2.0.

/// Guesses the English cognate of a French word no lexicon knows from its ending (`fr-en.cognates.tsv`:
/// `french_ending<TAB>english_ending`): `dérégulation` → "deregulation", `positivité` → "positivity",
/// `virtualisation` → "virtualization". The stem loses its accents; the longest matching ending wins; a word
/// that matches no ending gets no guess (it is copied through as it is).
public struct CognateRules: Sendable {
    /// (French ending as scalars, English ending), longest French ending first.
    private let endings: [(french: [Unicode.Scalar], english: String)]
    /// The shortest stem a guess keeps (shorter words are too ambiguous to guess).
    private static let minimumStem = 3

    public init(_ endings: [(String, String)] = []) {
        self.endings = endings.map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.french.count > $1.french.count }
    }

    /// Loads the file.
    /// - Throws: `LexiconFormatError` naming the file and line.
    public init(path: String) throws {
        let table = try TSVTable(path: path, columns: 2, keyColumns: 1)
        var endings: [(String, String)] = []
        for row in 0..<table.count {
            endings.append((table.string(row: row, column: 0), table.string(row: row, column: 1)))
        }
        self.init(endings)
    }

    /// The English guess for a lower-case French word, or nil when no ending matches.
    public func guess(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        for (french, english) in endings where scalars.count >= french.count + Self.minimumStem {
            guard scalars[(scalars.count - french.count)...].elementsEqual(french) else { continue }
            var stem = String.UnicodeScalarView()
            for scalar in scalars[..<(scalars.count - french.count)] {
                guard let plain = Self.unaccented(scalar) else { return nil }
                stem.append(plain)
            }
            return String(stem) + english
        }
        return nil
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
