// Licensed under the Apache License, Version 2.0.

/// Everything that decides what a batch does; the CLI fills it from its options.
public struct BatchConfiguration: Sendable {
    /// The folder read (recursively).
    public var inputDirectory: String
    /// The folder written: outputs mirror the input tree; the manifest and state live at its top.
    public var outputDirectory: String
    /// Write translations.
    public var translate = true
    /// Write summaries (needs a summariser).
    public var summarize = true
    public var format = BatchFormat.text
    public var encoding = InputEncoding.utf8
    /// Documents processed at once.
    public var jobs = 1
    /// Redo every document, even when its outputs are up to date.
    public var force = false
    public var shard = BatchShard.whole
    /// Deepest Markdown nesting accepted (block quotes plus list levels).
    public var maxMarkdownDepth = 16
    /// Source bytes of a document that its summary looks at (the rest is translated but not summarised), so that
    /// a huge document costs bounded memory.
    public var summaryInputLimit = 4 << 20
    /// Identities of other data that shapes the outputs (e.g. `glossary:<sha256>` of each user glossary).
    public var extraFingerprint: [String] = []

    public init(inputDirectory: String, outputDirectory: String) {
        self.inputDirectory = inputDirectory
        self.outputDirectory = outputDirectory
    }

    /// SHA-256 (hex) of every option that changes what is written for a document; part of each manifest record.
    public func optionsFingerprint(summarizerName: String?) -> String {
        var text = "fr2en-batch 1\n"
        text += "translate=\(translate)\nsummarize=\(summarize)\nformat=\(format.rawValue)\n"
        text += "encoding=\(encoding.rawValue)\nmarkdown-depth=\(maxMarkdownDepth)\n"
        text += "summary-input-limit=\(summaryInputLimit)\nsummarizer=\(summarizerName ?? "none")\n"
        for item in extraFingerprint { text += item + "\n" }
        return SHA256.hash(text).hex
    }
}
