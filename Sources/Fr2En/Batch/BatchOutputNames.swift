// Licensed under the Apache License, Version 2.0.

/// Where the outputs of one input go, relative to the output folder.
///
/// For `a/b.txt`: `a/b.en.txt` (translation) and `a/b.summary.en.txt` (summary); for `a/b.md`: `a/b.en.md` and
/// `a/b.summary.en.md`; the extension keeps its case. With `--format jsonl` the document's record is staged in
/// `.fr2en/records/a/b.txt.json` and gathered into `corpus.jsonl` when the batch finishes.
public struct BatchOutputNames: Sendable, Hashable {
    /// The folder (inside the output folder) that holds batch state: lock files, staged JSON records.
    public static let stateFolder = ".fr2en"

    public let translation: RelativePath
    public let summary: RelativePath
    public let record: RelativePath

    /// - Precondition: `input` has an extension (it was recognised as a `DocumentFormat`).
    public init(input: RelativePath) {
        let name = input.name
        let dot = name.lastIndex(of: ".")!
        let stem = String(input.string.dropLast(name.distance(from: dot, to: name.endIndex)))
        let ext = String(name[name.index(after: dot)...])
        // The inputs are valid relative paths and only the last component grows, so these cannot fail.
        translation = try! RelativePath(validating: stem + ".en." + ext)
        summary = try! RelativePath(validating: stem + ".summary.en." + ext)
        record = try! RelativePath(validating: Self.stateFolder + "/records/" + input.string + ".json")
    }
}
