// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A first pass over an input file: its SHA-256, its size, and the first NUL byte (binary files), read in
/// 256 KiB chunks so any size costs the same memory.
struct InputScan: Sendable {
    var sha256: String
    var size: Int
    var firstNUL: Int?

    /// Reads `path` (which must be a regular file; a symlink as last component is refused).
    /// - Throws: `InputError.cannotOpen` or `.readFailed`, without the path (the caller knows it).
    static func read(_ path: String) throws(InputError) -> InputScan {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { throw .cannotOpen(file: path, reason: PosixFiles.errorText()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw .cannotOpen(file: path, reason: "not a regular file")
        }
        var hash = SHA256()
        var size = 0
        var firstNUL: Int?
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .readFailed(file: path, reason: PosixFiles.errorText())
            }
            if count == 0 { break }
            chunk.withUnsafeBytes { bytes in
                let part = UnsafeRawBufferPointer(rebasing: bytes[0..<count])
                hash.update(part)
                if firstNUL == nil, let nul = part.firstIndex(of: 0) { firstNUL = size + nul }
            }
            size += count
        }
        return InputScan(sha256: hash.finalize().hex, size: size, firstNUL: firstNUL)
    }
}
