// Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Fr2En

extension Fr2EnCommand {
    /// `fr2en summarize`: one-paragraph extractive summaries, chosen on the source side and then translated.
    struct Summarize: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise each document in one paragraph: its most informative sentences, in English.",
            discussion: """
                Each file is one document (standard input is one document). Sentences are scored in the input \
                language (position, centrality, similarity to the title and the lead, length, content, quotes; \
                weights from Lexicons/<lang>.summary.weights.tsv), chosen with redundancy removal, and only the \
                chosen ones are translated; the summary keeps document order.

                Examples:
                  fr2en summarize Corpus/fr/reference-article.txt
                  fr2en summarize --sentences 2 --output-language fr article.txt   # the chosen French sentences
                  fr2en summarize --input-language en --words 60 story.txt
                  fr2en summarize --format jsonl article.txt   # each chosen sentence with its score and parts
                  fr2en summarize --jsonl-input data.jsonl --input-language en > summaries.jsonl

                --jsonl-input reads records {"id", "text", optional "title", optional "sentences" or "words" \
                budget} (paragraphs of "text" separated by line breaks) and writes {"id", "summary", "sentences", \
                "indices"} per record, for evaluation (scripts/evaluate-summaries).
                """
        )

        @OptionGroup var input: InputOptions
        @OptionGroup var glossary: GlossaryOptions

        @Option(help: ArgumentHelp("Summary length in sentences (default 3).", valueName: "n"))
        var sentences: Int?

        @Option(help: ArgumentHelp("Summary length in words (counted in the input language).", valueName: "n"))
        var words: Int?

        @Option(help: "Language of the input: fr or en (English is summarised as is, without translation).")
        var inputLanguage: SummaryLanguage = .fr

        @Option(help: "Language of the summary: en, or fr for the chosen French sentences of French input.")
        var outputLanguage: SummaryLanguage = .en

        @Option(help: ArgumentHelp("Evaluation mode: summarise every record of a JSON Lines file.",
                                   valueName: "file"))
        var jsonlInput: String?

        @Flag(help: .hidden)
        var dumpFeatures = false

        @Option(help: .hidden)
        var weights: String?

        func validate() throws {
            if sentences != nil, words != nil { throw ValidationError("give --sentences or --words, not both") }
            if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1") }
            if let words, words < 1 { throw ValidationError("--words must be at least 1") }
            if inputLanguage == .en, outputLanguage == .fr {
                throw ValidationError("English input can only be summarised in English (--output-language en)")
            }
            if jsonlInput != nil, !input.files.isEmpty {
                throw ValidationError("--jsonl-input replaces the FILE arguments; give one or the other")
            }
            if dumpFeatures, jsonlInput == nil { throw ValidationError("--dump-features needs --jsonl-input") }
        }

        var budget: SummaryBudget {
            if let words { return .words(words) }
            return .sentences(sentences ?? 3)
        }

        func run() async throws {
            let lexicons = try input.lexiconDirectory()
            let summarizer = ExtractiveSummarizer(
                lexicon: try SummaryLexicon.load(lexicons: lexicons, language: inputLanguage, weights: weights),
                budget: budget)
            let segmenter = try DocumentSegmenter(lexicons: lexicons)
            let translator: SummaryTranslator = inputLanguage == .fr && outputLanguage == .en
                ? .pipeline(try TranslationPipeline.standard(lexicons: lexicons, userGlossaries: glossary.glossaries))
                : .none
            if let jsonlInput {
                try await runRecords(path: jsonlInput, summarizer: summarizer, segmenter: segmenter,
                                     translator: translator)
                return
            }
            var failed = false
            var first = true
            let limit = Int(summarizer.lexicon.weights[.maxSentences])
            for spec in input.sources {
                do {
                    let sentences = try await segmenter.sentences(of: spec.open(), encoding: input.encoding,
                                                                  limit: limit)
                    let chosen = summarizer.select(sentences, title: nil)
                    let summary = try translator.summary(of: chosen.map(\.sentence))
                    let text = outputLanguage == .en ? summary.english : summary.french
                    switch input.format {
                    case .text:
                        try OutputSink.standardOutput.write((first ? "" : "\n") + text + "\n")
                    case .jsonl:
                        try OutputSink.standardOutput.write(Self.records(chosen, summary: summary,
                                                                         language: outputLanguage,
                                                                         document: spec.name))
                    }
                    first = false
                } catch let error as InputError {
                    failed = true
                    try? OutputSink.standardError.write("fr2en: \(error)\n")
                }
            }
            if failed { throw ExitCode(1) }
        }

        /// One JSON line per chosen sentence: where it is, its score and the score's parts.
        static func records(_ chosen: [ScoredSentence], summary: DocumentSummary, language: SummaryLanguage,
                            document: String) -> String {
            zip(chosen, summary.sentences).map { scored, translated in
                JSONValue.object([
                    ("document", .string(document)),
                    ("index", .int(scored.candidate.documentIndex)),
                    ("paragraph", .int(scored.sentence.paragraph)),
                    ("sentence", .int(scored.sentence.ordinal)),
                    ("score", .double(rounded(scored.score))),
                    ("logit", .double(rounded(scored.logit))),
                    ("parts", .object(scored.parts.map { ($0.feature.rawValue, .double(rounded($0.contribution))) })),
                    ("text", .string(language == .en ? translated.english : translated.source.text)),
                ]).rendered + "\n"
            }.joined()
        }

        static func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

        // MARK: - JSON Lines evaluation mode

        private func runRecords(path: String, summarizer: ExtractiveSummarizer, segmenter: DocumentSegmenter,
                                translator: SummaryTranslator) async throws {
            let source: ByteSource
            do {
                source = try ByteSource.open(path: path)
            } catch let error as InputError {
                try? OutputSink.standardError.write("fr2en: \(error)\n")
                throw ExitCode(1)
            }
            let limit = Int(summarizer.lexicon.weights[.maxSentences])
            var pending = ""
            var pendingLine = 1
            for try await line in ParagraphReader(source: source, mode: .lines, encoding: input.encoding) {
                if pending.isEmpty { pendingLine = line.firstLine }
                pending += line.text
                if line.continues { continue }
                defer { pending = "" }
                if pending.allSatisfy(\.isWhitespace) { continue }
                let record: SummaryRecord
                do {
                    record = try SummaryRecord(json: pending)
                } catch {
                    try? OutputSink.standardError.write("fr2en: \(path):\(pendingLine): \(error)\n")
                    throw ExitCode(1)
                }
                let sentences = try segmenter.sentences(of: record.paragraphs, limit: limit)
                if dumpFeatures {
                    try OutputSink.standardOutput.write(
                        Self.featureRecords(id: record.id, summarizer.features(of: sentences, title: record.title)))
                    continue
                }
                let chosen = summarizer.select(sentences, title: record.title, budget: record.budget ?? budget)
                let summary = try translator.summary(of: chosen.map(\.sentence))
                let texts = summary.sentences.map { outputLanguage == .en ? $0.english : $0.source.text }
                try OutputSink.standardOutput.write(JSONValue.object([
                    ("id", .string(record.id)),
                    ("summary", .string(outputLanguage == .en ? summary.english : summary.french)),
                    ("sentences", .array(texts.map { .string(SummaryParagraphRenderer.render([$0])) })),
                    ("indices", .array(chosen.map { .int($0.candidate.documentIndex) })),
                ]).rendered + "\n")
            }
        }

        /// `--dump-features`: one JSON line per candidate sentence with every feature value.
        static func featureRecords(id: String, _ analysed: (candidates: [SummaryCandidate],
                                                            features: DocumentFeatures)) -> String {
            analysed.candidates.indices.map { i in
                let candidate = analysed.candidates[i]
                return JSONValue.object([
                    ("id", .string(id)),
                    ("index", .int(candidate.documentIndex)),
                    ("position", .int(candidate.position)),
                    ("text", .string(candidate.sentence.text)),
                    ("features", .object(SummaryFeature.allCases.enumerated().map { f, feature in
                        (feature.rawValue, .double(rounded(analysed.features.values[i][f])))
                    })),
                ]).rendered + "\n"
            }.joined()
        }
    }
}

