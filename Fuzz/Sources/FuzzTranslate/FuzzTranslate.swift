// Licensed under the Apache License, Version 2.0.

import Fr2En
import FuzzSupport

let fixture = FuzzPipeline()

/// Fuzz target: translation of one segment. The input is normalised and split as the CLI does, and each sentence
/// goes through the glossary and the sentence translator. Invariant: translating the same sentence twice gives
/// the same English (translation is deterministic).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranslate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    for sentence in fixture.sentences(of: input.text) {
        guard let first = try? fixture.pipeline.translateSentence(sentence) else { continue }
        let second = try? fixture.pipeline.translateSentence(sentence)
        FuzzCheck.require(second?.english == first.english, "translation is not deterministic")
    }
    return 0
}
