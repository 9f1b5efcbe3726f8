// Licensed under the Apache License, Version 2.0.

import Fr2En
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct StreamingDriverTests {
    struct Boom: Error, Equatable {}

    @Test(arguments: [1, 2, 4])
    func keepsOrderAndLosesNothing(workers: Int) async throws {
        var seen: [Int] = []
        try await StreamingDriver.run(ArrayAsyncSequence(Array(0..<5000)), workers: workers,
                                      transform: { $0 * 2 }) { seen.append($0) }
        #expect(seen == (0..<5000).map { $0 * 2 })
    }

    @Test(arguments: [1, 3])
    func aSlowConsumerLosesNothing(workers: Int) async throws {
        var seen: [Int] = []
        try await StreamingDriver.run(ArrayAsyncSequence(Array(0..<200)), workers: workers,
                                      transform: { $0 }) { value in
            if value % 20 == 0 { try await Task.sleep(for: .milliseconds(2)) }
            seen.append(value)
        }
        #expect(seen == Array(0..<200))
    }

    @Test(arguments: [1, 4])
    func transformErrorsPropagateAfterEveryEarlierOutput(workers: Int) async throws {
        var seen: [Int] = []
        await #expect(throws: Boom.self) {
            try await StreamingDriver.run(ArrayAsyncSequence(Array(0..<100)), workers: workers,
                                          transform: { value -> Int in
                if value == 50 { throw Boom() }
                return value
            }) { seen.append($0) }
        }
        #expect(seen == Array(0..<50))
    }

    @Test(arguments: [1, 4])
    func consumerErrorsPropagate(workers: Int) async throws {
        await #expect(throws: Boom.self) {
            try await StreamingDriver.run(ArrayAsyncSequence(Array(0..<100)), workers: workers,
                                          transform: { $0 }) { value in
                if value == 10 { throw Boom() }
            }
        }
    }

    @Test(arguments: [1, 4])
    func inputErrorsPropagateAfterEveryEarlierOutput(workers: Int) async throws {
        var seen: [Int] = []
        await #expect(throws: Boom.self) {
            try await StreamingDriver.run(FailingAsyncSequence(count: 30, error: Boom()), workers: workers,
                                          transform: { $0 }) { seen.append($0) }
        }
        #expect(seen == Array(0..<30))
    }

    /// Workers finish out of order (some elements are slow); the output is still in input order, and the reader
    /// never runs more than 2 × workers elements ahead of the consumer.
    @Test(arguments: [2, 4])
    func parallelWorkersKeepOrderAndBoundWork(workers: Int) async throws {
        let started = Atomic<Int>(0)
        var seen: [Int] = []
        var mostAhead = 0
        try await StreamingDriver.run(ArrayAsyncSequence(Array(0..<300)), workers: workers, transform: { value in
            started.add(1, ordering: .relaxed)
            if value % 7 == 0 { usleep(1_000) }
            return value
        }) { value in
            mostAhead = max(mostAhead, started.load(ordering: .relaxed) - seen.count - 1)
            seen.append(value)
        }
        #expect(seen == Array(0..<300))
        #expect(mostAhead <= 2 * workers)
    }
}

/// Yields 0..<count, then throws.
struct FailingAsyncSequence<Failure: Error>: AsyncSequence, Sendable {
    let count: Int
    let error: Failure

    struct Iterator: AsyncIteratorProtocol {
        var next = 0
        let count: Int
        let error: Failure
        mutating func next() async throws -> Int? {
            if next == count { throw error }
            defer { next += 1 }
            return next
        }
    }

    func makeAsyncIterator() -> Iterator { Iterator(count: count, error: error) }
}

/// An array as the driver's `Sendable` async input.
struct ArrayAsyncSequence<Element: Sendable>: AsyncSequence, Sendable {
    let elements: [Element]
    init(_ elements: [Element]) { self.elements = elements }

    struct Iterator: AsyncIteratorProtocol {
        var base: IndexingIterator<[Element]>
        mutating func next() async -> Element? { base.next() }
    }

    func makeAsyncIterator() -> Iterator { Iterator(base: elements.makeIterator()) }
}
