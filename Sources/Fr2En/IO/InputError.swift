// Licensed under the Apache License, Version 2.0.

/// A problem with one input file. The message names the file and says what to do.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(file: String, reason: String)
    case readFailed(file: String, reason: String)
    case invalidUTF8(file: String, byteOffset: Int, line: Int)
    case binary(file: String, byteOffset: Int)

    public var description: String {
        switch self {
        case .cannotOpen(let file, let reason):
            "\(file): cannot open (\(reason)); check the path and its permissions"
        case .readFailed(let file, let reason):
            "\(file): read failed (\(reason))"
        case .invalidUTF8(let file, let offset, let line):
            "\(file): invalid UTF-8 at byte offset \(offset) (line \(line)); convert the file to UTF-8 "
                + "or pass --encoding windows-1252 (or latin1, or auto)"
        case .binary(let file, let offset):
            "\(file): looks like a binary file (NUL byte at offset \(offset)); fr2en reads text files only"
        }
    }
}
