import ArgumentParser
import CSV
import Foundation
import OtklikCore

/// `otklik text …`: the text steps as the server applies them, on standard input, for checking them
/// against a reference and for a region's administrator who wants to see why a word is read as it is.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text", abstract: "Обработка русского текста: основы слов, токены, оценка классификатора.",
        subcommands: [Stem.self, Tokens.self, Evaluate.self]
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

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Обучить классификатор на одном размеченном CSV и проверить на другом; последняя строка — JSON с macroF1, accuracy, textsPerSecond."
        )
        @Option(help: "CSV для обучения (RFC 4180, первая строка — заголовок)") var train: String
        @Option(help: "CSV для проверки") var test: String
        @Option(help: "Столбец с текстом") var textColumn: String
        @Option(help: "Столбец с меткой") var labelColumn: String

        func run() throws {
            let (trainTexts, trainLabels) = try TextCommand.labelled(train, text: textColumn, label: labelColumn)
            let (testTexts, testLabels) = try TextCommand.labelled(test, text: textColumn, label: labelColumn)
            Console.line("обучение: \(trainTexts.count) текстов, проверка: \(testTexts.count)")
            let result = TextEvaluation(trainTexts: trainTexts, trainLabels: trainLabels, testTexts: testTexts, testLabels: testLabels)
            Console.line(String(format: "классов %d, обучение %.2f с", result.classes, result.trainingSeconds))
            Console.line(
                String(format: #"{"macroF1":%.4f,"accuracy":%.4f,"textsPerSecond":%.0f}"#, result.report.macroF1, result.report.accuracy, result.textsPerSecond)
            )
        }
    }

    /// Texts and labels of a CSV with a header row; rows without a label are left out.
    static func labelled(_ path: String, text: String, label: String) throws -> ([String], [String]) {
        let contents: String
        do {
            contents = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("Не удаётся прочитать «\(path)» как текст UTF-8: \(error.localizedDescription)")
        }
        let reader = try CSVReader(string: contents, hasHeaderRow: true)
        let header = reader.headerRow ?? []
        for column in [text, label] where !header.contains(column) {
            throw ValidationError("В «\(path)» нет столбца «\(column)»; есть: \(header.joined(separator: ", "))")
        }
        var texts: [String] = []
        var labels: [String] = []
        while reader.next() != nil {
            guard let value = reader[label], !value.isEmpty else { continue }
            texts.append(reader[text] ?? "")
            labels.append(value)
        }
        if let error = reader.error { throw ValidationError("«\(path)»: \(error)") }
        return (texts, labels)
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
