// Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Fr2En

extension Fr2EnCommand {
    /// `fr2en segment`: normalisation and sentence splitting.
    struct Segment: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split French text into sentences: one per line, paragraphs separated by a blank line.",
            discussion: """
                Examples:
                  fr2en segment Corpus/fr/reference-article.txt
                  fr2en segment --format jsonl article.txt   # paragraph, sentence, character offsets
                Offsets count Unicode code points from the start of the normalised paragraph.
                """
        )

        @OptionGroup var input: InputOptions

        func run() async throws {
            let lexicons = try input.lexiconDirectory()
            let splitter = try SentenceSplitter(
                abbreviations: AbbreviationList.load(path: lexicons.file("fr.abbreviations.txt")))
            let pipeline = TranslationPipeline(normalizer: TextNormalizer(), splitter: splitter,
                                               translator: GlossaryTranslator(glossary: Glossary(entries: [])))
            let format = input.format
            try await InputRunner(options: input, mode: .paragraphs).run(
                transform: { paragraph in (paragraph, try pipeline.segment(paragraph)) }
            ) { item, layout, document, out in
                let (paragraph, sentences) = item
                switch format {
                case .text:
                    layout.append(lines: sentences.map(\.text), continues: paragraph.continues, to: &out)
                case .jsonl:
                    for sentence in sentences {
                        out += JSONValue.object([
                            ("document", .string(document)),
                            ("paragraph", .int(sentence.paragraph)),
                            ("sentence", .int(sentence.ordinal)),
                            ("start", .int(sentence.range.lowerBound)),
                            ("end", .int(sentence.range.upperBound)),
                            ("text", .string(sentence.text)),
                        ]).rendered + "\n"
                    }
                }
            }
        }
    }
}
