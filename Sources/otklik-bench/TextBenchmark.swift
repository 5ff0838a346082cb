import ArgumentParser
import Foundation
import OtklikCore

/// `otklik-bench text`: the topic and body classifier on real appeals («Наш Санкт-Петербург», issue 5's
/// split: trained on what came before 2021-03-01, tested on the rest), beside scikit-learn's baselines on
/// the same split when `--baselines-python` names an interpreter that has scikit-learn.
struct TextBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "text", abstract: "Evaluate the text classifier against scikit-learn baselines.")

    @Option(help: "The appeals file (JSON lines, gzip)") var data = "../shared/data/appeals-spb-nashgorod/spb_appeals.jsonl.gz"
    @Option(help: "A Python with scikit-learn, to run scripts/text_baselines.py on the same split") var baselinesPython: String?
    @Option(help: "Hashing bits of the features") var bits = 17
    @Option(help: "Training passes") var epochs = 6
    @Option(help: "Classifying passes over the test set; the fastest counts") var passes = 5
    @Option(help: "Only this label (category or responsible_org), without the one-appeal timing and the baselines") var label: String?

    static let split = "2021-03-01"
    static let labels = ["category", "responsible_org"]

    func validate() throws {
        if let label, !Self.labels.contains(label) { throw ValidationError("--label is one of: \(Self.labels.joined(separator: ", "))") }
    }

    func run() throws {
        let records = try Self.records(data)
        var training = TextClassifierTraining()
        training.bits = bits
        training.epochs = epochs
        print("Otklik text benchmark: \(records.count) appeals, split at \(Self.split), \(bits)-bit features, \(epochs) passes")
        print("label             model                                   macro-F1  accuracy   train s   texts/s")
        for label in label.map({ [$0] }) ?? Self.labels {
            let labelled = records.compactMap { record -> (date: String, text: String, label: String)? in
                guard let value = record[label] as? String, !value.isEmpty else { return nil }
                return (record["created_at"] as? String ?? "", record["text"] as? String ?? "", value)
            }
            let train = labelled.filter { $0.date < Self.split }
            let test = labelled.filter { $0.date >= Self.split }
            let result = TextEvaluation(
                trainTexts: train.map(\.text), trainLabels: train.map(\.label), testTexts: test.map(\.text), testLabels: test.map(\.label),
                training: training, passes: passes
            )
            print(Self.row(label, "Otklik (hashed stems + char n-grams, softmax)", result.report.macroF1, result.report.accuracy, result.trainingSeconds, result.textsPerSecond))
        }
        guard label == nil else { return }
        timeOneAppeal(records, training: training)
        guard let python = baselinesPython else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["scripts/text_baselines.py", data]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        for line in String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            print(
                Self.row(
                    object["label"] as? String ?? "", object["model"] as? String ?? "", object["macroF1"] as? Double ?? 0,
                    object["accuracy"] as? Double ?? 0, object["trainSeconds"] as? Double ?? 0, object["textsPerSecond"] as? Double ?? 0
                )
            )
        }
        process.waitUntilExit()
    }

    /// The time to suggest for one appeal as the server does: topics (the category) and bodies (the
    /// organisation) from one `StructureModel`, with and without the words that explain each choice.
    func timeOneAppeal(_ records: [[String: Any]], training: TextClassifierTraining) {
        let before = records.filter { ($0["created_at"] as? String ?? "") < Self.split }
        let after = records.filter { ($0["created_at"] as? String ?? "") >= Self.split }.prefix(20_000)
        let categories = Set(before.compactMap { $0["category"] as? String })
        let rubricator = Rubricator(blocks: [TopicBlock(id: "spb", name: "Наш Санкт-Петербург")], topics: categories.sorted().map { Topic(id: $0, blockId: "spb", name: $0) })
        let examples = before.map {
            StructureExample(text: $0["text"] as? String ?? "", topicId: $0["category"] as? String, bodyId: $0["responsible_org"] as? String)
        }
        let model = StructureModel.train(examples, rubricator: rubricator, at: Date(), training: training)
        let clock = ContinuousClock()
        for explained in [false, true] {
            let times = after.map { record in
                let text = record["text"] as? String ?? ""
                return clock.measure { _ = model.suggest(text, explained: explained) }
            }
            print("one appeal, top 3 topics and bodies\(explained ? " with their words" : ""): \(LatencySummary(times).microsecondsLine)")
        }
    }

    static func row(_ label: String, _ model: String, _ f1: Double, _ accuracy: Double, _ seconds: Double, _ rate: Double) -> String {
        label.padding(toLength: 18, withPad: " ", startingAt: 0) + model.padding(toLength: 40, withPad: " ", startingAt: 0)
            + String(format: "%8.4f  %8.4f  %8.2f  %8.0f", f1, accuracy, seconds, rate)
    }

    /// The records of the gzip'd JSON lines, through the system's `gzip` (Foundation reads no gzip).
    static func records(_ path: String) throws -> [[String: Any]] {
        let data = try ChildProcess.output("/usr/bin/env", ["gzip", "-dc", path], failure: "gzip could not read \(path)")
        return try data.split(separator: UInt8(ascii: "\n")).compactMap { try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] }
    }
}
