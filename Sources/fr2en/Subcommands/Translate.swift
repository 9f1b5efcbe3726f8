// Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Fr2En

extension Fr2EnCommand {
    /// `fr2en translate`: the whole translation pipeline.
    struct Translate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Translate French text to English, keeping paragraphs.",
            discussion: """
                Examples:
                  fr2en translate Corpus/fr/reference-article.txt
                  fr2en translate --glossary my-terms.tsv article.txt
                  fr2en translate --line-mode < sentences.fr > sentences.en   # one output line per input line
                  fr2en translate --format jsonl article.txt   # per sentence, with the glossary terms matched
                """
        )

        @OptionGroup var input: InputOptions
        @OptionGroup var glossary: GlossaryOptions

        @Flag(help: ArgumentHelp(
            "Treat every input line as one segment and write exactly one output line per input line.",
            discussion: "Each line is translated on its own: a pronoun takes no referent from another line."))
        var lineMode = false

        @Flag(help: "Mark French words copied through untranslated as *word.")
        var markUnknown = false

        @Option(help: "How many batches of paragraphs to translate at once; output order is kept. (default: the number of processors)")
        var jobs: Int?

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        }

        @Flag(help: "After each document's translation, print its summary: a paragraph of its most informative sentences.")
        var summary = false

        func run() async throws {
            let pipeline = try TranslationPipeline.standard(lexicons: input.lexiconDirectory(),
                                                            userGlossaries: glossary.glossaries,
                                                            translation: .init(markUnknown: markUnknown))
            let format = input.format
            var summaries = summary
                ? try TranslationSummaryCollector(lexicons: input.lexiconDirectory(), format: format) : nil
            defer { if let last = summaries?.finish(), !last.isEmpty { try? OutputSink.standardOutput.write(last) } }
            try await InputRunner(options: input, mode: lineMode ? .lines : .paragraphs,
                                  workers: jobs ?? ProcessorCount.online).run(
                transform: pipeline.translate
            ) { paragraph, layout, document, out in
                if let previousSummary = summaries?.add(paragraph, document: document) { out += previousSummary }
                switch format {
                case .text:
                    layout.append(paragraph.english, continues: paragraph.continues, to: &out)
                case .jsonl:
                    for sentence in paragraph.sentences {
                        out += Self.record(sentence, document: document).rendered + "\n"
                    }
                }
            }
        }

        static func record(_ sentence: TranslatedSentence, document: String) -> JSONValue {
            .object([
                ("document", .string(document)),
                ("paragraph", .int(sentence.source.paragraph)),
                ("sentence", .int(sentence.source.ordinal)),
                ("source", .string(sentence.source.text)),
                ("target", .string(sentence.english)),
                ("unknown", .array(sentence.unknownWords.map { .string($0) })),
                ("untranslated", sentence.untranslated.map { .string($0.rawValue) } ?? .null),
                ("terms", .array(sentence.glossaryMatches.map { match in
                    .object([
                        ("fr", .string(match.matchedText)),
                        ("term", .string(match.entry.term)),
                        ("en", .string(match.target)),
                        ("start", .int(match.range.lowerBound)),
                        ("end", .int(match.range.upperBound)),
                        ("glossary", .string(match.entry.origin.file)),
                        ("line", .int(match.entry.origin.line)),
                    ])
                })),
            ])
        }
    }
}
