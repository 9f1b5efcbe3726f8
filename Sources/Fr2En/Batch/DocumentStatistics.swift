// Licensed under the Apache License, Version 2.0.

/// Per-document facts for JSON records: words no stage translated, and the glossary terms applied.
///
/// "Unknown" words are the words inside `.passthrough` segments (source text that no stage translated): runs of
/// letters, with inner apostrophes and hyphens; numbers are not words. At most `maxUnknownWords` distinct words are
/// kept (memory stays bounded on huge documents); `unknownWordsTruncated` says when more were seen.
struct DocumentStatistics: Sendable {
    static let maxUnknownWords = 1000

    private(set) var unknownWords: Set<String> = []
    private(set) var unknownWordsTruncated = false
    /// French term → (English, count).
    private(set) var glossaryTerms: [String: (english: String, count: Int)] = [:]

    mutating func add(_ paragraph: TranslatedParagraph) {
        for sentence in paragraph.sentences {
            for segment in sentence.segments {
                switch segment {
                case .passthrough(let text): addUnknownWords(in: text)
                case .term(let match):
                    let english = glossaryTerms[match.entry.term]?.english ?? match.entry.translation
                    glossaryTerms[match.entry.term] = (english, (glossaryTerms[match.entry.term]?.count ?? 0) + 1)
                case .translated: continue
                }
            }
        }
    }

    private mutating func addUnknownWords(in text: String) {
        var word = String.UnicodeScalarView()
        func finish(_ word: inout String.UnicodeScalarView, into stats: inout DocumentStatistics) {
            while let last = word.last, last == "'" || last == "’" || last == "-" { word.removeLast() }
            if !word.isEmpty {
                let text = String(word)
                if stats.unknownWords.count < Self.maxUnknownWords {
                    stats.unknownWords.insert(text)
                } else if !stats.unknownWords.contains(text) {
                    stats.unknownWordsTruncated = true
                }
            }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.append(scalar)
            } else if !word.isEmpty, scalar == "'" || scalar == "’" || scalar == "-" {
                word.append(scalar)
            } else {
                finish(&word, into: &self)
            }
        }
        finish(&word, into: &self)
    }

    /// `unknown_words`: sorted distinct words.
    var unknownWordsJSON: JSONValue {
        .array(unknownWords.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(JSONValue.string))
    }

    /// `glossary_terms`: `{"fr","en","count"}` sorted by French term.
    var glossaryTermsJSON: JSONValue {
        .array(glossaryTerms.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { term in
            let value = glossaryTerms[term]!
            return .object([("fr", .string(term)), ("en", .string(value.english)), ("count", .int(value.count))])
        })
    }
}
