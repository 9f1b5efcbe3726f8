// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Sentence splitting stage: ICU's French sentence boundaries, repaired for French typography and abbreviations.
///
/// Input: `NormalizedParagraph`. Output: `[Sentence]`, in order, covering every non-whitespace scalar of the
/// paragraph exactly once (the sentences, with the whitespace between them, give the paragraph back). `range` counts
/// Unicode scalars, `text` comes from `display` and `analysis` from `analysis`.
///
/// Boundaries are computed on `analysis` (plain spaces, unified quotes), so they hold for `display` too:
/// 1. ICU's sentence break iterator for `fr@ss=standard` proposes boundaries; line breaks inside the paragraph
///    count as spaces (hard-wrapped text), so a paragraph without final punctuation, such as a title, is one
///    sentence. ICU runs only when a decision depends on its verdict: the places it can break are known from the
///    Unicode sentence rules (`ICUBoundaryCandidates`), and most decisions do not depend on it (a period before a
///    capital ends a sentence unless an abbreviation or an initial precedes it, whatever ICU says), so ordinary
///    prose is split without ICU, with exactly the result ICU would give (`LazyICUBoundaries`, tested against
///    ICU on every paragraph);
/// 2. `SentenceBoundaryRepair` decides (rules and reasons there): boundaries move past closing guillemets
///    (`« Non ! » Ensuite…` splits after `»`, where ICU splits before it), a lowercase continuation stays in the
///    sentence (`« Non ! » dit-il`), abbreviations from `Lexicons/fr.abbreviations.txt` (`Dr.`, `p. ex.`) and
///    initials (`J.-P. Sartre`) do not end sentences, `…` does before a capital, URLs and e-mail addresses stay
///    whole, and ICU's over-eager suppressions (`travaux. Les` kept together) are undone.
///
/// `etc.` (kind `may-end`) ends the sentence when an uppercase word follows: `…des poires, etc. Nous avons…`
/// splits, `…etc. et des pommes` does not. A proper noun after `etc.` is split off too; that is the price of the
/// usual case.
///
/// ```
/// « Non ! » Ensuite, M. Dupont est parti… Il reviendra, etc. Fin.
/// → « Non ! »  |  Ensuite, M. Dupont est parti…  |  Il reviendra, etc.  |  Fin.
/// ```
///
/// - Complexity: linear in the paragraph: one scan of the UTF-8 for terminators (`TerminatorScan`), at most one
///   ICU call, one pass each to turn the boundaries into scalar offsets and `display` offsets.
public struct SentenceSplitter: Stage {
    public static let id = StageID.split

    /// The ICU locale whose sentence rules and abbreviation suppressions are used.
    public static let icuLocale = "fr@ss=standard"

    public let abbreviations: AbbreviationList
    private let breaker: ICUSentenceBreaker
    private let repair: SentenceBoundaryRepair
    private let candidates: ICUBoundaryCandidates

    /// - Throws: `ICUError` if ICU cannot open its French sentence rules.
    public init(abbreviations: AbbreviationList) throws {
        self.abbreviations = abbreviations
        self.breaker = try ICUSentenceBreaker(locale: Self.icuLocale)
        self.repair = SentenceBoundaryRepair(abbreviations: abbreviations)
        self.candidates = ICUBoundaryCandidates(classes: try SentenceBreakClasses())
    }

