// Licensed under the Apache License, Version 2.0.

import Fr2En
import FuzzSupport

/// Fuzz target: normalisation of one paragraph of arbitrary bytes (decoded as fr2en decodes UTF-8 input).
/// Invariants: display and analysis have the same number of Unicode scalars, and normalising the display
/// rendering again changes nothing (idempotence).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalize(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    let normalizer = TextNormalizer()
    guard let once = try? normalizer.process(Paragraph(index: 0, text: input.text)) else { return 0 }
    FuzzCheck.require(once.display.unicodeScalars.count == once.analysis.unicodeScalars.count,
                      "display and analysis scalar counts differ")
    guard let twice = try? normalizer.process(Paragraph(index: 0, text: once.display)) else {
        FuzzCheck.require(false, "normalised text fails to normalise again")
        return 0
    }
    FuzzCheck.require(twice.display == once.display, "normalisation is not idempotent")
    return 0
}
