// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

/// SHA-256 against the FIPS 180-4 / NIST example vectors, and chunking independence.
@Suite struct BatchSHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrst"
            + "nopqrstu", "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ("The quick brown fox jumps over the lazy dog",
         "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ])
    func knownVectors(message: String, expected: String) {
        #expect(SHA256.hash(message).hex == expected)
    }

    @Test func oneMillionAs() {
        var hash = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hash.update(chunk) }
        #expect(hash.finalize().hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Messages around the padding boundaries (55, 56, 63, 64, 65 bytes) hashed whole and in odd chunks agree.
    @Test(arguments: [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000])
    func chunkingDoesNotMatter(length: Int) {
        let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hash(message)
        for step in [1, 3, 7, 63, 64, 65] {
            var hash = SHA256()
            var start = 0
            while start < message.count {
                let end = min(message.count, start + step)
                hash.update(message[start..<end])
                start = end
            }
            #expect(hash.finalize() == whole, "step \(step)")
        }
    }

    @Test func prefixIsTheFirstEightBytesBigEndian() {
        #expect(SHA256.hash("abc").prefix64 == 0xba78_16bf_8f01_cfea)
    }
}
