// Licensed under the Apache License, Version 2.0.

/// Finds a news dateline at the start of a sentence ("PARIS (AFP) - ", "LONDRES, 3 mai (Reuters) — ") so that
/// it can be left out of scoring: it names the agency and place, not the news.
///
/// A dateline is a prefix of at most `maxCharacters` characters and six words, ended by a dash between spaces
/// (-, – or —), that is either written in capitals ("PARIS -") or starts with a capital and ends with a
/// parenthesised source after a single word or a comma-separated place and date ("Paris (AFP) -",
/// "Paris, 3 mai (AFP) -"; not "Les Bleus (France) -").
public struct DatelineDetector: Sendable, Hashable {
    public let maxCharacters: Int

    public init(maxCharacters: Int) {
        self.maxCharacters = maxCharacters
    }

    /// How many leading scalars of `scalars` form a dateline and its dash (0 when there is none).
    public func prefixLength(_ scalars: [Unicode.Scalar]) -> Int {
        let limit = min(scalars.count - 1, maxCharacters)
        guard limit > 2 else { return 0 }
        for index in 1..<limit where Self.isDash(scalars[index]) {
            guard scalars[index - 1] == " ", scalars[index + 1] == " " else { continue }
            return isDateline(scalars[0..<(index - 1)]) ? index + 2 : 0
        }
        return 0
    }

    private func isDateline(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = prefix.first, first.properties.isUppercase else { return false }
        let words = prefix.split(separator: " ").count
        guard words <= 6 else { return false }
        var depth = 0
        var letters = 0
        var lowercaseOutside = false
        for scalar in prefix {
            switch scalar {
            case "(": depth += 1
            case ")": depth -= 1
            default:
                guard scalar.properties.isAlphabetic else { continue }
                letters += 1
                if depth == 0, scalar.properties.isLowercase { lowercaseOutside = true }
            }
        }
        guard letters >= 2 else { return false }
        if !lowercaseOutside { return true }
        guard prefix.last == ")", let open = prefix.firstIndex(of: "(") else { return false }
        let place = prefix[prefix.startIndex..<open]
        return place.contains(",") || place.split(separator: " ").count == 1
    }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}"
    }
}
