// Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Fr2En
import Synchronization

/// Streams each input through a per-paragraph transformation and writes what it renders, input after input.
///
/// An input that cannot be read is reported on standard error (naming the file) and skipped; the others are still
/// processed, and the command then exits with code 1.
struct InputRunner {
    var options: InputOptions
    var mode: ParagraphReader.Mode
    /// How many batches of paragraphs are transformed at once (see `StreamingDriver`).
    var workers = 1
    var output = OutputSink.standardOutput
    var errors = OutputSink.standardError

    /// Paragraphs handed over at a time. One worker takes many (fewer hand-offs between tasks); several take few,
    /// so that the last batches are short and no worker waits long, idle, for another's last batch to finish.
    private var batchLimit: Int { workers > 1 ? 16 : 256 }

    /// - Parameters:
    ///   - transform: runs on the worker task, one paragraph at a time.
    ///   - render: appends a transformed paragraph's output text to `out`, placing it with the document's layout.
    func run<Output: Sendable>(
        transform: @escaping @Sendable (Paragraph) throws -> Output,
        render: (Output, _ layout: inout ParagraphLayout, _ document: String, _ out: inout String) -> Void
    ) async throws {
        var failed = false
        let undecodableLines = UndecodableLines()
        for spec in options.sources {
            do {
                let source = try spec.open()
                let errors = errors
                let reader = ParagraphReader(
                    source: source, mode: mode, encoding: options.encoding,
                    onEncodingFallback: { file, line in
                        try? errors.write("fr2en: \(file): not valid UTF-8 from line \(line) on; decoded as Windows-1252\n")
                    },
                    onUndecodableLine: mode == .lines ? undecodableLines.reporter(to: errors) : nil)
                var layout = ParagraphLayout(style: mode == .lines ? .linePerParagraph : .blankLineBetween)
                let batches = reader.batches(limit: batchLimit)
                try await StreamingDriver.run(batches, workers: workers, transform: { try $0.map(transform) }) { items in
                    var text = ""
                    for item in items { render(item, &layout, spec.name, &text) }
                    try output.write(text)
                }
            } catch let error as InputError {
                failed = true
                try? errors.write("fr2en: \(error)\n")
            }
        }
        if failed || undecodableLines.seen { throw ExitCode(1) }
    }
}

/// Whether line mode kept any line it could not decode (then the run fails at the end, with every line written).
private final class UndecodableLines: Sendable {
    private let flag = Atomic(false)

    var seen: Bool { flag.load(ordering: .relaxed) }

    /// Reports a kept line on `errors` and remembers that one was kept.
    func reporter(to errors: OutputSink) -> @Sendable (InputError) -> Void {
        { error in
            self.flag.store(true, ordering: .relaxed)
            try? errors.write("fr2en: \(error) (line kept: NUL bytes dropped, invalid bytes as U+FFFD)\n")
        }
    }
}
