import Foundation
import OtklikTestSupport
import Testing

@testable import OtklikCore

@Suite("The municipality from an address or a text")
struct MunicipalityFinderTests {
    /// Rostov oblast's municipal districts and city okrugs with their centres and settlements, from the ОКТМО
    /// volume 3 excerpt in ../shared/data/oktmo (formations: `code;check;name;centre`; places: `code;check;name`).
    static let rostov: [PlaceName] = {
        func rows(_ file: String) -> [[String]] {
            let text = (try? String(contentsOf: SharedData.url("oktmo/\(file)"), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        }
        var names: [PlaceName] = []
        var municipalities: Set<String> = []
        for row in rows("tom3_oktmo_1.csv") where row.count >= 3 {
            let code = row[0].filter(\.isNumber)
            // Municipal districts and city okrugs of the oblast: 60 XXX 000.
            guard code.count == 8, code.hasPrefix("60"), code.hasSuffix("000"), code != "60000000", !row[2].hasSuffix("/") else { continue }
            municipalities.insert(code)
            names.append(PlaceName(municipalityId: code, name: row[2]))
            if row.count > 3, !row[3].isEmpty { names.append(PlaceName(municipalityId: code, name: row[3])) }
        }
        for row in rows("tom3_oktmo_2.csv") where row.count >= 3 {
            let code = row[0].filter(\.isNumber)
            let municipality = String(code.prefix(5)) + "000"
            guard code.count == 11, !code.hasSuffix("000"), municipalities.contains(municipality) else { continue }
            names.append(PlaceName(municipalityId: municipality, name: row[2]))
        }
        return names
    }()

    let finder = MunicipalityFinder(places: rostov)

    @Test("a town is found in any case and writing: «в Цимлянске», «г. Цимлянск», «Цимлянского района»")
    func townInAnyForm() {
        #expect(Self.rostov.count > 1_000, "the ОКТМО excerpt was read")
        for text in ["Прошу помочь, в Цимлянске нет воды", "г. Цимлянск, ул. Ленина, 5", "жители Цимлянского района жалуются на дороги"] {
            #expect(finder.find(text)?.municipalityId == "60657000", "\(text)")
        }
        #expect(finder.find("г. Цимлянск, ул. Ленина, 5")?.words == ["цимлянск"])
    }

    @Test("a settlement names the district it lies in; a multi-word city beats a one-word one")
    func settlementsAndLongestName() {
        #expect(finder.find("ст-ца Калининская, разбита дорога")?.municipalityId == "60657000")
        let rostovCity = finder.find("В Ростове-на-Дону на улице Садовой яма")
        #expect(rostovCity?.municipalityId == "60701000")
        #expect(rostovCity?.words == ["ростове", "на", "дону"])
    }

    @Test("a text without a known place finds nothing; the oblast's own adjective is not a town")
    func nothingWithoutAPlace() {
        #expect(finder.find("Во дворе не горят фонари") == nil)
        #expect(finder.find("Министерство Ростовской области не отвечает") == nil)
    }
}

