import Foundation
import Testing

@testable import OtklikCore

@Suite("Repeats, duplicates and campaigns")
struct SimilarityIndexTests {
    let shingles = TextShingles()
    let start = Date(timeIntervalSince1970: 1_780_000_000)
    /// A house in Rostov-on-Don and points a given number of metres north of it.
    let house = GeoPoint(lat: 47.2221, lon: 39.7186)

    func north(_ metres: Double) -> GeoPoint { GeoPoint(lat: house.lat + metres / 111_320, lon: house.lon) }

    func entry(
        _ id: String, _ text: String, daysLater days: Double = 0, author: String? = nil, topic: String? = "ЖКХ",
        point: GeoPoint? = nil, address: String? = nil
    ) -> SimilarityEntry {
        SimilarityEntry(
            id: id, receivedAt: start.addingTimeInterval(days * 86_400), authorKey: author, topic: topic, point: point,
            addressKey: SimilarityEntry.addressKey(address), signature: MinHashSignature(hashes: shingles.hashes(text))
        )
    }

    func index(_ entries: SimilarityEntry...) -> SimilarityIndex {
        var index = SimilarityIndex()
        entries.forEach { index.add($0) }
        return index
    }

    @Test("the same author on the same problem at the same house again is a repeat")
    func sameAuthorSameProblemIsRepeat() {
        let index = index(entry("a", "В подъезде не работает лифт уже неделю", author: "79001112233", point: house))
        let check = index.check(entry("b", "Лифт в подъезде так и не работает!", daysLater: 20, author: "79001112233", point: north(5)))
        #expect(check.matches.map(\.id) == ["a"])
        #expect(check.matches.first?.relation == .repeat)
        #expect(check.matches.first?.sameTopic == true)
        #expect((check.matches.first?.distanceMetres ?? 99) < 6)
    }

    @Test("the same author's complaint about another house is another problem, not a repeat")
    func anotherHouseIsNotRepeat() {
        let index = index(entry("a", "В подъезде не работает лифт", author: "79001112233", point: house))
        #expect(index.check(entry("b", "В подъезде не работает лифт", daysLater: 3, author: "79001112233", point: north(400))).matches.isEmpty)
    }

    @Test("the same problem at the same place from someone else is a duplicate; a neighbour street is not")
    func samePlaceSameTopicIsDuplicate() {
        let index = index(
            entry("near", "Нет горячей воды в доме третий день", author: "a@example.ru", point: north(10)),
            entry("far", "Нет горячей воды в доме третий день", author: "b@example.ru", point: north(300))
        )
        let check = index.check(entry("new", "Третьи сутки без горячей воды", daysLater: 1, author: "c@example.ru", point: house))
        #expect(check.matches.map(\.id) == ["near"])
        #expect(check.matches.first?.relation == .duplicate)
    }

    @Test("the same address written differently is the same place without a point")
    func sameAddressWithoutPoint() {
        let index = index(entry("a", "Не вывозят мусор с площадки", author: "a", address: "г. Ростов-на-Дону, ул. Садовая, д. 12а"))
        let check = index.check(entry("b", "Мусор не вывозят неделю", daysLater: 2, author: "b", address: "Ростов-на-Дону, Садовая улица, дом 12А"))
        #expect(check.matches.map(\.id) == ["a"])
        #expect(check.matches.first?.sameAddress == true)
    }

    @Test("a duplicate needs the same topic once both are structured")
    func duplicateNeedsSameTopic() {
        let index = index(entry("a", "Яма на дороге у дома", author: "a", topic: "Дороги", point: house))
        #expect(index.check(entry("b", "Яма у дома во дворе", daysLater: 1, author: "b", topic: "ЖКХ", point: house)).matches.isEmpty)
    }

