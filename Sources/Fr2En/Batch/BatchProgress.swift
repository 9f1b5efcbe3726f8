// Licensed under the Apache License, Version 2.0.

/// Reports a batch's progress on standard error while it runs.
///
/// - `.terminal`: one live line (done/total, documents per second, ETA, failures) redrawn in place with `\r` at
///   most ten times a second, ended with a newline.
/// - `.plain` (standard error is not a terminal): no control characters; a plain line at most every five seconds
///   and one at the end.
/// - `.jsonl`: one JSON object per line: `{"event":"start","total":N}`, then per document
///   `{"event":"document","path":…,"status":…,"reused":…,"done":k,"total":N,"failed":f}`, then
///   `{"event":"finish","done":N,"total":N,"failed":f,"seconds":s}`.
/// - `.silent`: nothing.
public struct BatchProgress {
    public enum Style: Sendable, Hashable {
        case terminal
        case plain
        case jsonl
        case silent
    }

    public let style: Style
    private let sink: OutputSink
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var lastWidth = 0
    private var total = 0
    private var done = 0
    private var failed = 0
    /// Documents whose work was actually done (not reused), for the rate.
    private var worked = 0

    public init(style: Style, sink: OutputSink = .standardError) {
        self.style = style
        self.sink = sink
        self.start = clock.now
    }

    mutating func begin(total: Int) {
        self.total = total
        start = clock.now
        if style == .plain { lastDraw = start }  // the first plain line after five seconds, not at once
        if style == .jsonl {
            emit(JSONValue.object([("event", .string("start")), ("total", .int(total))]).rendered + "\n")
        }
    }

    mutating func record(_ outcome: BatchOutcome) {
        done += 1
        if outcome.record.status == .failed { failed += 1 }
        if !outcome.reused { worked += 1 }
        switch style {
        case .jsonl:
            emit(JSONValue.object([
                ("event", .string("document")),
                ("path", .string(outcome.record.path.string)),
                ("status", .string(outcome.record.status.rawValue)),
                ("reused", .bool(outcome.reused)),
                ("done", .int(done)),
                ("total", .int(total)),
                ("failed", .int(failed)),
            ]).rendered + "\n")
        case .terminal:
            if shouldDraw(every: .milliseconds(100)) { draw() }
        case .plain:
            if done < total, shouldDraw(every: .seconds(5)) { emit("fr2en batch: " + statusLine() + "\n") }
        case .silent:
            break
        }
    }

    mutating func end() {
        switch style {
        case .jsonl:
            emit(JSONValue.object([
                ("event", .string("finish")), ("done", .int(done)), ("total", .int(total)), ("failed", .int(failed)),
                ("seconds", .double((elapsedSeconds * 1000).rounded() / 1000)),
            ]).rendered + "\n")
        case .terminal:
            draw()
            emit("\n")
        case .plain:
            emit("fr2en batch: " + statusLine() + "\n")
        case .silent:
            break
        }
    }

    private var elapsedSeconds: Double {
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private mutating func shouldDraw(every interval: Duration) -> Bool {
        let now = clock.now
        if let lastDraw, now - lastDraw < interval, done < total { return false }
        lastDraw = now
        return true
    }

    /// "120/10000 done, 85.3 docs/s, ETA 1m56s, 2 failed"
    func statusLine() -> String {
        let seconds = elapsedSeconds
        let rate = seconds > 0 ? Double(worked) / seconds : 0
        var line = "\(done)/\(total) done, \(Self.format(rate)) docs/s"
        if done < total, rate > 0 {
            line += ", ETA " + Self.duration(Double(total - done) / rate)
        } else if done == total {
            line += ", " + Self.duration(seconds)
        }
        line += ", \(failed) failed"
        return line
    }

    private mutating func draw() {
        let line = statusLine()
        let width = line.unicodeScalars.count
        let padding = max(0, lastWidth - width)
        lastWidth = width
        emit("\r" + line + String(repeating: " ", count: padding))
    }

    private func emit(_ text: String) {
        try? sink.write(text)
    }

    private static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m\(String(whole % 60).leftPadded(to: 2))s" }
        return "\(whole / 3600)h\(String(whole / 60 % 60).leftPadded(to: 2))m"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
