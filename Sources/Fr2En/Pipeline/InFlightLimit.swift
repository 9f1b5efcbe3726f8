// Licensed under the Apache License, Version 2.0.

import Synchronization

/// An asynchronous counting semaphore: at most `limit` elements between the reader and the consumer.
///
/// This is what bounds the parallel driver's memory: the reader takes a permit before it reads on, and the
/// consumer gives it back once the element's output is written. `close()` wakes every waiter with
/// `CancellationError` so that a failed run never leaves the reader suspended.
final class InFlightLimit: Sendable {
    private struct State {
        var available: Int
        var waiters: [CheckedContinuation<Void, any Error>] = []
        var closed = false
    }

    private let state: Mutex<State>

    init(limit: Int) {
        precondition(limit > 0)
        state = Mutex(State(available: limit))
    }

    /// Takes a permit, waiting for one if none is free.
    /// - Throws: `CancellationError` once the limit is closed.
    func acquire() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let outcome: Result<Void, any Error>? = state.withLock { state in
                if state.closed { return .failure(CancellationError()) }
                if state.available > 0 {
                    state.available -= 1
                    return .success(())
                }
                state.waiters.append(continuation)
                return nil
            }
            if let outcome { continuation.resume(with: outcome) }
        }
    }

    /// Gives a permit back, to the longest waiter if there is one.
    func release() {
        let waiter: CheckedContinuation<Void, any Error>? = state.withLock { state in
            if state.waiters.isEmpty {
                state.available += 1
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.resume()
    }

    /// Fails every current and future `acquire`.
    func close() {
        let waiters = state.withLock { state in
            state.closed = true
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(throwing: CancellationError()) }
    }
}
