// Licensed under the Apache License, Version 2.0.

/// Cuts sentences longer than a maximum into pieces at safe points, so that every segment the translator sees has a
/// bounded length and nothing is rejected or dropped.
///
/// Input: the sentences of one paragraph, as `SentenceSplitter` makes them.
/// Output: the same text, with each sentence over `maxScalars` Unicode scalars cut into consecutive pieces of at most
/// `maxScalars` scalars; ordinals are renumbered in paragraph order. Shorter sentences pass through unchanged.
///
/// Scraped pages, tables, lists and logs produce "sentences" with no sentence punctuation that run for thousands of
/// words. Translating one of them as a single segment gives unreadable output and makes the per-sentence work
/// (tagging, transfer, glossary scan) grow with the whole run, so such runs are cut instead. Where to cut, searched
/// backwards from the limit within the last half of the window, in order of preference:
/// 1. whitespace right after a clause mark (`,` `;` `:` `)` `»` …), so clauses stay whole;
/// 2. any whitespace, so words stay whole;
/// 3. right after any punctuation (a run like `a,b,c,…` or `x/y/z/…`);
/// 4. any scalar boundary not followed by a combining mark or joiner (a single 10,000-letter "word").
/// Whitespace at a cut is left between the pieces, so each piece's range is trimmed as the splitter's are, and
/// `text`/`analysis` are the display and analysis scalars of that range.
///
/// ```
/// SegmentLengthLimit(maxScalars: 20).process(sentences of "un deux trois, quatre cinq six sept huit")
/// // → "un deux trois," · "quatre cinq six sept" · "huit"
/// ```
/// - Complexity: O(n) in the scalars of the sentences that are cut; O(1) per sentence otherwise.
public struct SegmentLengthLimit: Stage {
    public static let id = StageID.split

    /// The default maximum, in Unicode scalars: 2,000 (about 300 French words). The longest sentence of the French
    /// articles in `Corpus/fr` has about 300 scalars, so real prose is never cut, only runs without sentence
    /// punctuation (tables, lists, scraped navigation), and the translator's work per segment stays bounded.
    public static let defaultMaxScalars = 2_000

    /// The longest segment let through, in Unicode scalars (at least 16, so that a safe point can be found).
    public let maxScalars: Int

    public init(maxScalars: Int = SegmentLengthLimit.defaultMaxScalars) {
        precondition(maxScalars >= 16, "SegmentLengthLimit needs a maximum of at least 16 scalars")
        self.maxScalars = maxScalars
    }

    public func process(_ sentences: [Sentence]) -> [Sentence] {
        guard sentences.contains(where: { $0.range.count > maxScalars }) else { return sentences }
        var result: [Sentence] = []
        result.reserveCapacity(sentences.count + 1)
        for sentence in sentences {
            if sentence.range.count <= maxScalars {
                result.append(sentence)
            } else {
                result += cut(sentence)
            }
        }
        for index in result.indices { result[index].ordinal = index }
        return result
    }

    /// The pieces of one over-long sentence.
    private func cut(_ sentence: Sentence) -> [Sentence] {
        let display = Array(sentence.text.unicodeScalars)
        let analysis = Array(sentence.analysis.unicodeScalars)
        // Both renderings have the same number of scalars; if a caller broke that, cut on the display text alone.
        let scan = analysis.count == display.count ? analysis : display
        var pieces: [Sentence] = []
        var start = 0
        while start < scan.count {
            while start < scan.count, Self.isWhitespace(scan[start]) { start += 1 }
            if start == scan.count { break }
            var end = scan.count
            if end - start > maxScalars { end = cutPoint(in: scan, from: start) }
            var trimmed = end
            while trimmed > start, Self.isWhitespace(scan[trimmed - 1]) { trimmed -= 1 }
            pieces.append(Sentence(
                paragraph: sentence.paragraph, ordinal: sentence.ordinal,
                range: (sentence.range.lowerBound + start)..<(sentence.range.lowerBound + trimmed),
                text: String(String.UnicodeScalarView(display[start..<trimmed])),
                analysis: String(String.UnicodeScalarView(scan[start..<trimmed]))))
            start = end
        }
        return pieces
    }

    /// Where the piece starting at `start` ends: an offset in `start + maxScalars / 2 ... start + maxScalars`.
    private func cutPoint(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        let limit = start + maxScalars
        let floor = start + maxScalars / 2
        // 1. Whitespace after a clause mark; 2. any whitespace (the cut is at the whitespace, which gets trimmed).
        var whitespace: Int?
        var offset = limit
        while offset > floor {
            if Self.isWhitespace(scalars[offset]) {
                if Self.isClauseMark(scalars[offset - 1]) { return offset }
                if whitespace == nil { whitespace = offset }
            }
            offset -= 1
        }
        if let whitespace { return whitespace }
        // 3. Right after punctuation.
        offset = limit
        while offset > floor {
            if Self.isPunctuation(scalars[offset - 1]), !Self.continuesCluster(scalars[offset]) { return offset }
            offset -= 1
        }
        // 4. Any boundary that does not separate a base from its combining marks.
        offset = limit
        while offset > floor {
            if !Self.continuesCluster(scalars[offset]) { return offset }
            offset -= 1
        }
        return limit
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", ")", "]", "}", "»", "\u{201D}", "\u{2014}", "\u{2013}": true
        default: false
        }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol:
            true
        default:
            false
        }
    }

    /// Whether `scalar` belongs to the grapheme cluster before it (combining marks, joiners, variation selectors).
    private static func continuesCluster(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar == "\u{200D}" || scalar == "\u{200C}" || scalar.properties.isVariationSelector
        }
    }
}
