import Foundation
import OtklikTestSupport
import Testing

@testable import OtklikCore

@Suite("Snowball Russian stemmer")
struct RussianStemmerTests {
    let stemmer = RussianStemmer()

    @Test("reproduces every pair of the official Snowball vocabulary")
    func officialVocabulary() throws {
        let words = try lines("snowball-russian/voc.txt")
        let stems = try lines("snowball-russian/output.txt")
        #expect(words.count == 49_785)
        #expect(stems.count == words.count)
        var mismatches: [String] = []
        for (word, expected) in zip(words, stems) where stemmer.stem(word) != expected {
            mismatches.append("\(word) → \(stemmer.stem(word)), ожидалось \(expected)")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(20))")
    }

    @Test("stems the words of appeals to their common base")
    func appealWords() {
        #expect(stemmer.stem("обращения") == "обращен")
        #expect(stemmer.stem("контейнерной") == "контейнерн")
        #expect(stemmer.stem("дорогами") == stemmer.stem("дороги"))
    }

    @Test("folds ё to е before stemming")
    func yoIsFolded() {
        #expect(stemmer.stem("ёлка") == "елк")
        #expect(stemmer.stem("ёлка") == stemmer.stem("елка"))
    }

    @Test("leaves a word without a vowel, a digit string and an empty string as they are")
    func wordsWithoutVowels() {
        #expect(stemmer.stem("вк") == "вк")
        #expect(stemmer.stem("12а") == "12а")
        #expect(stemmer.stem("") == "")
    }

    private func lines(_ path: String) throws -> [String] {
        try String(contentsOf: SharedData.url(path), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.isEmpty }
    }
}
