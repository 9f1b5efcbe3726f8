// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// `StringNumbering`: dense numbers in insertion order, the same number for a string inserted again, byte-exact
/// look-ups (accented words, near misses, the empty string) across the table's growth.
@Suite struct StringNumberingTests {
    @Test func numbersAreDenseAndStable() {
        var numbering = StringNumbering()
        #expect(numbering.insert("été") == 0)
        #expect(numbering.insert("ete") == 1)
        #expect(numbering.insert("été") == 0)
        #expect(numbering.insert("") == 2)
        #expect(numbering.count == 3)
        #expect(numbering.number(of: "été") == 0)
        #expect(numbering.number(of: "") == 2)
        #expect(numbering.number(of: "Été") == nil)
        #expect(!numbering.contains("étés"))
    }

    @Test func everyWordIsFoundAfterTheTableGrows() {
        let words = (0..<5000).map { "mot\($0)é" }
        let numbering = StringNumbering(words + words)
        #expect(numbering.count == 5000)
        for (index, word) in words.enumerated() {
            #expect(numbering.number(of: word) == index)
            #expect(numbering.number(of: word + "s") == nil)
        }
    }
}
