// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole data file (lexicon, glossary, word list) into memory without Foundation.
///
/// Callers turn a `ReadError` into their own error type, which names the file and says what to do.
public enum WholeFile {
    /// Why a file could not be read.
    public struct ReadError: Error, Sendable, Hashable {
        public enum Step: Sendable, Hashable {
            case open
            case read
        }

        public let step: Step
        /// The system's description of the failure (strerror).
        public let reason: String
    }

    /// The file's bytes. Reads until end of file, so files whose reported size is 0 (pipes, /proc) work too.
    ///
    /// A file whose size is known is read straight into the array's storage (no copy through a buffer).
    public static func read(path: String) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(step: .open, reason: String(cString: strerror(errno))) }
        defer { _ = close(descriptor) }
        var info = stat()
        // One byte more than the size, so that the read that sees the end of the file needs no new storage.
        let expected = fstat(descriptor, &info) == 0 && info.st_size > 0 ? Int(info.st_size) + 1 : 1 << 16
        var failure: ReadError?
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let count = Glibc.read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count > 0 {
                    initialized += count
                } else if count == 0 {
                    atEnd = true
                    return
                } else if errno != EINTR {
                    failure = ReadError(step: .read, reason: String(cString: strerror(errno)))
                    return
                }
            }
        }
        if let failure { throw failure }
        // The file grew, or its size was not known: the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: atEnd ? 0 : 1 << 16)
        while !atEnd {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                atEnd = true
            } else if errno != EINTR {
                throw ReadError(step: .read, reason: String(cString: strerror(errno)))
            }
        }
        return bytes
    }
}
