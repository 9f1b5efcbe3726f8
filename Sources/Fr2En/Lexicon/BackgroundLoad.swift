// Licensed under the Apache License, Version 2.0.

import Dispatch
import Synchronization

/// A value computed on another thread while the caller goes on; `value()` waits for it.
///
/// Start-up loads several lexicon files; the largest (the French morphology) takes most of the time, so loading it
/// beside the others shortens start-up on a machine with more than one core.
final class BackgroundLoad<Value: Sendable>: Sendable {
    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global().async { [self] in
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
