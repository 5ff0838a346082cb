import Testing

@testable import OtklikCore

@Suite("K11: the share of bodies with a confirmed official page, from the directory")
struct OfficialPagesTests {
    let bodies = [
        Body(id: "city", name: "Администрация города", municipalityId: "60701000", officialPage: "https://vk.com/admrostov"),
        Body(id: "school", name: "Школа № 1", municipalityId: "60701000"),
        Body(id: "ministry", name: "Министерство транспорта", officialPage: "https://ok.ru/mintrans"),
        Body(id: "district", name: "Администрация района", municipalityId: "60657000"),
    ]

    @Test("the region counts every body; a municipality its own; a territory without bodies has no share")
    func coverage() {
        #expect(OfficialPages.coverage(of: bodies, municipalityId: nil) == OfficialPages.Coverage(withPage: 2, obliged: 4))
        #expect(OfficialPages.coverage(of: bodies, municipalityId: nil).share == 0.5)
        #expect(OfficialPages.coverage(of: bodies, municipalityId: "60701000") == OfficialPages.Coverage(withPage: 1, obliged: 2))
        #expect(OfficialPages.coverage(of: bodies, municipalityId: "60000000").share == nil)
    }

    @Test("a page's address is an http(s) link with a host; anything else is refused beside the field")
    func address() {
        #expect(OfficialPages.isAddress("https://vk.com/admrostov"))
        #expect(!OfficialPages.isAddress("vk.com/admrostov"))
        #expect(!OfficialPages.isAddress("https://localhost"))
        let wrong = Body(id: "b1", name: "Орган", officialPage: "моя страница")
        #expect(DirectoryCheck.errors(in: wrong, references: [], blocks: []).map(\.field) == ["officialPage"])
    }
}
