// Licensed under the Apache License, Version 2.0.

import Dispatch

/// Runs blocking file-system work (reads, `fsync`, `rename`) on a Dispatch thread instead of a Swift concurrency
/// thread.
///
/// The cooperative pool has one thread per core; an `fsync` that waits for the disk on one of them would leave a
/// core idle while documents wait to be translated. Offloading keeps every core translating.
enum BlockingIO {
    static func run<Value: Sendable, Failure: Error>(_ body: @escaping @Sendable () throws(Failure) -> Value)
        async throws(Failure) -> Value
    {
        let result: Result<Value, Failure> = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(returning: Result { () throws(Failure) in try body() })
            }
        }
        return try result.get()
    }
}
