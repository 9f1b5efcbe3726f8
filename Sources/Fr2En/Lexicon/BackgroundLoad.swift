// Licensed under the Apache License, Version 2.0.

import Dispatch
import Synchronization

/// A value computed on another thread while the caller goes on; `value()` waits for it.
///
/// Start-up loads several lexicon files; loading the largest beside the others shortens start-up on a machine with
/// more than one core.
///
/// Each load runs on a serial queue of its own, which gets a thread of its own. The global concurrent queue would
/// not do: it runs as many items at once as there are processors, and counts among them the thread that waits
/// for the values, so with two processors several loads would run one after another.
final class BackgroundLoad<Value: Sendable>: Sendable {
    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue(label: "fr2en.background-load").async { [self] in
            let outcome = Result { try work() }
            result.withLock { $0 = outcome }
            done.leave()
        }
    }

    /// Waits for the value. - Throws: what the work threw.
    func value() throws -> Value {
        done.wait()
        return try result.withLock { $0! }.get()
    }
}
