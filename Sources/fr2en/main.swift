// Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Fr2En

#if canImport(Glibc)
import Glibc
#endif

// Usage errors exit with 2 (ArgumentParser's default is 64); help, version and other exits keep their codes.
// Other errors (a bad glossary, an unreadable lexicon) are reported as "fr2en: <message>", like input errors.
do {
    var command = try Fr2EnCommand.parseAsRoot()
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await runAsync(&asyncCommand)
    } else {
        try command.run()
    }
} catch {
    if Fr2EnCommand.exitCode(for: error) == .validationFailure {
        try? OutputSink.standardError.write(Fr2EnCommand.fullMessage(for: error) + "\n")
        exit(2)
    }
    let message = Fr2EnCommand.message(for: error)
    let code = Fr2EnCommand.exitCode(for: error)
    if error is CleanExit || error is ExitCode || message.isEmpty || code == .success {
        Fr2EnCommand.exit(withError: error)
    }
    try? OutputSink.standardError.write("fr2en: \(message)\n")
    exit(code.rawValue)
}

/// Calls the async `run()` of a command (on an existential, overload resolution would pick the synchronous one).
func runAsync<Command: AsyncParsableCommand>(_ command: inout Command) async throws {
    try await command.run()
}
