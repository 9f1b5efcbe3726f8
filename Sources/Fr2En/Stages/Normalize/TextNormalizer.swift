// Licensed under the Apache License, Version 2.0.

/// Normalisation stage (PLACEHOLDER until the normaliser lands): NFC only.
public struct TextNormalizer: Stage {
    public static let id = StageID.normalize
    public init() {}
    public func process(_ paragraph: Paragraph) throws -> NormalizedParagraph {
        NormalizedParagraph(index: paragraph.index, firstLine: paragraph.firstLine, display: paragraph.text,
                            analysis: paragraph.text, continues: paragraph.continues)
    }
}
