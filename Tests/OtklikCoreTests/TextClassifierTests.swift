import Foundation
import Testing

@testable import OtklikCore

@Suite("Topic classification: hashed features, softmax regression, calibrated probabilities")
struct TextClassifierTests {
    @Test("macro-F1 averages the F1 of every class seen in the truth or the predictions, as scikit-learn does")
    func reportFormulas() {
        // a: tp 2, fn 1 → F1 4/5; b: tp 1, fp 1, fn 1 → F1 2/4; d: only predicted, fp 1 → F1 0.
        let report = ClassificationReport(truth: ["a", "a", "a", "b", "b"], predicted: ["a", "a", "b", "b", "d"])
        #expect(report.accuracy == 0.6)
        #expect(abs(report.macroF1 - (0.8 + 0.5 + 0) / 3) < 1e-12)
    }

    @Test("a text's features are the same every time, of unit length, and word forms of one stem share a feature")
    func features() {
        let hasher = FeatureHasher(bits: 16)
        let a = hasher.vector("Яма на дороге у дома 12а")
        #expect(a == hasher.vector("Яма на дороге у дома 12а"))
        #expect(abs(a.values.reduce(0) { $0 + $1 * $1 } - 1) < 1e-5)
        #expect(Set(a.indexes).count == a.count)
        let stem = FeatureHasher.hash(Array("дорог".utf16), seed: 0x9E37_79B9_7F4A_7C15) & UInt64(hasher.dimension - 1)
        #expect(hasher.vector("по дорогам").indexes.contains(Int32(stem)))
        #expect(hasher.vector("дороги").indexes.contains(Int32(stem)))
        #expect(hasher.vector("").count == 0)
    }

    @Test("a word's features are its stem and its character 3-grams between boundary marks; a second word adds the pair of stems")
    func wordFeatures() {
        let hasher = FeatureHasher(bits: 20)
        // «вода»: the stem «вод» and «<во», «вод», «ода», «да>», each once.
        let once = hasher.counts("вода")
        #expect(once.buckets.count == 5)
        #expect(once.counts.allSatisfy { abs($0) == 1 })
        // Twice: the same five twice each, and the pair «вод вод» once.
        let twice = hasher.counts("Вода, вода")
        #expect(twice.buckets.count == 6)
        #expect(twice.counts.filter { abs($0) == 2 }.count == 5)
        #expect(Set(once.buckets).isSubset(of: twice.buckets))
    }

    @Test("trained on the demo region's labelled history, it files new demo appeals under their topic block")
    func learnsTheDemoTopics() {
        // The block the operator filed each demo appeal under at registration is its label.
        var generator = DemoGenerator(seed: 11, now: Fixtures.now)
        let labelled = generator.generate(count: 700).compactMap { appeal -> (text: String, block: String)? in
            let topic = appeal.steps.first { $0.action == .register }?.input.topicId
            return Rubricator.default.topic(topic ?? "").map { (appeal.draft.text, $0.blockId) }
        }
        let train = labelled.prefix(500), test = labelled.dropFirst(500)
        var training = TextClassifierTraining()
        training.bits = 14
        training.epochs = 3
        let model = training.train(texts: train.map(\.text), labels: train.map(\.block))
        let predicted = test.map { model.predict($0.text, top: 1)[0].label }
        let report = ClassificationReport(truth: test.map(\.block), predicted: predicted)
        #expect(report.accuracy > 0.9, "accuracy \(report.accuracy)")
        // The fast path the evaluation uses names the same class as the top prediction.
        #expect(test.map { model.label($0.text) } == predicted)
        let top = model.predict(test.first!.text)
        #expect(top.count == 3)
        #expect(top[0].probability >= top[1].probability && top[1].probability >= top[2].probability)
        #expect(model.temperature > 0)
    }

    @Test("with more than sixteen classes (weights in more than one chunk of sixteen bytes) each class is found by its own words")
    func manyClasses() {
        let words = ["вода", "газ", "свет", "тепло", "мусор", "дорога", "школа", "больница", "автобус", "парк", "снег", "лифт", "крыша",
                     "подвал", "собака", "шум", "реклама", "парковка", "остановка", "фонарь"]
        let texts = words.flatMap { word in ["проблема: \(word)", "опять \(word) во дворе", "\(word) у дома три"] }
        let labels = words.indices.flatMap { index in Array(repeating: "class-\(index)", count: 3) }
        let model = TextClassifierTraining().train(texts: texts, labels: labels)
        #expect(model.labels.count == 20)
        for (index, word) in words.enumerated() {
            #expect(model.label("снова \(word)") == "class-\(index)", "\(word)")
            #expect(model.label("снова \(word)") == model.predict("снова \(word)", top: 1).first?.label)
        }
    }

    @Test("a weight kept in one byte is within half a step (1/254 of its bucket's largest) of the trained weight, in its class's lane")
    func weightsInBytes() {
        let classes = 37, hasher = FeatureHasher(bits: 2)
        var generator = SeededGenerator(seed: 7)
        var weights = (0..<hasher.dimension * classes).map { _ in Float.random(in: -3...3, using: &generator) }
        for c in 0..<classes { weights[2 * classes + c] = 0 }  // a bucket no text ever reached
        let model = TextClassifier(
            labels: (0..<classes).map { "c\($0)" }, hasher: hasher, idf: [1, 1, 1, 1], weights: weights,
            bias: Array(repeating: 0, count: classes), temperature: 1
        )
        for bucket in 0..<hasher.dimension {
            let row = weights[bucket * classes ..< (bucket + 1) * classes]
            let step = row.map(abs).max()! / 127
            // One feature of value 1 in this bucket: the sums are the bucket's weights, class c in lane c % 4 of [c / 4].
            let sums = [Int32(bucket)].withUnsafeBufferPointer { b in [Float(1)].withUnsafeBufferPointer { model.sums(b, $0) } }
            for c in 0..<classes {
                let kept = model.weight(Int32(bucket), c)
                #expect(abs(kept - row[row.startIndex + c]) <= step / 2 + 1e-6, "bucket \(bucket), class \(c)")
                #expect(sums[c / 4][c % 4] == kept)
            }
        }
    }

    @Test("probabilities over all classes sum to one and follow the evidence")
    func probabilities() {
        let texts = ["нет воды в доме", "вода не идёт из крана", "яма на дороге", "разбита дорога у школы"]
        let model = TextClassifierTraining().train(texts: texts, labels: ["water", "water", "roads", "roads"])
        let all = model.predict("опять нет воды", top: 10)
        #expect(all.map(\.label).sorted() == ["roads", "water"])
        #expect(abs(all.map(\.probability).reduce(0, +) - 1) < 1e-9)
        #expect(all[0].label == "water")
        #expect(model.predict("огромная яма на дороге")[0].label == "roads")
    }
}
