// Licensed under the Apache License, Version 2.0.

import Foundation
import Fr2En
import Testing

/// Properties of the whole translation pipeline over generated French (issue 6): translation is deterministic,
/// and every glossary term in the input appears in the output as the glossary says.
@Suite struct TranslationPropertyTests {
    static let lexicons = LexiconDirectory(path: LexiconDirectory.packageLexiconsPath)

    static let words = ["le", "la", "les", "un", "une", "des", "conseil", "maison", "ville", "a", "voté", "budget",
                        "habitants", "ont", "demandé", "nouvelle", "bibliothèque", "il", "elle", "ne", "pas", "plus",
                        "très", "grand", "petite", "dans", "pour", "avec", "sur", "l'été", "aujourd'hui", "Paris",
                        "Marie", "est", "sont", "été", "fait", "dit-il", "3,5", "1 000", "%", "12", "qu'il"]
    static let marks = [".", ",", ";", ":", "!", "?", "…", "« ", " »", " (", ")", " —"]

    static func paragraph(using random: inout SeededGenerator) -> String {
        var text = ""
        for index in 0..<Int.random(in: 1...40, using: &random) {
            if index > 0 { text += " " }
            text += words.randomElement(using: &random)!
            if Int.random(in: 0..<6, using: &random) == 0 { text += marks.randomElement(using: &random)! }
        }
        return text
    }

    @Test func translationIsDeterministic() async throws {
        let first = try TranslationPipeline.standard(lexicons: Self.lexicons)
        let second = try TranslationPipeline.standard(lexicons: Self.lexicons)
        var random = SeededGenerator(state: 0x6_2024)
        let paragraphs = (0..<150).map { Paragraph(index: $0, text: Self.paragraph(using: &random)) }
        let once = try paragraphs.map { try first.translate($0) }
        // The same pipeline again, in reverse order, a second pipeline, and several tasks at once.
        let reversed = try paragraphs.reversed().map { try first.translate($0) }.reversed()
        let other = try paragraphs.map { try second.translate($0) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, TranslatedParagraph).self) { group in
            for paragraph in paragraphs { group.addTask { (paragraph.index, try first.translate(paragraph)) } }
            var result: [Int: TranslatedParagraph] = [:]
            for try await (index, translated) in group { result[index] = translated }
            return paragraphs.map { result[$0.index]! }
        }
        #expect(Array(reversed) == once)
        #expect(other == once)
        #expect(concurrent == once)
    }

    /// A user glossary whose terms are inserted into generated French between ordinary words.
    static let glossary: [(term: String, english: String)] = [
        ("conseil municipal", "city council"), ("Banque centrale européenne", "European Central Bank"),
        ("OCS", "SCO"), ("porte-parole", "spokesperson"), ("projet de loi", "bill"),
        ("Assemblée nationale", "National Assembly"), ("garde à vue", "police custody"),
    ]

    @Test func everyGlossaryTermInTheInputAppearsAsTheGlossarySays() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fr2en-terms-\(UUID()).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.glossary.map { "\($0.term)\t\($0.english)\n" }.joined().write(to: file, atomically: true,
                                                                                encoding: .utf8)
        let pipeline = try TranslationPipeline.standard(lexicons: Self.lexicons, userGlossaries: [file.path])
        var random = SeededGenerator(state: 0x7E4_1)
        for index in 0..<150 {
            var text = Self.paragraph(using: &random)
            let chosen = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                Self.glossary.randomElement(using: &random)!
            }
            // Terms go between words: "… la <term> pour …", so no term is glued to a neighbour.
            for term in chosen { text += " la \(term.term) pour " + Self.paragraph(using: &random) }
            let english = try pipeline.translate(Paragraph(index: index, text: text)).english
            for term in chosen {
                let capitalised = term.english.prefix(1).uppercased() + term.english.dropFirst()
                #expect(english.contains(term.english) || english.contains(capitalised),
                        "\(term.term) → \(term.english) missing from \(english) (source: \(text))")
            }
        }
    }
}
