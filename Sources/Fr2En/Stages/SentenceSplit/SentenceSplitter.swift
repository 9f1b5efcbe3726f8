// Licensed under the Apache License, Version 2.0.

/// Sentence splitting stage (PLACEHOLDER until the splitter lands): one sentence per paragraph.
public struct SentenceSplitter: Stage {
    public static let id = StageID.split
    public init(abbreviations: AbbreviationList) throws {}
    public func process(_ paragraph: NormalizedParagraph) throws -> [Sentence] {
        let count = paragraph.display.unicodeScalars.count
        if count == 0 { return [] }
        return [Sentence(paragraph: paragraph.index, ordinal: 0, range: 0..<count, text: paragraph.display,
                         analysis: paragraph.analysis)]
    }
}

/// PLACEHOLDER.
public struct AbbreviationList: Sendable {
    public init() {}
}
extension AbbreviationList {
    public static func load(path: String) throws -> AbbreviationList { AbbreviationList() }
}
