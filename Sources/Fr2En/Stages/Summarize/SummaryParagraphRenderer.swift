// Licensed under the Apache License, Version 2.0.

/// Joins extracted sentences into one readable paragraph.
///
/// Sentences taken out of context can carry half of a quotation: an opening mark whose closing mark is in a
/// sentence that was not chosen, or the reverse. The renderer drops such unmatched marks (straight double quotes,
/// « », “ ”), collapses every run of spaces, tabs and line breaks to one space, and joins the sentences with
/// single spaces. Example: `"Nous viendrons.` + `Il partit. »` → `Nous viendrons. Il partit.`
public enum SummaryParagraphRenderer {
    public static func render(_ sentences: [String]) -> String {
        sentences.map { collapseSpaces(dropUnmatchedQuotes(Array($0.unicodeScalars))) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Which quotation marks pair up: the index of every mark that has no partner.
    static func unmatchedQuotes(_ scalars: [Unicode.Scalar]) -> Set<Int> {
        var unmatched = Set<Int>()
        var openStraight: Int?
        var openGuillemets: [Int] = []
        var openCurly: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\"":
                if openStraight != nil {
                    openStraight = nil
                } else if isOpening(scalars, at: index) {
                    openStraight = index
                } else {
                    unmatched.insert(index)
                }
            case "«": openGuillemets.append(index)
            case "»": if openGuillemets.popLast() == nil { unmatched.insert(index) }
            case "\u{201C}": openCurly.append(index)
            case "\u{201D}": if openCurly.popLast() == nil { unmatched.insert(index) }
            default: break
            }
        }
        if let open = openStraight { unmatched.insert(open) }
        unmatched.formUnion(openGuillemets)
        unmatched.formUnion(openCurly)
        return unmatched
    }

    /// A straight quote opens when nothing but a space or an opening bracket comes before it and a non-space
    /// follows it.
    private static func isOpening(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        let openContext = ScalarClass.isWhitespace(before) || before == "(" || before == "["
        return openContext && !ScalarClass.isWhitespace(after)
    }

    static func dropUnmatchedQuotes(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let unmatched = unmatchedQuotes(scalars)
        guard !unmatched.isEmpty else { return scalars }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var skipSpace = false
        for (index, scalar) in scalars.enumerated() {
            if unmatched.contains(index) {
                // An opening mark takes the space after it with it; a closing mark the space before it.
                if scalar == "\"" ? isOpening(scalars, at: index) : (scalar == "«" || scalar == "\u{201C}") {
                    skipSpace = true
                } else {
                    while let last = out.last, ScalarClass.isWhitespace(last) { out.removeLast() }
                }
                continue
            }
            if skipSpace, ScalarClass.isWhitespace(scalar) { continue }
            skipSpace = false
            out.append(scalar)
        }
        return out
    }

    /// Collapses runs of ASCII whitespace and line breaks to one space and trims the ends; no-break spaces
    /// (French typography) are kept.
    static func collapseSpaces(_ scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            let isBreakable = ScalarClass.isWhitespace(scalar) && scalar != "\u{00A0}" && scalar != "\u{202F}"
            if isBreakable {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }
}
