// Licensed under the Apache License, Version 2.0.

/// Choices `TextNormalizer` leaves to its caller; the defaults are what the pipeline and the CLI use.
///
/// Only `display` is affected: `analysis` always sees plain spaces, so matching and splitting behave the same
/// whatever is chosen here.
public struct NormalizationOptions: Sendable, Hashable {
    /// What `display` does with no-break and other typographic spaces (U+00A0, U+202F, U+2007, U+2000–U+200A,
    /// U+205F, U+1680, U+3000).
    public enum TypographicSpaces: Sendable, Hashable {
        /// Keep them: French typography (`Il a dit\u{A0}: «\u{A0}oui\u{A0}»`, `10\u{202F}000`) survives.
        case keep
        /// Write each as a plain U+0020 space.
        case plain
    }

    /// Default `.keep`.
    public var typographicSpaces: TypographicSpaces
    /// When true (the default), every run of whitespace inside a paragraph becomes one scalar and whitespace at
    /// the paragraph's ends is dropped. When false, each whitespace scalar maps to one space on its own (a CR
    /// directly before LF is still dropped) and nothing is trimmed, so scalar positions stay close to the input.
    public var collapsesWhitespace: Bool

    public init(typographicSpaces: TypographicSpaces = .keep, collapsesWhitespace: Bool = true) {
        self.typographicSpaces = typographicSpaces
        self.collapsesWhitespace = collapsesWhitespace
    }
}
