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
///
/// With `workers` > 1 the transform runs on that many tasks at once (translation is CPU-bound and elements are
/// independent) and the output stays in input order:
/// ```
///  reader ──(element, slot)──▶ worker 1…N ──fill──▶ slot
///     └──────── slots, in input order ─────────────▶ consumer awaits each slot in turn
/// ```
/// At most `2 × workers` elements are between the reader and the consumer (`InFlightLimit`), so memory stays
/// bounded however large the input; an error (of the input, a transform or the consumer) surfaces after every
/// output before it has been consumed.
public enum StreamingDriver {
    /// Feeds every element of `input` through `transform` and hands the results to `consume`, in input order.
    /// - Parameter workers: how many elements are transformed at once (1: one worker task).
    /// - Throws: the first error of the input, the transform or the consumer; the other tasks are then cancelled.
    public static func run<Input: AsyncSequence & Sendable, Output: Sendable>(
        _ input: Input,
        workers: Int = 1,
        transform: @escaping @Sendable (Input.Element) throws -> Output,
        consume: (Output) async throws -> Void
    ) async throws where Input.Element: Sendable {
        if workers > 1 {
            try await runParallel(input, workers: workers, transform: transform, consume: consume)
            return
        }
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

    private static func runParallel<Input: AsyncSequence & Sendable, Output: Sendable>(
        _ input: Input,
        workers: Int,
        transform: @escaping @Sendable (Input.Element) throws -> Output,
        consume: (Output) async throws -> Void
    ) async throws where Input.Element: Sendable {
        let work = AsyncChannel<(Input.Element, ResultSlot<Output>)>()
        // Unbounded in type only: `limit` keeps at most 2 × workers slots in it.
        let (slots, slotSink) = AsyncStream.makeStream(of: ResultSlot<Output>.self)
        let limit = InFlightLimit(limit: 2 * workers)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    for try await element in input {
                        try await limit.acquire()
                        let slot = ResultSlot<Output>()
                        slotSink.yield(slot)
                        await work.send((element, slot))
                    }
                } catch {
                    let failed = ResultSlot<Output>()
                    failed.fill(.failure(error))
                    slotSink.yield(failed)
                }
                work.finish()
                slotSink.finish()
            }
            for _ in 0..<workers {
                group.addTask {
                    for await (element, slot) in work {
                        slot.fill(Result { try transform(element) })
                    }
                }
            }
            do {
                for await slot in slots {
                    let output = try await slot.value()
                    limit.release()
                    try await consume(output)
                }
            } catch {
                limit.close()
                work.finish()
                group.cancelAll()
                throw error
            }
            try await group.waitForAll()
        }
    }
}
