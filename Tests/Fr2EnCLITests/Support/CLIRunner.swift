// Licensed under the Apache License, Version 2.0.

import Foundation

/// Runs the built `fr2en` executable (it sits beside the test bundle) and captures what it writes.
struct CLIRunner {
    struct Result {
        var stdout: String
        var stderr: String
        var exitCode: Int32
    }

    /// The repository root, from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Writing to a child that has exited must give EPIPE, not kill the test process with SIGPIPE.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// `fr2en` in the build folder the tests run from.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        repeat {
            folder.deleteLastPathComponent()
        } while folder.path != "/"
            && !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("fr2en").path)
        return folder.appendingPathComponent("fr2en")
    }

    /// Runs `fr2en` with `arguments`, feeding `stdin` to it; stdout and stderr are read concurrently.
    static func run(_ arguments: [String], stdin: Data, environment: [String: String] = [:],
                    currentDirectory: URL = repositoryRoot) throws -> Result {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = currentDirectory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            // fr2en may exit (e.g. on a usage error) before reading its input: that is not a test failure.
            try? input.fileHandleForWriting.write(contentsOf: stdin)
            try? input.fileHandleForWriting.close()
        }
        let errorBox = DataBox()
        DispatchQueue.global().async(group: group) {
            errorBox.data = readToEnd(errors.fileHandleForReading)
        }
        let outData = readToEnd(output.fileHandleForReading)
        group.wait()
        process.waitUntilExit()
        return Result(stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errorBox.data, as: UTF8.self),
                      exitCode: process.terminationStatus)
    }

    /// Reads a pipe to its end with read(2), retrying reads a signal interrupts: Foundation's
    /// `readDataToEndOfFile()` traps on EINTR, which crashed the whole test process under load.
    static func readToEnd(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }

    static func run(_ arguments: [String], stdin: String = "") throws -> Result {
        try run(arguments, stdin: Data(stdin.utf8))
    }
}

/// Carries bytes out of a reader thread (written once, read after `DispatchGroup.wait`).
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
