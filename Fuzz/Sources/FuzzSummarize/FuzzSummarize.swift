// Licensed under the Apache License, Version 2.0.

import Fr2En
import FuzzSupport

let fixture = FuzzPipeline()

/// Fuzz target: summarisation of one document. Each input line is a paragraph; the French sentences are scored
/// and selected, then the chosen ones are translated. Invariants: the summary is a subset of the document's
/// sentences, in document order, without repeats.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSummarize(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    var sentences: [Sentence] = []
    for (index, line) in input.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        sentences += fixture.sentences(of: String(line), paragraph: index)
    }
    let chosen = fixture.summarizer.select(sentences, title: nil)
    var previous: (paragraph: Int, ordinal: Int)?
    for scored in chosen {
        let sentence = scored.sentence
        FuzzCheck.require(sentences.contains(sentence), "summary sentence not in the document")
        if let previous {
            FuzzCheck.require((previous.paragraph, previous.ordinal) < (sentence.paragraph, sentence.ordinal),
                              "summary out of document order or repeated")
        }
        previous = (sentence.paragraph, sentence.ordinal)
        FuzzCheck.require(scored.score.isFinite, "non-finite score \(scored.score)")
        _ = try? fixture.pipeline.translateSentence(sentence)
    }
    return 0
}
