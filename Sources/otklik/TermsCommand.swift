import ArgumentParser
import Foundation
import OtklikCore
import OtklikServer

/// `otklik terms`: the term rules in use, as the JSON `OTKLIK_TERM_RULES` takes: a region starts from
/// these and edits them to its own regulation.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms", abstract: "Правила сроков в формате JSON (для OTKLIK_TERM_RULES): виды, каналы, сроки, источники."
    )

    func run() throws {
        let encoder = JSONCoding.encoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        Console.line(String(decoding: try encoder.encode(try ServerConfiguration().termPolicy().rules), as: UTF8.self))
    }
}
