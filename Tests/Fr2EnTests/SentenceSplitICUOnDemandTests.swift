// Licensed under the Apache License, Version 2.0.

@testable import Fr2En
import Testing

/// The splitter asks ICU only when a decision depends on it (`LazyICUBoundaries`). These tests hold that shortcut to
/// the full computation: over many generated paragraphs full of terminators, closing marks, spaces, digits and marks,
/// (1) every boundary ICU reports is among `ICUBoundaryCandidates`' offsets, and (2) the sentences are the same as
/// when ICU runs on every paragraph.
@Suite struct SentenceSplitICUOnDemandTests {
    /// Pieces that exercise UAX #29's sentence rules and the repair pass's rules.
    static let pieces: [String] = [
        "mot", "Mot", "maison", "Paris", "ÉTAT", "école", "Été", "M.", "Mme", "etc.", "p.", "ex.", "J.-P.", "U.S.",
        "3", "3.5", "1.000", "12", "IV", "a", "www.exemple.fr", "x@y.fr", "http://a.fr/?Q=1", "Dr",
        ".", ".", ".", "?", "!", "...", "…", "?!", "!!", "»", "«", "(", ")", "[", "]", "\"", "'", "’", "“", "”",
        ",", ";", ":", "-", "—", "–", "*", "/", "%", "&", "#", "\u{301}", "\u{AD}", "\u{A0}", "\u{2009}", "·",
        "§", "°", "€", "½", "٣", "你", "ß",
    ]

    /// SplitMix64: deterministic, so a failure reproduces.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static func paragraphs(count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<(3 + generator.next(40)) {
                text += pieces[generator.next(pieces.count)]
                switch generator.next(6) {
                case 0: break
                case 1: text += "  "
                default: text += " "
                }
            }
            return text
        }
    }


    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func candidatesHoldEveryICUBoundary(seed: UInt64) throws {
        let breaker = try ICUSentenceBreaker(locale: SentenceSplitter.icuLocale)
        let candidates = ICUBoundaryCandidates(classes: try SentenceBreakClasses())
        for paragraph in Self.paragraphs(count: 3000, seed: seed) {
            var copy = paragraph
            try copy.withUTF8 { bytes in
                let text = UTF8Scalars(bytes: bytes)
                let scan = TerminatorScan(text, classes: candidates.classes)
                guard !scan.hasRareBreak else { return }
                let possible = Set(candidates.offsets(in: text, terminators: scan.positions))
                let missed = try breaker.boundaries(in: paragraph).dropLast().filter { !possible.contains($0) }
                #expect(missed.isEmpty, "ICU boundaries \(missed) not among the candidates in \(paragraph.debugDescription)")
            }
        }
    }

    @Test(arguments: [5, 6, 7, 8] as [UInt64])
    func onDemandMatchesICUEverywhere(seed: UInt64) throws {
        let splitter = try SplitFixture.splitter()
        for paragraph in Self.paragraphs(count: 3000, seed: seed) {
            var copy = paragraph
            try copy.withUTF8 { bytes in
                let onDemand = try splitter.ranges(of: paragraph, bytes: bytes)
                let everywhere = try splitter.ranges(of: paragraph, bytes: bytes, icuOnDemand: false)
                #expect(onDemand == everywhere, "\(paragraph.debugDescription)")
            }
        }
    }

    @Test(arguments: ["fin。Début", "ligne\nsuite", "a\r", "x\u{85}y", "x\u{2029}y", "Quoi‼", "a\u{2024}b", "Ja\u{0964}"])
    func rareBreaksAreFound(_ text: String) throws {
        let classes = try SentenceBreakClasses()
        var copy = text
        #expect(copy.withUTF8 { TerminatorScan(UTF8Scalars(bytes: $0), classes: classes).hasRareBreak })
    }

    /// The scan against a plain scalar-by-scalar reading.
    @Test func scanFindsEveryTerminatorAndRareBreak() throws {
        let classes = try SentenceBreakClasses()
        let rare = try ICUCharacterSet(pattern: "[[:Sentence_Break=STerm:][:Sentence_Break=ATerm:]"
            + "[:Sentence_Break=Sep:][:Sentence_Break=CR:][:Sentence_Break=LF:]-[.?!]]")
        var generator = Generator(state: 9)
        let extra = ["\n", "。", "‼", "\u{2029}", "\u{85}", "\t", "\r\n", "x", "é"]
        for paragraph in Self.paragraphs(count: 2000, seed: 10) {
            var text = paragraph
            if generator.next(3) == 0 { text += extra[generator.next(extra.count)] + paragraph }
            let expectedRare = text.unicodeScalars.contains { rare.contains($0.value) }
            var copy = text
            let matches = copy.withUTF8 { bytes in
                let scan = TerminatorScan(UTF8Scalars(bytes: bytes), classes: classes)
                let expected = bytes.indices.filter { [0x2E, 0x3F, 0x21, 0xE2].contains(bytes[$0]) }
                return scan.positions == expected && scan.hasRareBreak == expectedRare
            }
            try #require(matches, "\(text.debugDescription)")
        }
    }

    @Test func frenchProseHasNoRareBreak() throws {
        let classes = try SentenceBreakClasses()
        var text = "« L’été… » — Quoi ?! Oui. Œuvre à 3,5 €, n° 4 ; ÉTÉ : ça !"
        #expect(!text.withUTF8 { TerminatorScan(UTF8Scalars(bytes: $0), classes: classes).hasRareBreak })
    }

    @Test func ordinaryProseNeverRunsICU() throws {
        let paragraph = "M. Dupont est arrivé à 9 h. Il a parlé, etc. Puis il est reparti ! « Non ? » Fin de l'histoire."
        var copy = paragraph
        try copy.withUTF8 { bytes in
            let text = UTF8Scalars(bytes: bytes)
            let classes = try SentenceBreakClasses()
            let scan = TerminatorScan(text, classes: classes)
            let possible = ICUBoundaryCandidates(classes: classes).offsets(in: text, terminators: scan.positions)
            var ran = false
            let icu = LazyICUBoundaries(candidates: possible) {
                ran = true
                return []
            }
            let ranges = SentenceBoundaryRepair(abbreviations: try AbbreviationList.load(path: SplitFixture.lexiconPath))
                .sentenceRanges(text, terminators: scan.positions, icuCandidates: possible, icu: icu)
            #expect(!ran)
            #expect(ranges.count == 5)
        }
    }
}
