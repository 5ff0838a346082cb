import Foundation
import Subprocess
import OtklikTestSupport
import Testing

@Suite("otklik text: the text steps on standard input")
struct TextCommandTests {
    /// Runs `otklik text <subcommand>` with `input` on standard input and returns its output.
    func run(_ subcommand: String, input: URL) async throws -> String {
        let result = try await ChildProcess.run(try ServerProcess.binary.path, ["text", subcommand], input: input)
        #expect(result.status == .exited(0))
        return result.output
    }

    @Test("otklik text stem prints, line for line, the official Snowball stems of the official vocabulary")
    func stemsTheVocabulary() async throws {
        let printed = try await run("stem", input: SharedData.url("snowball-russian/voc.txt"))
        let expected = try String(contentsOf: SharedData.url("snowball-russian/output.txt"), encoding: .utf8)
        #expect(printed.split(separator: "\n").count == 49_785)
        #expect(printed == expected)
    }

    @Test("otklik text tokens prints each line's tokens with their kinds")
    func printsTokens() async throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-tokens-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: input) }
        try "Нет воды, д. 12а\nзвоните 8 (863) 123-45-67\n".write(to: input, atomically: true, encoding: .utf8)
        #expect(try await run("tokens", input: input) == "word:нет word:воды word:д house-number:12а\nword:звоните phone:78631234567\n")
    }
}
