import Foundation
import OtklikCore
import Testing

@Suite("An Open311 POST read into a draft: the place is required, every bad field is named, the service's name stands in for no text")
struct Open311SubmissionTests {
    let municipalities = [Municipality(oktmo: "60701000", name: "город Ростов-на-Дону")]

    func read(_ pairs: [(String, String)]) throws(Open311Failure) -> AppealDraft {
        try Open311Submission.draft(pairs, rubricator: .default, municipalities: municipalities)
    }

    func failure(_ pairs: [(String, String)]) -> Open311Failure? {
        do {
            _ = try read(pairs)
            return nil
        } catch {
            return error
        }
    }

    @Test("an address alone is a place; with no description the text is the service's name")
    func addressAndNoText() throws {
        let draft = try read([("service_code", "roads.repair"), ("address_string", "пр. Ворошиловский, 10"), ("description", "  ")])
        #expect(draft.text == "Ремонт дорог и ямы")
        #expect(draft.kind == .message)
        #expect(draft.channel == .open311)
        #expect(draft.address == "пр. Ворошиловский, 10")
        #expect(draft.author?.isAnonymous == true)
    }

    @Test("one coordinate without the other, an unknown attribute and a link that is not http are each named; the status is 400")
    func everyBadField() {
        let found = failure([
            ("service_code", "roads.repair"), ("lat", "47.2"), ("attribute[colour]", "red"), ("media_url", "javascript:alert(1)"),
        ])
        #expect(found?.status == 400)
        #expect(found?.errors.map(\.description) == [
            "lat, long: нужны обе координаты", "attribute[colour]: у услуги нет такого атрибута", "media_url: нужна ссылка http или https",
        ])
    }

    @Test("an unknown service is 404 before anything else is read; a NUL anywhere is refused")
    func unknownServiceAndNul() {
        #expect(failure([("service_code", "no.such")])?.status == 404)
        #expect(failure([("service_code", "roads.repair"), ("address_string", "a\u{0}b")])?.errors.first?.description == "address_string: недопустимый символ NUL")
    }

    @Test("the services are the rubricator's topics with their block as the group, block by block")
    func catalog() {
        let services = Open311Service.catalog(.default)
        #expect(services.count == Rubricator.default.topics.count)
        #expect(services.first?.group == Rubricator.default.blocks.first?.name)
        #expect(Set(services.map(\.code)).count == services.count)
    }

    @Test("open until answered or finished, closed after; each Open311 status is the set of ours it means")
    func statuses() {
        #expect(Open311Request.isClosed(.answered))
        #expect(Open311Request.isClosed(.closed))
        #expect(!Open311Request.isClosed(.rework))
        #expect(Set(Open311Request.statuses("open")! + Open311Request.statuses("closed")!) == Set(AppealStatus.allCases))
        #expect(Open311Request.statuses("pending") == nil)
    }
}