extension SummaryLanguage: ExpressibleByArgument {}

/// Reads documents into sentences for the summariser: normalisation, a capitalisation hint for lowercased text,
/// and sentence splitting, up to a number of sentences (the rest of the document is read and dropped).
struct DocumentSegmenter {
    let normalizer = TextNormalizer()
    let splitter: SentenceSplitter

    init(lexicons: LexiconDirectory) throws {
        splitter = try SentenceSplitter(abbreviations: AbbreviationList.load(path: lexicons.file("fr.abbreviations.txt")))
    }

    func sentences(of paragraph: Paragraph) throws -> [Sentence] {
        try splitter.process(CaselessTextHint.apply(normalizer.process(paragraph)))
    }

    func sentences(of source: ByteSource, encoding: InputEncoding, limit: Int) async throws -> [Sentence] {
        var result: [Sentence] = []
        for try await paragraph in ParagraphReader(source: source, mode: .paragraphs, encoding: encoding)
        where result.count < limit {
            result += try sentences(of: paragraph).prefix(limit - result.count)
        }
        return result
    }

    func sentences(of paragraphs: [String], limit: Int) throws -> [Sentence] {
        var result: [Sentence] = []
        for (index, text) in paragraphs.enumerated() where result.count < limit {
            result += try sentences(of: Paragraph(index: index, text: text)).prefix(limit - result.count)
        }
        return result
    }
}

