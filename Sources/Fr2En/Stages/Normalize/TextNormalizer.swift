// Licensed under the Apache License, Version 2.0.

/// Normalisation stage: cleans a decoded paragraph and renders it twice, once to show and once to analyse.
///
/// Input: `Paragraph` (valid UTF-8; decoding, BOM and invalid UTF-8 are `LineDecoder`'s job).
/// Output: `NormalizedParagraph` whose `display` and `analysis` have the same number of Unicode scalars and differ
/// only scalar for scalar, so an offset found in `analysis` is valid in `display`.
///
/// Both renderings:
/// - are in NFC (composed: `e` + U+0301 → `é`);
/// - lose C0 controls other than tab and line breaks, DEL, C1 controls other than NEL, and invisible format
///   characters: U+200B ZWSP, U+200C ZWNJ, U+2060 WORD JOINER, U+FEFF, U+00AD SOFT HYPHEN, bidi marks, embeddings,
///   overrides and isolates (U+200E/F, U+061C, U+202A–U+202E, U+2066–U+2069), plus U+180E, U+2061–U+2064,
///   U+206A–U+206F and U+FFF9–U+FFFB. Removal happens before composition, so `e` + ZWSP + U+0301 gives `é`;
/// - keep U+200D ZERO WIDTH JOINER only between two emoji (`👩‍💻` stays one pictogram instead of falling apart into
///   👩💻) and drop it everywhere else;
/// - are one line: LF, CR (alone or before LF), VT, FF, NEL, U+2028 and U+2029 are line breaks inside the
///   paragraph and become spaces, like tabs, so hard-wrapped text joins up. VT, FF and NEL are treated as breaks
///   rather than removed as controls so that the words on either side stay apart.
///
/// Whitespace (default options): every run of spaces, tabs, line breaks and typographic spaces (removed invisibles
/// inside it ignored) becomes one scalar, and whitespace at the start and end of the paragraph is dropped. Both
/// renderings are collapsed together, so they stay aligned. A part of a paragraph cut to bound memory
/// (`continues`) loses its trailing space too; writers join parts with one space.
///
/// No-break spaces, the deliberate choice: `display` keeps U+00A0, U+202F NARROW NO-BREAK SPACE, U+2007 FIGURE
/// SPACE and the other typographic spaces (U+2000–U+200A, U+205F, U+1680, U+3000), because French typography
/// needs them before `: ; ! ?`, inside `« »` and in `10 000`. A whitespace run that contains a typographic space
/// is represented by the first one (`mot \u{A0}:` → `mot\u{A0}:`), any other run by a plain space. `analysis`
/// sees every one of them as U+0020, so tokenising needs to know only one space.
/// `NormalizationOptions.typographicSpaces = .plain` writes plain spaces in `display` as well.
///
/// `display` otherwise keeps French typography as typed: guillemets, `’`, curly quotes, dashes, `…`. `analysis`
/// unifies, one scalar for one scalar, what matching should not have to care about:
/// - apostrophes ’ ‘ ‛ ʼ ´ ′ and the backquote (U+0060) → `'`;
/// - double quotes “ ” „ ‟ ″ → `"`; guillemets « » ‹ › stay as they are (the sentence splitter relies on them);
/// - U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN (word-internal: `peut‑être`) and U+2212 MINUS SIGN → `-`. En and
///   em dashes and U+2015 stay: they are punctuation (incises, dialogue, `1914–1918`) that later stages must not
///   mistake for a compound's hyphen;
/// - `…` stays one scalar (it cannot become `...` without breaking alignment).
///
/// Example: `"Il m’a dit\u{A0}:\r\n«\u{A0}C’est\u{200B} l’été\u{A0}!\u{A0}»"` gives
/// display `Il m’a dit\u{A0}: «\u{A0}C’est l’été\u{A0}!\u{A0}»` and analysis `Il m'a dit : « C'est l'été ! »`.
///
/// Normalising `display` again gives the same `display` (tested over generated strings).
///
/// - Complexity: O(n). Clean text (printable ASCII and Latin letters, single spaces) is recognised by one read-only
///   scan and returned as it is; other text takes one pass over the UTF-8 bytes writing both renderings
///   (`RenderingWriter`); when a rendering comes out equal to the input (or `analysis` to `display`), the existing
///   string is returned instead of a copy.
///   ICU's NFC quick check runs only if a scalar outside U+0000–U+02FF and U+2002–U+20CF occurs (in those ranges
///   every scalar is NFC-stable), and ICU normalises only when the quick check fails.
public struct TextNormalizer: Stage {
    public static let id = StageID.normalize

    public let options: NormalizationOptions

    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
    }

    /// - Throws: `ICUError` if ICU fails (it does not on valid text).
    public func process(_ paragraph: Paragraph) throws -> NormalizedParagraph {
        let (display, analysis) = try renderings(of: paragraph.text)
        return NormalizedParagraph(index: paragraph.index, firstLine: paragraph.firstLine, display: display,
                                   analysis: analysis, continues: paragraph.continues)
    }

    /// The `display` and `analysis` renderings of `text`.
    /// - Throws: `ICUError` if ICU fails.
    public func renderings(of text: String) throws -> (display: String, analysis: String) {
        if text.isEmpty { return ("", "") }
        var source = text
        let result = source.withUTF8 { bytes -> Rendering? in
            if RenderingWriter.leavesUnchanged(bytes, collapses: options.collapsesWhitespace) { return nil }
            return render(bytes)
        }
        guard let result else { return (text, text) }
        let display = result.display ?? text
        guard result.mayNeedNFC, try !ICUText.isNormalized(display, form: .nfc) else {
            return (display, result.analysis ?? display)
        }
        // Rendering is idempotent, so a second pass over the composed text leaves it as it is and derives the
        // matching `analysis`.
        var composed = try ICUText.normalize(display, form: .nfc)
        let again = composed.withUTF8 { render($0) }
        let composedDisplay = again.display ?? composed
        return (composedDisplay, again.analysis ?? composedDisplay)
    }

    /// The result of one rendering pass; nil fields mean "same as the input" (`display`) and "same as `display`"
    /// (`analysis`), which spares building and validating a new string for text that needs no change.
    private struct Rendering {
        var display: String?
        var analysis: String?
        var mayNeedNFC: Bool
    }

    /// Builds both renderings in one pass over the UTF-8 bytes (see `RenderingWriter`).
    private func render(_ input: UnsafeBufferPointer<UInt8>) -> Rendering {
        let count = input.count
        // Neither rendering is ever longer than the input: every rule keeps, drops or shortens a scalar.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * count) { buffer in
            let displayStart = buffer.baseAddress!, analysisStart = displayStart + count
            var writer = RenderingWriter(input: input, display: displayStart, analysis: analysisStart,
                                         options: options)
            writer.run()
            let displayBytes = UnsafeBufferPointer(start: displayStart, count: writer.displayCount)
            let display = displayBytes.hasSameBytes(as: input) ? nil : String(decoding: displayBytes, as: UTF8.self)
            let analysisBytes = UnsafeBufferPointer(start: analysisStart, count: writer.analysisCount)
            let analysis = writer.diverged ? String(decoding: analysisBytes, as: UTF8.self) : nil
            return Rendering(display: display, analysis: analysis, mayNeedNFC: writer.mayNeedNFC)
        }
    }
}
