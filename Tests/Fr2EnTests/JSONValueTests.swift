// Licensed under the Apache License, Version 2.0.

import Fr2En
import Testing

@Suite struct JSONValueTests {
    @Test func escapesControlCharactersQuotesAndBackslashes() {
        let value = JSONValue.string("a\"b\\c\nd\u{1}é")
        #expect(value.rendered == #""a\"b\\c\nd\u0001é""#)
    }

    @Test func keepsKeyOrder() {
        let value = JSONValue.object([("z", .int(1)), ("a", .array([.bool(true), .null]))])
        #expect(value.rendered == #"{"z":1,"a":[true,null]}"#)
    }
}