    @Test("an appeal older than the duplicate window is not a duplicate")
    func duplicateWindowIsRespected() {
        let index = index(entry("old", "Нет горячей воды в доме", author: "a", point: house))
        let rules = SimilarityRules()
        let days = rules.duplicateWindow / 86_400 + 1
        #expect(index.check(entry("new", "Нет горячей воды в доме", daysLater: days, author: "b", point: house)).matches.isEmpty)
    }

    @Test("neither the appeal itself nor appeals received after it are suggested")
    func onlyEarlierAppealsAreSuggested() {
        let index = index(
            entry("self", "Нет света в подъезде", daysLater: 1, author: "a", point: house),
            entry("later", "Нет света в подъезде", daysLater: 2, author: "b", point: house)
        )
        #expect(index.check(entry("self", "Нет света в подъезде", daysLater: 1, author: "a", point: house)).matches.isEmpty)
    }

    @Test("structuring later changes the topic the index compares")
    func topicUpdateIsSeen() {
        var index = index(entry("a", "Яма на дороге у дома", author: "a", topic: "ЖКХ", point: house))
        let probe = entry("b", "Яма у дома", daysLater: 1, author: "b", topic: "Дороги", point: house)
        #expect(index.check(probe).matches.isEmpty)
        index.add(entry("a", "Яма на дороге у дома", author: "a", topic: "Дороги", point: house))
        #expect(index.check(probe).matches.map(\.id) == ["a"])
        #expect(index.count == 1)
    }

    @Test("ten near-identical long texts in a week are a campaign; short common complaints never are")
    func campaigns() {
        let letter = "Требуем остановить вырубку деревьев в сквере на улице Пушкинской и провести общественные слушания по проекту реконструкции"
        var index = SimilarityIndex()
        for day in 0..<9 { index.add(entry("c\(day)", letter, daysLater: Double(day) / 2, author: "author\(day)")) }
        let check = index.check(entry("c9", letter + "!", daysLater: 5, author: "author9"))
        #expect(check.campaignSize == 10)
        #expect(check.campaignExamples.first == "c8")

        var common = SimilarityIndex()
        for day in 0..<20 { common.add(entry("s\(day)", "Снег на дороге", daysLater: Double(day) / 4, author: "a\(day)")) }
        #expect(common.check(entry("s20", "Снег на дороге", daysLater: 5, author: "a20")).campaignSize == nil)
    }

    @Test("MinHash estimates the Jaccard similarity of two sets")
    func minHashEstimatesJaccard() {
        let first = (0..<200).map { FeatureHasher.mix(UInt64($0), 7) }
        let second = (100..<300).map { FeatureHasher.mix(UInt64($0), 7) }
        let estimate = MinHashSignature(hashes: first).similarity(to: MinHashSignature(hashes: second))
        #expect(abs(estimate - 100.0 / 300.0) < 0.2)
        #expect(MinHashSignature(hashes: first).similarity(to: MinHashSignature(hashes: first)) == 1)
        #expect(MinHashSignature(hashes: []).similarity(to: MinHashSignature(hashes: [])) == 0)
    }

    @Test("similarity units: stems, house numbers and entities; function words and masked data left out")
    func shingleUnits() {
        #expect(shingles.hashes("Не работает лифт в доме 12а") == shingles.hashes("лифт не работают, дом 12А"))
        #expect(shingles.hashes("лифт дома 12а") != shingles.hashes("лифт дома 14"))
        #expect(shingles.hashes("Звонил XXXX XXXXXX по лифту") == shingles.hashes("звонил по лифту"))
        #expect(shingles.sharedStems("Мусор во дворе не вывозят", "Не вывозят мусор") == ["вывоз", "мусор", "не"])
    }

    @Test("a point a kilometre north is a kilometre away")
    func distanceOnTheGround() {
        #expect(abs(house.distance(to: north(1_000)) - 1_000) < 1)
        #expect(abs(house.distance(to: GeoPoint(lat: house.lat, lon: house.lon + 0.01)) - 755) < 5)
    }
}
