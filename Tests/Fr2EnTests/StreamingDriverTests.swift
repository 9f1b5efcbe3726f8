// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

@Suite struct StreamingDriverTests {
    struct Boom: Error, Equatable {}

    @Test func keepsOrderAndLosesNothing() async throws {
        var seen: [Int] = []
        try await StreamingDriver.run(ArrayAsyncSequence(Array(0..<5000)), transform: { $0 * 2 }) { seen.append($0) }
        #expect(seen == (0..<5000).map { $0 * 2 })
    }

    @Test func aSlowConsumerLosesNothing() async throws {
        var seen: [Int] = []
        try await StreamingDriver.run(ArrayAsyncSequence(Array(0..<200)), transform: { $0 }) { value in
            if value % 20 == 0 { try await Task.sleep(for: .milliseconds(2)) }
            seen.append(value)
        }
        #expect(seen == Array(0..<200))
    }

    @Test func transformErrorsPropagate() async throws {
        await #expect(throws: Boom.self) {
            try await StreamingDriver.run(ArrayAsyncSequence(Array(0..<100)), transform: { value -> Int in
                if value == 50 { throw Boom() }
                return value
            }) { _ in }
        }
    }

    @Test func consumerErrorsPropagate() async throws {
        await #expect(throws: Boom.self) {
            try await StreamingDriver.run(ArrayAsyncSequence(Array(0..<100)), transform: { $0 }) { value in
                if value == 10 { throw Boom() }
            }
        }
    }
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
