// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes text to a file descriptor immediately, one `write(2)` loop per call, with no buffering of its own.
///
/// Each call is flushed when it returns, also when the descriptor is a pipe — the equivalent of Apertium's
/// null-flush mode, which streaming consumers rely on.
public struct OutputSink: Sendable {
    public enum WriteError: Error, CustomStringConvertible {
        case failed(String)
        public var description: String { "cannot write output: \(self.reason)" }
        var reason: String { if case .failed(let reason) = self { reason } else { "" } }
    }

    private let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public static let standardOutput = OutputSink(descriptor: STDOUT_FILENO)
    public static let standardError = OutputSink(descriptor: STDERR_FILENO)

    /// Writes all of `text` as UTF-8.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError.failed(String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }
}
