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

    @Test("a query's LIKE wildcards are escaped")
    func escapesWildcards() {
        #expect(SearchText.likePattern("100%_Ё") == "%100\\%\\_е%")
    }
}
