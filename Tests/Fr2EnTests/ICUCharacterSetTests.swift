// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

@Suite struct ICUCharacterSetTests {
    @Test func membershipHoldsInEveryPlane() throws {
        let set = try ICUCharacterSet(pattern: "[\\n\\u0020aé。😀]")  // pattern spaces are ignored: escape the space
        for member in ["\n", " ", "a", "é", "。", "😀"] {
            #expect(set.contains(member.unicodeScalars.first!.value), "\(member.debugDescription)")
        }
        for other in ["b", "e", "E", "\u{301}", "、", "👍", "\u{10FFFF}"] {
            #expect(!set.contains(other.unicodeScalars.first!.value), "\(other.debugDescription)")
        }
    }

    @Test func propertyPatternsComeFromICU() throws {
        let terminators = try ICUCharacterSet(pattern: "[[:Sentence_Break=STerm:]-[.?!]]")
        #expect(terminators.contains(0x203C))  // ‼
        #expect(terminators.contains(0x3002))  // 。
        #expect(!terminators.contains(0x21))  // ! (subtracted)
        #expect(!terminators.contains(0x2026))  // … is not a terminator for UAX #29
    }

    @Test func badPatternIsAnICUError() {
        #expect(throws: ICUError.self) { try ICUCharacterSet(pattern: "[[:NoSuchProperty=x:]") }
    }
}
