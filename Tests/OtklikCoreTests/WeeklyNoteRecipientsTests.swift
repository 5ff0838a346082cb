import Testing

@testable import OtklikCore

@Suite("Who gets the weekly note by letter")
struct WeeklyNoteRecipientsTests {
    let bodies = [
        Body(id: "city", name: "Администрация города", municipalityId: "60701000"),
        Body(id: "district", name: "Администрация района", municipalityId: "60657000"),
        Body(id: "ministry", name: "Министерство транспорта"),
    ]
    let users = [
        User(id: "1", login: "head", name: "Руководитель", role: .centreHead, email: "head@region.ru"),
        User(id: "2", login: "curator", name: "Куратор", role: .curator, email: "curator@region.ru"),
        User(id: "3", login: "op", name: "Оператор", role: .operator, email: "op@region.ru"),
        User(id: "4", login: "city", name: "Город", role: .executor, bodyId: "city", email: "city@rostov.ru"),
        User(id: "5", login: "city2", name: "Город без почты", role: .executor, bodyId: "city"),
        User(id: "6", login: "district", name: "Район", role: .executor, bodyId: "district", email: "district@tsim.ru"),
        User(id: "7", login: "ministry", name: "Министерство", role: .executor, bodyId: "ministry", email: "min@region.ru"),
    ]

    @Test("the region's note: the centre's head and curators with an address, not the operators")
    func region() {
        #expect(WeeklyNoteRecipients.emails(municipalityId: nil, users: users, bodies: bodies) == ["head@region.ru", "curator@region.ru"])
    }

    @Test("a municipality's note: the people of its own bodies with an address, not another municipality's or the region's bodies")
    func municipality() {
        #expect(WeeklyNoteRecipients.emails(municipalityId: "60701000", users: users, bodies: bodies) == ["city@rostov.ru"])
        #expect(WeeklyNoteRecipients.emails(municipalityId: "60657000", users: users, bodies: bodies) == ["district@tsim.ru"])
    }
}
