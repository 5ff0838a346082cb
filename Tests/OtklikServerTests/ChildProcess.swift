import Foundation
import Subprocess
import Synchronization
import SystemPackage

/// A program a test starts: the server, a channel's stand-in, a command. Launched with swift-subprocess, not
/// Foundation's `Process`: on Linux `Process.run()` reads the entries of /proc/self/fd past their end and now
/// and then crashes the whole test runner (seen here: signal 11 in `Process.run()`, one run in two; the
/// over-read is swift-corelibs-foundation's `findMaximumOpenFromProcSelfFD`, fixed after Swift 6.3.1).
final class ChildProcess: Sendable {
    let processIdentifier: pid_t
    private let exit: Task<TerminationStatus, any Error>
    private let ending = Ending()

    /// Starts `executable`; each line it writes to standard output goes to `line`, its standard error to ours.
    init(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        line: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws {
        let started = AsyncThrowingStream<pid_t, any Error>.makeStream()
        let environment = Environment.inherit.updating(
            Dictionary(uniqueKeysWithValues: environment.map { (Environment.Key(stringLiteral: $0.key), Optional($0.value)) })
        )
        let ending = ending
        exit = Task {
            defer { ending.exited.store(true, ordering: .sequentiallyConsistent) }
            do {
                let result = try await Subprocess.run(
                    .path(FilePath(executable)), arguments: Arguments(arguments), environment: environment, input: .none,
                    output: .sequence, error: .currentStandardError
                ) { execution in
                    started.continuation.yield(execution.processIdentifier.value)
                    // Read to the end, so the program never blocks on a full pipe.
                    for try await text in execution.standardOutput.strings(bufferingPolicy: .unbounded) { line(text) }
                }
                started.continuation.finish()
                return result.terminationStatus
            } catch {
                started.continuation.finish(throwing: error)
                throw error
            }
        }
        var pids = started.stream.makeAsyncIterator()
        guard let pid = try await pids.next() else { throw ServerProcess.Failure(description: "\(executable) did not start") }
        processIdentifier = pid
    }

    /// Whether the program has ended and been reaped.
    var hasExited: Bool { ending.exited.load(ordering: .sequentiallyConsistent) }

    /// How the program ended, once it has.
    var status: TerminationStatus {
        get async throws { try await exit.value }
    }

    /// SIGKILL, then waits until the program is gone.
    func kill() async {
        if !hasExited { Foundation.kill(processIdentifier, SIGKILL) }
        _ = try? await exit.value
    }

    /// Runs `executable` to its end with the file `input` (or nothing) on standard input; returns how it ended and its output
    /// (with its standard error when `mergingErrors`).
    static func run(
        _ executable: String, _ arguments: [String], input: URL? = nil, mergingErrors: Bool = false
    ) async throws -> (status: TerminationStatus, output: String) {
        let standardInput = FileDescriptorInput.fileDescriptor(
            try FileDescriptor.open(FilePath(input?.path ?? "/dev/null"), .readOnly), closeAfterSpawningProcess: true
        )
        // 64 MiB: far above anything a test reads, so the limit only guards against a runaway program.
        let limit = 64 << 20
        if mergingErrors {
            let result = try await Subprocess.run(
                .path(FilePath(executable)), arguments: Arguments(arguments), input: standardInput,
                output: .string(limit: limit), error: .combinedWithOutput
            )
            return (result.terminationStatus, result.standardOutput)
        }
        let result = try await Subprocess.run(
            .path(FilePath(executable)), arguments: Arguments(arguments), input: standardInput,
            output: .string(limit: limit), error: .currentStandardError
        )
        return (result.terminationStatus, result.standardOutput)
    }

    /// A program left running when its test ends is killed, never left behind.
    deinit {
        if !hasExited { Foundation.kill(processIdentifier, SIGKILL) }
    }

    /// Set by the task that reaps the program, which must not hold the `ChildProcess` itself.
    private final class Ending: Sendable {
        let exited = Atomic<Bool>(false)
    }
}
