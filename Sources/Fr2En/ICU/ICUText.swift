// Licensed under the Apache License, Version 2.0.

import CICU

/// Unicode normalisation and case folding through the system ICU.
///
/// Strings cross into C as UTF-8; ICU's quick check runs first, so text that is already normalised costs a scan
/// and a copy only.
public enum ICUText {
    /// The normalisation forms fr2en uses.
    public enum Form: Sendable {
        case nfc, nfd, nfkc, nfkcCasefold

        var cValue: cicu_form {
            switch self {
            case .nfc: CICU_NFC
            case .nfd: CICU_NFD
            case .nfkc: CICU_NFKC
            case .nfkcCasefold: CICU_NFKC_CASEFOLD
            }
        }
    }

    /// `text` in normalisation form `form`.
    public static func normalize(_ text: String, form: Form) throws -> String {
        try transform(text, operation: "normalisation") { source, count, destination, capacity, status in
            cicu_normalize_utf8(form.cValue, source, count, destination, capacity, status)
        }
    }

    /// Whether ICU's quick check confirms `text` is already in `form`.
    public static func isNormalized(_ text: String, form: Form) throws -> Bool {
        var copy = text
        var status: Int32 = 0
        let result = copy.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                cicu_is_normalized_utf8(form.cValue, $0.baseAddress, Int32($0.count), &status)
            }
        }
        if status != 0 { throw ICUError(operation: "quick check", code: status) }
        return result == 1
    }

    /// Full Unicode case folding (ß → ss, É → é).
    public static func foldCase(_ text: String) throws -> String {
        try transform(text, operation: "case folding") { source, count, destination, capacity, status in
            cicu_fold_case_utf8(source, count, destination, capacity, status)
        }
    }

    private static func transform(
        _ text: String, operation: String,
        _ call: (UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<CChar>?, Int32, UnsafeMutablePointer<Int32>)
            -> Int32
    ) throws -> String {
        if text.isEmpty { return text }
        var source = text
        return try source.withUTF8 { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { input in
                var capacity = input.count + input.count / 2 + 16
                while true {
                    var status: Int32 = 0
                    var needed: Int32 = 0
                    let result = String(unsafeUninitializedCapacity: capacity) { output in
                        output.withMemoryRebound(to: CChar.self) { out in
                            needed = call(input.baseAddress, Int32(input.count), out.baseAddress, Int32(capacity),
                                          &status)
                        }
                        return status == 0 ? Int(needed) : 0
                    }
                    if status == 0 { return result }
                    if status < 0 { capacity = Int(needed) + 1; continue }
                    throw ICUError(operation: operation, code: status)
                }
            }
        }
    }
}
