// Licensed under the Apache License, Version 2.0.

import AsyncAlgorithms

/// Runs a per-paragraph transformation over an asynchronous input with bounded buffers and in order.
///
/// ```
///  reader task ──AsyncThrowingChannel──▶ worker task ──AsyncThrowingChannel──▶ consumer (caller)
/// ```
/// Each channel holds at most one element in flight: `send` suspends until the next task takes it, so a slow
/// writer slows the reader down instead of filling memory, and nothing is ever dropped (unlike AsyncStream's
/// bounded buffering policies). Reading, transforming and writing overlap; the first output is consumed as soon as
/// the first paragraph has been read and transformed.
public enum StreamingDriver {
    /// Feeds every element of `input` through `transform` and hands the results to `consume`, in input order.
    /// - Throws: the first error of the input, the transform or the consumer; the other tasks are then cancelled.
    public static func run<Input: AsyncSequence & Sendable, Output: Sendable>(
        _ input: Input,
        transform: @escaping @Sendable (Input.Element) throws -> Output,
        consume: (Output) async throws -> Void
    ) async throws where Input.Element: Sendable {
        let inbound = AsyncThrowingChannel<Input.Element, any Error>()
        let outbound = AsyncThrowingChannel<Output, any Error>()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    for try await element in input { await inbound.send(element) }
                    inbound.finish()
                } catch {
                    inbound.fail(error)
                }
            }
            group.addTask {
                do {
                    for try await element in inbound { await outbound.send(try transform(element)) }
                    outbound.finish()
                } catch {
                    outbound.fail(error)
                }
            }
            do {
                for try await output in outbound { try await consume(output) }
            } catch {
                group.cancelAll()
                inbound.finish()
                outbound.finish()
                throw error
            }
            try await group.waitForAll()
        }
    }
}