/// Turns chosen source sentences into a summary in the output language.
enum SummaryTranslator {
    /// Source text is the output (French summary of French, English summary of English).
    case none
    /// Each chosen sentence is translated on its own by the translation pipeline.
    case pipeline(TranslationPipeline)

    func summary(of sentences: [Sentence]) throws -> DocumentSummary {
        let translated: [TranslatedSentence] = try sentences.map { sentence in
            switch self {
            case .none:
                return TranslatedSentence(source: sentence, segments: [.passthrough(sentence.text)])
            case .pipeline(let pipeline):
                let paragraph = try pipeline.translate(Paragraph(index: sentence.paragraph, text: sentence.text))
                var segments: [TargetSegment] = []
                for (i, part) in paragraph.sentences.enumerated() {
                    if i > 0 { segments.append(.passthrough(" ")) }
                    segments += part.segments
                }
                return TranslatedSentence(source: sentence, segments: segments)
            }
        }
        return ExtractiveSummarizer.summary(of: translated)
    }
}

/// One record of `--jsonl-input`.
struct SummaryRecord {
    var id: String
    var paragraphs: [String]
    var title: String?
    var budget: SummaryBudget?

    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    init(json: String) throws {
        let value = try JSONParser.parse(json)
        guard let id = value["id"]?.stringValue ?? value["id"]?.intValue.map(String.init) else {
            throw FormatError(description: "record has no \"id\" string")
        }
        guard let text = value["text"]?.stringValue else {
            throw FormatError(description: "record \(id) has no \"text\" string")
        }
        self.id = id
        self.paragraphs = text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        self.title = value["title"]?.stringValue
        if let sentences = value["sentences"]?.intValue, sentences > 0 {
            budget = .sentences(sentences)
        } else if let words = value["words"]?.intValue, words > 0 {
            budget = .words(words)
        }
    }
}

/// `translate --summary`: collects each document's translated paragraphs (up to the summariser's sentence cap)
/// and renders the document's summary after its translation.
struct TranslationSummaryCollector {
    let summarizer: ExtractiveSummarizer
    let format: OutputFormat
    private var paragraphs: [TranslatedParagraph] = []
    private var sentenceCount = 0
    private var document = ""

    init(lexicons: LexiconDirectory, format: OutputFormat) throws {
        summarizer = ExtractiveSummarizer(lexicon: try SummaryLexicon.load(lexicons: lexicons, language: .fr))
        self.format = format
    }

    /// Takes one translated paragraph; when it starts a new document, returns the previous document's summary.
    mutating func add(_ paragraph: TranslatedParagraph, document: String) -> String {
        var out = ""
        if !paragraphs.isEmpty, paragraph.index == 0 || document != self.document { out = finish() }
        self.document = document
        let limit = Int(summarizer.lexicon.weights[.maxSentences])
        if sentenceCount < limit {
            var kept = paragraph
            kept.sentences = Array(kept.sentences.prefix(limit - sentenceCount))
            sentenceCount += kept.sentences.count
            paragraphs.append(kept)
        }
        return out
    }

    /// The summary of the document collected so far ("" when there is none), as text or a JSON line.
    mutating func finish() -> String {
        defer {
            paragraphs = []
            sentenceCount = 0
        }
        guard !paragraphs.isEmpty else { return "" }
        let (summary, chosen) = summarizer.summary(of: paragraphs, title: nil)
        switch format {
        case .text:
            return "\n" + summary.english + "\n"
        case .jsonl:
            return JSONValue.object([
                ("document", .string(document)),
                ("summary", .string(summary.english)),
                ("indices", .array(chosen.map { .int($0.candidate.documentIndex) })),
            ]).rendered + "\n"
        }
    }
}