    /// - Throws: `ICUError` if ICU fails (it does not on valid text).
    public func process(_ paragraph: NormalizedParagraph) throws -> [Sentence] {
        let analysis = paragraph.analysis
        var display = paragraph.display
        var analysisCopy = analysis
        return try analysisCopy.withUTF8 { analysisBytes -> [Sentence] in
            let byteRanges = try ranges(of: analysis, bytes: analysisBytes)
            if byteRanges.isEmpty { return [] }
            var byteOffsets: [Int] = []
            byteOffsets.reserveCapacity(byteRanges.count * 2)
            for range in byteRanges {
                byteOffsets.append(range.lowerBound)
                byteOffsets.append(range.upperBound)
            }
            let scalarOffsets = UTF8ScalarMapping.scalarOffsets(ofByteOffsets: byteOffsets, in: analysisBytes)
            let analyses = UTF8ScalarMapping.slices(of: analysis, bytes: analysisBytes, byteRanges: byteRanges)
            let texts = display.withUTF8 { displayBytes -> [String] in
                if displayBytes.count == analysisBytes.count
                    && memcmp(displayBytes.baseAddress!, analysisBytes.baseAddress!, displayBytes.count) == 0
                {
                    return analyses
                }
                let displayOffsets = UTF8ScalarMapping.byteOffsets(ofScalarOffsets: scalarOffsets, in: displayBytes)
                var displayRanges: [Range<Int>] = []
                displayRanges.reserveCapacity(byteRanges.count)
                for k in byteRanges.indices { displayRanges.append(displayOffsets[2 * k]..<displayOffsets[2 * k + 1]) }
                return UTF8ScalarMapping.slices(of: paragraph.display, bytes: displayBytes, byteRanges: displayRanges)
            }
            var sentences: [Sentence] = []
            sentences.reserveCapacity(byteRanges.count)
            for ordinal in byteRanges.indices {
                sentences.append(Sentence(paragraph: paragraph.index, ordinal: ordinal,
                                          range: scalarOffsets[2 * ordinal]..<scalarOffsets[2 * ordinal + 1],
                                          text: texts[ordinal], analysis: analyses[ordinal]))
            }
            return sentences
        }
    }

    /// The whitespace-trimmed scalar ranges of the sentences of `analysis`.
    /// - Throws: `ICUError` if ICU fails.
    public func sentenceRanges(of analysis: String) throws -> [Range<Int>] {
        var copy = analysis
        return try copy.withUTF8 { bytes in
            let byteRanges = try ranges(of: analysis, bytes: bytes)
            let offsets = UTF8ScalarMapping.scalarOffsets(
                ofByteOffsets: byteRanges.flatMap { [$0.lowerBound, $0.upperBound] }, in: bytes)
            return byteRanges.indices.map { offsets[2 * $0]..<offsets[2 * $0 + 1] }
        }
    }

    /// The whitespace-trimmed byte ranges of the sentences of `analysis`, whose UTF-8 is `bytes`.
    /// - Parameter icuOnDemand: false runs ICU on every paragraph (the reference the tests compare with).
    func ranges(of analysis: String, bytes: UnsafeBufferPointer<UInt8>, icuOnDemand: Bool = true) throws
        -> [Range<Int>]
    {
        if bytes.isEmpty { return [] }
        let text = UTF8Scalars(bytes: bytes)
        let scan = TerminatorScan(text, classes: candidates.classes)
        var computed: [Int]? = nil
        if icuOnDemand && !scan.hasRareBreak {
            // Ordinary text: ICU runs only if a decision depends on its verdict (see `LazyICUBoundaries`).
            let possible = candidates.offsets(in: text, terminators: scan.positions)
            let icu = LazyICUBoundaries(candidates: possible) { [breaker] in try breaker.boundaries(in: analysis) }
            let ranges = repair.sentenceRanges(text, terminators: scan.positions, icuCandidates: possible, icu: icu)
            if let error = icu.error { throw error }
            if !icu.missedBoundary { return ranges }
            computed = icu.boundaries  // ICU broke outside the candidates: use its boundaries as they are
        }
        var icuEnds = try computed ?? breaker.boundaries(in: analysis)
        if icuEnds.contains(where: { Self.followsLineBreak($0, in: bytes) }),
           let unwrapped = UTF8ScalarMapping.replacingLineBreaks(in: bytes)
        {
            // Rare (the normaliser makes paragraphs one line): ICU ended sentences at line breaks, which inside a
            // paragraph are soft wraps. Break again with the line breaks as spaces.
            icuEnds = try breaker.boundaries(in: unwrapped)
        }
        return repair.sentenceRanges(text, terminators: scan.positions, icuStarts: icuEnds)
    }

    /// True when the byte before `offset` ends a line break that ICU treats as a paragraph separator (CR, LF, NEL,
    /// U+2028, U+2029).
    private static func followsLineBreak(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset > 0, offset < bytes.count else { return false }
        switch bytes[offset - 1] {
        case 0x0A, 0x0D: return true
        case 0x85: return offset >= 2 && bytes[offset - 2] == 0xC2
        case 0xA8, 0xA9: return offset >= 3 && bytes[offset - 3] == 0xE2 && bytes[offset - 2] == 0x80
        default: return false
        }
    }
}
