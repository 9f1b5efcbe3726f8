// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Fr2En
import FuzzSupport

/// One scratch file per process: the loaders read paths, as fr2en does.
let scratchPath = "/tmp/fr2en-fuzz-lexicon-\(getpid()).tsv"

/// The loaders under test, chosen by the input's first byte; each reads `scratchPath`.
let loaders: [@Sendable (String) throws -> Void] = [
    { _ = try MorphLexicon(path: $0) },
    { _ = try BilingualLexicon(path: $0) },
    { _ = try EnglishInflector(path: $0) },
    { _ = try NameLexicon(path: $0) },
    { _ = try ClosedClassLexicon(path: $0) },
    { _ = try PhraseLexicon(path: $0) },
    { _ = try TokenizationRules(path: $0) },
    { _ = try WordClasses(path: $0) },
    { _ = try VerbFrameLexicon(path: $0) },
    { _ = try NegationLexicon(path: $0) },
    { _ = try InfinitiveLinks(path: $0) },
    { _ = try IndefiniteArticles(path: $0) },
    { _ = try TagModel(lexiconPath: $0, transitionsPath: $0) },
    { _ = try AbbreviationList.load(path: $0) },
    { _ = try SummaryWeights.load(path: $0) },
    { _ = try FoldedWordList.load(path: $0, folder: WordFolder()) },
    { _ = try SuffixStemmer.load(path: $0, folder: WordFolder()) },
    { _ = try Glossary.load(builtIn: $0, user: []) },
]

/// Fuzz target: lexicon loading. The first byte picks a loader, the rest is the file it reads. Any input must
/// load or throw a format error; crashes, hangs and runaway memory are the failures looked for.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput(data, size).bytes
    guard let selector = bytes.first else { return 0 }
    let body = Array(bytes.dropFirst())
    guard let file = fopen(scratchPath, "wb") else { return 0 }
    if !body.isEmpty { _ = body.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) } }
    fclose(file)
    _ = try? loaders[Int(selector) % loaders.count](scratchPath)
    return 0
}
