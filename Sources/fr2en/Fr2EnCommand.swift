// Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Fr2En

/// The `fr2en` command: French→English translation and summarisation, one subcommand per pipeline mode.
struct Fr2EnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fr2en",
        abstract: "Offline French→English translation and summarisation.",
        discussion: """
            Every subcommand reads the files given, or standard input when none is given, and writes to standard output as soon as each paragraph is done. Exit codes: 0 ok, 1 some input could not be read (the message names the file), 2 usage error.
            """,
        subcommands: [Normalize.self, Segment.self, Translate.self, Batch.self, Summarize.self],
        defaultSubcommand: nil
    )
}
