import ArgumentParser
import Foundation

/// Runs a helper program of a benchmark (gzip, a Python script) and returns what it wrote to its output.
enum ChildProcess {
    static func output(_ executable: String, _ arguments: [String], failure: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(failure) (status \(process.terminationStatus))") }
        return data
    }
}
