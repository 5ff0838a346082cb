import Foundation
import OtklikTestSupport
import Testing

@Suite("otklik text: the text steps on standard input")
struct TextCommandTests {
    /// Runs `otklik text <subcommand>` with `input` on standard input and returns its output.
    func run(_ subcommand: String, input: URL) throws -> String {
        let process = Process()
        process.executableURL = try ServerProcess.binary
        process.arguments = ["text", subcommand]
        process.standardInput = try FileHandle(forReadingFrom: input)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    @Test("otklik text stem prints, line for line, the official Snowball stems of the official vocabulary")
    func stemsTheVocabulary() throws {
        let printed = try run("stem", input: SharedData.url("snowball-russian/voc.txt"))
        let expected = try String(contentsOf: SharedData.url("snowball-russian/output.txt"), encoding: .utf8)
        #expect(printed.split(separator: "\n").count == 49_785)
        #expect(printed == expected)
    }

    @Test("otklik text tokens prints each line's tokens with their kinds")
    func printsTokens() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-tokens-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: input) }
        try "Нет воды, д. 12а\nзвоните 8 (863) 123-45-67\n".write(to: input, atomically: true, encoding: .utf8)
        #expect(try run("tokens", input: input) == "word:нет word:воды word:д house-number:12а\nword:звоните phone:78631234567\n")
    }
}
