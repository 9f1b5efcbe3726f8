// Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a file, held while the value lives. The kernel drops it when the process dies (even
/// by SIGKILL), so a crashed run never blocks the next one.
final class FolderLock {
    private let descriptor: Int32

    /// Takes the lock without waiting.
    /// - Throws: `BatchError.busy` when another process holds it, `.outputNotWritable` when it cannot be created.
    init(path: String) throws(BatchError) {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw .outputNotWritable(path, reason: PosixFiles.errorText())
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK { throw .busy(path) }
            throw .outputNotWritable(path, reason: PosixFiles.errorText(code))
        }
    }

    deinit {
        close(descriptor)
    }
}
