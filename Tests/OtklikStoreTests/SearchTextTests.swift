import Foundation
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("Search text: what the text filter matches against")
struct SearchTextTests {
    @Test("lower case in Russian and Latin, ё folded into е, whitespace collapsed")
    func normalizes() {
        #expect(SearchText.normalize("  Ёлки\tи ПАЛКИ,\n\nулица Щорса ") == "елки и палки, улица щорса")
        #expect(SearchText.normalize("Öffentliche STRAßE Ǆ") == "öffentliche straße ǆ")
        #expect(SearchText.normalize("ЖКХ: ТЕПЛО в доме №5") == "жкх: тепло в доме №5")
        #expect(SearchText.normalize(" \n ").isEmpty)
    }

    @Test("every line of real appeals normalizes as Unicode's lower case with ё folded and whitespace runs made one space")
    func normalizesRealAppealsAsUnicodeDoes() throws {
        let text = try String(contentsOf: SharedData.url("appeals-spb-nashgorod/spb_sample5000.csv"), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init) + ["İSTANBUL ΣΟΦΊΑ\u{85}Ǳ\u{0}x\u{2003}Ё\u{1F}ё", "\u{0}\u{1F}", "𐐀 𞤀\u{2028}Ɐ"]
        #expect(lines.count > 5_000)
        for line in lines {
            let words = line.unicodeScalars.split { $0.properties.isWhitespace || $0.value < 0x20 }
            let expected = words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " ").lowercased()
                .replacingOccurrences(of: "ё", with: "е", options: .literal)
            #expect(SearchText.normalize(line) == expected)
        }
    }

    @Test("a query's LIKE wildcards are escaped")
    func escapesWildcards() {
        #expect(SearchText.likePattern("100%_Ё") == "%100\\%\\_е%")
    }
}
