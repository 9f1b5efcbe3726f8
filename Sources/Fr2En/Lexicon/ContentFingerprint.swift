// Licensed under the Apache License, Version 2.0.

/// What tells a file's content from another's: its length and a 64-bit hash of its bytes (four independent lanes,
/// so that hashing a large lexicon takes a few milliseconds).
struct ContentFingerprint: Sendable, Hashable {
    var size: UInt64
    var hash: UInt64

    init(size: UInt64, hash: UInt64) {
        self.size = size
        self.hash = hash
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let multiplier: UInt64 = 0x9e37_79b9_7f4a_7c15
        var lanes: (UInt64, UInt64, UInt64, UInt64) =
            (0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7344, 0xa409_3822_299f_31d0, 0x082e_fa98_ec4e_6c89)
        @inline(__always) func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = (lane ^ word) &* multiplier
            return mixed ^ (mixed >> 31)
        }
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 32 <= bytes.count {
                lanes.0 = mix(lanes.0, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                lanes.1 = mix(lanes.1, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)))
                lanes.2 = mix(lanes.2, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)))
                lanes.3 = mix(lanes.3, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)))
                index += 32
            }
        }
        var tail = lanes.0
        while index < bytes.count {
            tail = mix(tail, UInt64(bytes[index]))
            index += 1
        }
        var combined = mix(mix(mix(mix(UInt64(bytes.count), tail), lanes.1), lanes.2), lanes.3)
        combined = (combined ^ (combined >> 29)) &* 0xbf58_476d_1ce4_e5b9
        self.init(size: UInt64(bytes.count), hash: combined ^ (combined >> 32))
    }
}
