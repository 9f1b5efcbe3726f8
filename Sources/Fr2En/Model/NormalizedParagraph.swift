// Licensed under the Apache License, Version 2.0.

/// A paragraph after normalisation, in two aligned renderings.
///
/// `display` is what fr2en writes back to the user (NFC, controls removed, French typography kept);
/// `analysis` is what matching and splitting look at (typographic apostrophes and quotes unified, no-break
/// spaces as plain spaces). Both have the same number of Unicode scalars and differ only scalar-for-scalar,
/// so an offset found in `analysis` is valid in `display`.
public struct NormalizedParagraph: Sendable, Hashable {
    public var index: Int
    public var firstLine: Int
    public var display: String
    public var analysis: String
    /// Carried over from `Paragraph.continues`.
    public var continues: Bool

    public init(index: Int, firstLine: Int = 1, display: String, analysis: String, continues: Bool = false) {
        assert(display.unicodeScalars.count == analysis.unicodeScalars.count,
                     "display and analysis renderings must align scalar for scalar")
        self.index = index
        self.firstLine = firstLine
        self.display = display
        self.analysis = analysis
        self.continues = continues
    }
}
