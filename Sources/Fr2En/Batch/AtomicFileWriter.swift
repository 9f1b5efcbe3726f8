// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that it appears whole or not at all.
///
/// The text goes to a temporary file in the destination's folder (`TemporaryFileName`); `commit()` flushes it,
/// `fsync`s it and renames it over the destination. A crash at any moment leaves either the old file or the new
/// one, plus at worst a temporary file that the next batch run deletes. Text is buffered (64 KiB) so that streaming
/// a long document costs few system calls and bounded memory.
///
/// Not thread-safe: one task uses a writer at a time (it may hand it to `BlockingIO` while it waits).
final class AtomicFileWriter: @unchecked Sendable {
    let destination: String
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var finished = false
    private static let bufferLimit = 1 << 16

    /// Creates the temporary file (the destination's folder must exist).
    init(destination: String, naming: TemporaryFileName, unique: String) throws(FileSystemError) {
        self.destination = destination
        let slash = destination.lastIndex(of: "/")
        let folder = slash.map { String(destination[...$0]) } ?? ""
        let name = slash.map { destination[destination.index(after: $0)...] } ?? destination[...]
        temporary = folder + naming.make(for: name, unique: unique)
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw FileSystemError(operation: "create", path: temporary, reason: PosixFiles.errorText())
        }
        buffer.reserveCapacity(Self.bufferLimit)
    }

    /// Appends text.
    func write(_ text: String) throws(FileSystemError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Appends the contents of another file, 64 KiB at a time.
    func append(contentsOf path: String) throws(FileSystemError) {
        try flush()
        let source = open(path, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw FileSystemError(operation: "open", path: path, reason: PosixFiles.errorText()) }
        defer { close(source) }
        var chunk = [UInt8](repeating: 0, count: Self.bufferLimit)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(operation: "read", path: path, reason: PosixFiles.errorText())
            }
            if count == 0 { return }
            try PosixFiles.writeAll(descriptor, chunk[0..<count], path: temporary)
        }
    }

    private func flush() throws(FileSystemError) {
        guard !buffer.isEmpty else { return }
        try PosixFiles.writeAll(descriptor, buffer[...], path: temporary)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Makes the file durable and moves it into place.
    func commit() throws(FileSystemError) {
        precondition(!finished, "AtomicFileWriter used after commit or discard")
        do {
            try flush()
            try PosixFiles.fsyncDescriptor(descriptor, path: temporary)
        } catch {
            discard()
            throw error
        }
        close(descriptor)
        finished = true
        do {
            try PosixFiles.rename(temporary, to: destination)
        } catch {
            PosixFiles.remove(temporary)
            throw error
        }
    }

    /// Drops the temporary file; the destination is untouched.
    func discard() {
        guard !finished else { return }
        finished = true
        close(descriptor)
        PosixFiles.remove(temporary)
    }

    deinit {
        discard()
    }
}
