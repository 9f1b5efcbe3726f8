// Licensed under the Apache License, Version 2.0.

import CFuzzDriver

/// Runs libFuzzer on `target` with the process's command-line arguments (corpus folders, `-max_total_time=…`).
public enum FuzzDriver {
    public typealias Target = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Hands control to libFuzzer; returns its exit status.
    public static func run(_ target: Target) -> Int32 {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv, target)
    }
}
