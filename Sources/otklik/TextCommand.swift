import ArgumentParser
import Foundation
import OtklikCore

/// `otklik text …`: the text steps as the server applies them, on standard input, for checking them
/// against a reference and for a region's administrator who wants to see why a word is read as it is.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text", abstract: "Обработка русского текста: основы слов, токены.",
        subcommands: [Stem.self, Tokens.self]
    )

    struct Stem: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stem", abstract: "Основа каждого слова (стеммер Snowball): слово на строку на входе, основа на строку на выходе."
        )

        func run() {
            let stemmer = RussianStemmer()
            TextCommand.eachInputLine { line in stemmer.stem(Tokenizer.normalizedWord(line.unicodeScalars)) }
        }
    }

    struct Tokens: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tokens", abstract: "Токены каждой строки входа: вид:текст через пробел (слова, числа, номера домов, ссылки, почта, телефоны)."
        )

        func run() {
            let tokenizer = Tokenizer()
            TextCommand.eachInputLine { line in tokenizer.tokens(line).map(\.description).joined(separator: " ") }
        }
    }

    /// Applies `transform` to every line of standard input and writes one line of output for each, in
    /// blocks rather than line by line, since a vocabulary is tens of thousands of lines.
    static func eachInputLine(_ transform: (String) -> String) {
        var block = ""
        while let line = readLine(strippingNewline: true) {
            block += transform(line)
            block += "\n"
            if block.utf8.count > 64 * 1024 {
                FileHandle.standardOutput.write(Data(block.utf8))
                block = ""
            }
        }
        FileHandle.standardOutput.write(Data(block.utf8))
    }
}
