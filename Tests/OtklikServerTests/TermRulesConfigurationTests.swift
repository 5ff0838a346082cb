import Foundation
import OtklikCore
import OtklikServer
import Testing

@Suite("OTKLIK_TERM_RULES: a region's own term rules from a JSON file")
struct TermRulesFileTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a file edited from the defaults replaces them: messages answered in 5 working days")
    func fileReplacesDefaults() throws {
        var rules = TermRules.default
        rules.rules[2].answer = TermSpan(5, .workingDays)
        let path = try write(String(decoding: try JSONCoding.encoder().encode(rules), as: UTF8.self))
        let policy = try ServerConfiguration(environment: ["OTKLIK_TERM_RULES": path]).termPolicy()
        #expect(policy.rules == rules)
        #expect(try ServerConfiguration(environment: [:]).termPolicy().rules == .default)
    }

    @Test("an unreadable or wrong file stops the start with a Russian message naming it")
    func wrongFileRefused() throws {
        for text in ["{не json", #"{"rules": []}"#] {
            let path = try write(text)
            do {
                _ = try ServerConfiguration(environment: ["OTKLIK_TERM_RULES": path]).termPolicy()
                Issue.record("accepted \(text)")
            } catch let error as ConfigurationError {
                #expect(error.description.contains(path))
            }
        }
    }
}
