// Licensed under the Apache License, Version 2.0.

import Synchronization

/// A place for one result that is produced by one task and awaited by another.
///
/// The parallel `StreamingDriver` hands out one slot per input element, in input order; workers fill the slots in
/// whatever order they finish and the consumer awaits them in input order, which is what keeps the output ordered.
final class ResultSlot<Value: Sendable>: Sendable {
    private enum State {
        case empty
        case awaited(CheckedContinuation<Value, any Error>)
        case filled(Result<Value, any Error>)
    }

    private let state = Mutex(State.empty)

    init() {}

    /// Stores the result and wakes the task awaiting it. Only the first call counts.
    func fill(_ result: Result<Value, any Error>) {
        let waiter: CheckedContinuation<Value, any Error>? = state.withLock { state in
            switch state {
            case .empty:
                state = .filled(result)
                return nil
            case .awaited(let continuation):
                state = .filled(result)
                return continuation
            case .filled:
                return nil
            }
        }
        waiter?.resume(with: result)
    }

    /// The result, once a worker has stored it. Only one task may await a slot.
    func value() async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<Value, any Error>? = state.withLock { state in
                switch state {
                case .empty:
                    state = .awaited(continuation)
                    return nil
                case .filled(let result):
                    return result
                case .awaited:
                    preconditionFailure("a ResultSlot is awaited by one task only")
                }
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}
