// Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Fr2En

/// Options every subcommand shares: inputs, encoding, data folder, output format.
struct InputOptions: ParsableArguments {
    @Argument(help: "French text files to read (standard input when none is given).")
    var files: [String] = []

    @Option(help: "Input encoding: utf8, windows-1252, latin1 or auto (UTF-8, else Windows-1252).")
    var encoding: InputEncoding = .utf8

    @Option(help: ArgumentHelp("Folder of linguistic data.", discussion: """
        Default search order: $FR2EN_LEXICONS, Lexicons/ beside the executable, ../share/fr2en/Lexicons, the source package's Lexicons/, ./Lexicons.
        """, valueName: "dir"))
    var lexicons: String?

    @Option(help: "Output format: text or jsonl.")
    var format: OutputFormat = .text

    /// The inputs to read, in order; standard input when no file was named.
    var sources: [InputSpec] { files.isEmpty ? [.standardInput] : files.map(InputSpec.file) }

    func lexiconDirectory() throws -> LexiconDirectory {
        try LexiconDirectory.locate(explicit: lexicons)
    }
}

/// Options of the commands that translate.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp(
        "A user glossary (TSV: French term, English term, optional note). Repeatable; later files win, and all win over the built-in glossary.",
        valueName: "file"))
    var glossaries: [String] = []
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case jsonl
}

extension InputEncoding: ExpressibleByArgument {}

/// One input named on the command line.
enum InputSpec {
    case standardInput
    case file(String)

    var name: String {
        switch self {
        case .standardInput: "<stdin>"
        case .file(let path): path
        }
    }

    func open() throws -> ByteSource {
        switch self {
        case .standardInput: ByteSource.standardInput()
        case .file(let path): try ByteSource.open(path: path)
        }
    }
}
