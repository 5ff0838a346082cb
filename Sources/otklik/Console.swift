import Foundation

/// Lines for the operator's terminal, written straight to standard output: `print` buffers when the
/// output is a pipe or a log collector, and the listening address and progress must show at once.
enum Console {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
