// Licensed under the Apache License, Version 2.0.

/// Glossary stage (PLACEHOLDER until the glossary lands): passes text through.
public struct GlossaryTranslator: Stage {
    public static let id = StageID.glossary
    public init(glossary: Glossary) {}
    public func process(_ sentence: Sentence) throws -> TranslatedSentence {
        TranslatedSentence(source: sentence, segments: [.passthrough(sentence.text)])
    }
}

/// PLACEHOLDER.
public struct Glossary: Sendable {
    public init(entries: [GlossaryEntry]) {}
}
extension Glossary {
    public static func load(builtIn: String, user: [String]) throws -> Glossary { Glossary(entries: []) }
}
