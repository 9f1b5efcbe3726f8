// Licensed under the Apache License, Version 2.0.

import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or standard input, read in chunks without blocking Swift's cooperative threads.
///
/// Blocking `read(2)` calls run on a private serial dispatch queue; callers `await` each chunk. This is what lets
/// the pipeline write its first sentence while a slow producer is still writing the rest of the input.
public final class ByteSource: Sendable {
    /// The name used in messages: the path, or "<stdin>".
    public let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let queue: DispatchQueue

    private init(name: String, descriptor: Int32, ownsDescriptor: Bool) {
        self.name = name
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        self.queue = DispatchQueue(label: "fr2en.read")
    }

    /// Opens a file for reading.
    /// - Throws: `InputError.cannotOpen` naming the path.
    public static func open(path: String) throws -> ByteSource {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError.cannotOpen(file: path, reason: String(cString: strerror(errno)))
        }
        return ByteSource(name: path, descriptor: descriptor, ownsDescriptor: true)
    }

    /// Standard input (not closed when the source goes away).
    public static func standardInput() -> ByteSource {
        ByteSource(name: "<stdin>", descriptor: STDIN_FILENO, ownsDescriptor: false)
    }

    /// Reads up to `maxBytes`; an empty result means end of input.
    /// - Throws: `InputError.readFailed` (e.g. the path is a directory).
    public func read(maxBytes: Int) async throws -> [UInt8] {
        let descriptor = descriptor
        let name = name
        return try await withCheckedThrowingContinuation { continuation in
            queue.async {
                var buffer = [UInt8](repeating: 0, count: maxBytes)
                while true {
                    let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, maxBytes) }
                    if count >= 0 {
                        buffer.removeSubrange(count...)
                        continuation.resume(returning: buffer)
                        return
                    }
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    continuation.resume(throwing: InputError.readFailed(file: name, reason: reason))
                    return
                }
            }
        }
    }

    deinit {
        if ownsDescriptor { _ = Glibc.close(descriptor) }
    }
}
