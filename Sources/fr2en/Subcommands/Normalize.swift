// Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Fr2En

extension Fr2EnCommand {
    /// `fr2en normalize`: the normalisation stage alone.
    struct Normalize: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Normalise French text (NFC, controls and zero-width characters removed), paragraph by paragraph.",
            discussion: """
                Examples:
                  fr2en normalize article.txt
                  fr2en normalize --format jsonl < article.txt   # display and analysis forms side by side
                """
        )

        @OptionGroup var input: InputOptions

        func run() async throws {
            let normalizer = TextNormalizer()
            let format = input.format
            try await InputRunner(options: input, mode: .paragraphs).run(transform: normalizer.process) {
                paragraph, layout, document, out in
                switch format {
                case .text:
                    layout.append(paragraph.display, continues: paragraph.continues, to: &out)
                case .jsonl:
                    out += JSONValue.object([
                        ("document", .string(document)),
                        ("paragraph", .int(paragraph.index)),
                        ("line", .int(paragraph.firstLine)),
                        ("text", .string(paragraph.display)),
                        ("analysis", .string(paragraph.analysis)),
                    ]).rendered + "\n"
                }
            }
        }
    }
}
