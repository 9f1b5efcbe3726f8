// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En

/// Shared helpers of the sentence-translator tests.
enum TranslateFixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtureFolder = testsFolder.appendingPathComponent("Fixtures/translate")
    static let emptyFile = fixtureFolder.appendingPathComponent("empty.tsv").path

    /// The shipped lexicons, loaded once for all tests (immutable).
    private static let shipped: Result<TranslationLexicons, any Error> = Result {
        try TranslationLexicons.load(from: LexiconDirectory(path: repositoryRoot.appendingPathComponent("Lexicons").path))
    }

    static func shippedLexicons() throws -> TranslationLexicons { try shipped.get() }

    static func shippedTranslator(markUnknown: Bool = false) throws -> SentenceTranslator {
        SentenceTranslator(lexicons: try shippedLexicons(), options: .init(markUnknown: markUnknown))
    }

    /// The English of one French sentence with the shipped lexicons.
    static func english(_ french: String) throws -> String {
        try shippedTranslator().process(TranslatedSentence(source: sentence(french), segments: [.passthrough(french)])).english
    }

    /// The small hand-made generated-data stand-ins of `Fixtures/translate/` (morphology, bilingual, inflection,
    /// names) with the shipped hand-written rule files.
    static func fixtureLexicons() throws -> TranslationLexicons {
        try TranslationLexicons.load { name in
            let fixture = fixtureFolder.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: fixture) { return fixture }
            return repositoryRoot.appendingPathComponent("Lexicons/" + name).path
        }
    }

    static func sentence(_ text: String) -> Sentence {
        Sentence(paragraph: 0, ordinal: 0, range: 0..<text.unicodeScalars.count, text: text, analysis: text)
    }
}
