import Foundation
import HTTPTypes
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The public pages: a resident reports a problem, follows it by the link and rates the answer; no personal data is shown")
struct PublicPagesTests {
    static let consent = PublicConsent.current.version

    /// The form page's CSRF token (also its cookie) and one-time form id.
    static func openForm(_ api: APIHarness) async throws -> (csrf: String, submissionId: String, cookies: [String: String]) {
        let form = try await api.page(.get, "/public")
        let csrf = try #require(form.hidden("_csrf"))
        #expect(form.cookie("otklik_public") == csrf)
        return (csrf, try #require(form.hidden("submissionId")), ["otklik_public": csrf])
    }

    @Test("the form offers the consent as a separate block with its version; a robot filling the hidden field or a stale token writes nothing")
    func formRefusals() async throws {
        try await APIHarness.run(.sqlite) { api in
            let page = try await api.page(.get, "/public")
            #expect(page.status == .ok)
            #expect(page.html.contains("<legend>Согласие на обработку персональных данных</legend>"))
            #expect(page.html.contains("name=\"consent\" value=\"\(Self.consent)\""))
            #expect(page.html.contains("enctype=\"multipart/form-data\""))
            let (csrf, id, cookies) = try await Self.openForm(api)
            let counts = try await api.counts()
            let fields = [("_csrf", csrf), ("submissionId", id), ("text", "Яма"), ("consent", Self.consent)]
            let robot = try await api.multipart("/public", cookies: cookies, fields: fields + [("website", "http://spam.example")])
            #expect(robot.status == .unprocessableContent)
            #expect(robot.html.contains("Форма отклонена как автоматическая"))
            let stale = try await api.multipart("/public", cookies: ["otklik_public": "other"], fields: fields)
            #expect(stale.status == .forbidden)
            #expect(stale.html.contains("Форма устарела"))
            #expect(stale.html.contains(">Яма</textarea>"))
            #expect(try await api.counts() == counts)
        }
    }

    @Test("errors come back by field with every typed value; a sent form goes to its page with the number and the link, once however often it is sent")
    func submitByForm() async throws {
        try await APIHarness.run(.sqlite) { api in
            let (csrf, id, cookies) = try await Self.openForm(api)
            let wrong = try await api.multipart(
                "/public", cookies: cookies,
                fields: [("_csrf", csrf), ("submissionId", id), ("kind", "appeal"), ("text", "Нет света в подъезде"), ("lat", "юг"), ("lon", "39.7")]
            )
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Координата — число"))
            #expect(wrong.html.contains(">Нет света в подъезде</textarea>"))
            #expect(wrong.html.contains("value=\"appeal\" checked"))

            let fields = [
                ("_csrf", csrf), ("submissionId", id), ("kind", "message"), ("text", "Нет света в подъезде"), ("lat", "47.23"), ("lon", "39.72"),
                ("consent", Self.consent),
            ]
            let photo = APIHarness.UploadFile(fileName: "подъезд.png", contentType: "image/png", data: PublicAPITests.png)
            let sent = try await api.multipart("/public", cookies: cookies, fields: fields, files: [photo])
            #expect(sent.status == .seeOther)
            let location = try #require(sent.location)
            #expect(location.hasPrefix("/public/appeals/") && location.hasSuffix("&new=1"))
            let page = try await api.page(.get, location)
            #expect(page.status == .ok)
            #expect(page.html.contains("<strong>Принято.</strong>"))
            #expect(page.html.contains("Нет света в подъезде"))
            let again = try await api.multipart("/public", cookies: cookies, fields: fields, files: [photo])
            #expect(again.status == .conflict)
            #expect(again.html.contains("Эта форма уже была отправлена"))
            #expect(try await api.counts().appeals == 1)
        }
    }

    @Test("«Не решена» on the link's page reopens the item; a wrong key shows the lookup form, not the item")
    func rateByPage() async throws {
        try await APIHarness.run(.sqlite) { api in
            let submitted = try await api.send(.post, "/api/v1/public/appeals", json: ["text": "Не вывозят мусор", "consent": Self.consent])
            let number = try #require(submitted.object["number"] as? String)
            let link = try #require(submitted.object["link"] as? String)
            let secret = try #require(submitted.object["secret"] as? String)
            let item = try #require(try await PublicAPITests.item(number, in: api))
            try await PublicAPITests.answer(item.id, "Мусор вывезен.", in: api)
            let page = try await api.page(.get, link)
            #expect(page.html.contains("Помог ли вам ответ?"))
            let csrf = try #require(page.hidden("_csrf"))
            let action = "/public/appeals/\(number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!)/rating"
            let rated = try await api.page(
                .post, action, cookies: ["otklik_public": csrf], form: ["_csrf": csrf, "key": secret, "satisfied": "no", "comment": "Контейнеры полные"]
            )
            #expect(rated.status == .seeOther)
            let after = try await api.page(.get, try #require(rated.location))
            #expect(after.html.contains("Рассмотрение возобновлено"))
            #expect(after.html.contains("Вы отметили: проблема не решена"))
            #expect(!after.html.contains("Помог ли вам ответ?"))
            #expect(try await api.store.appeal(id: item.id, visibleTo: .all)?.status == .reopened)

            let wrong = try await api.page(.get, link.replacingOccurrences(of: secret, with: String(repeating: "a", count: 32)))
            #expect(wrong.status == .notFound)
            #expect(wrong.html.contains("Проверить статус"))
            #expect(!wrong.html.contains("Не вывозят мусор"))
        }
    }

    @Test("the public list shows items of public topics with rounded points, an обращение only with consent; an administrator's switch hides a topic",
          arguments: TestDatabase.kinds)
    func publicList(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let op = PublicAPITests.operatorUser
            let drafts = [
                AppealDraft(
                    kind: .message, channel: .vk, externalId: "wall:1", author: Author(name: "Белова Нина"), text: "Белова Нина: яма на Садовой",
                    point: GeoPoint(lat: 47.231_234, lon: 39.721_987), topicId: "roads.repair"
                ),
                AppealDraft(kind: .appeal, channel: .letter, author: Author(name: "Гусев Антон"), text: "Письмо о яме", topicId: "roads.repair"),
                AppealDraft(kind: .message, channel: .phone, text: "Без темы"),
                AppealDraft(kind: .message, channel: .phone, text: "Отказано", topicId: "roads.repair"),
            ]
            let taken = try await api.store.intake(drafts, by: op).map(\.appeal)
            _ = try await api.store.perform(.reject, input: ActionInput(reason: "Оскорбления", ground: .abusive), on: taken[3].id, by: op)
            let form = try await api.send(
                .post, "/api/v1/public/appeals",
                json: ["kind": "appeal", "text": "Яма у школы", "name": "Зайцев Лев", "email": "z@example.ru", "topicId": "roads.repair", "consent": Self.consent]
            )
            let formNumber = try #require(form.object["number"] as? String)

            let list = try await api.send(.get, "/api/v1/public/problems")
            #expect(list.status == .ok)
            #expect(list.items.map { $0["number"] as? String } == [formNumber, taken[0].number])
            let point = try #require(list.items.last?["point"] as? [String: Double])
            #expect(point == ["lat": 47.231, "lon": 39.722])
            #expect(list.items.last?["text"] as? String == "[имя скрыто] [имя скрыто]: яма на Садовой")
            #expect(!list.text.contains("Белова") && !list.text.contains("Гусев") && !list.text.contains("Зайцев"))
            let page = try await api.page(.get, "/public/problems")
            #expect(page.html.contains("<svg class=\"chart point-map\""))
            #expect(page.html.contains("яма на Садовой"))
            let wrong = try await api.send(.get, "/api/v1/public/problems?topic=nope&limit=0")
            #expect(wrong.status == .unprocessableContent)
            #expect(Set(wrong.errorFields) == ["topic", "limit"])
            #expect(try await api.page(.get, "/public/problems?topic=nope").status == .unprocessableContent)

            let session = try await api.session("admin")
            let editor = try await api.page(.get, "/admin/topics?edit=roads.repair", cookies: ["otklik_session": session])
            #expect(editor.html.contains("name=\"public\" value=\"yes\" checked"))
            let csrf = try #require(editor.hidden("_csrf"))
            let name = try #require(try await api.store.references().rubricator.topic("roads.repair")?.name)
            let saved = try await api.page(
                .post, "/admin/topics", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "form": "topic", "topicId": "roads.repair", "topicBlockId": "roads", "topicName": name]
            )
            #expect(saved.status == .seeOther || saved.status == .found)
            #expect(try await api.send(.get, "/api/v1/public/problems").items.isEmpty)
            let directory = try await api.page(.get, "/admin/topics", cookies: ["otklik_session": session])
            #expect(directory.html.contains("тема, скрыта с публичной карты"))
        }
    }

    @Test("no seeded name, phone or e-mail reaches the public pages or the public API", arguments: TestDatabase.kinds)
    func noPersonalData(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let people = [
                (name: "Смирнова Анна Викторовна", email: "anna.smirnova@example.ru", phone: "+7 (918) 555-12-34"),
                (name: "Кузнецов Олег", email: "oleg.k@example.ru", phone: "8 928 777-00-11"),
                (name: "Ёлкина Мария", email: "elkina@example.ru", phone: "89045556677"),
            ]
            var links: [(number: String, secret: String, link: String)] = []
            for (index, person) in people.enumerated() {
                let text = "Пишет \(person.name). Во дворе дома 7, кв. 1\(index), яма. Мой телефон \(person.phone), почта \(person.email)."
                let reply = try await api.send(
                    .post, "/api/v1/public/appeals",
                    json: [
                        "kind": "appeal", "text": text, "name": person.name, "email": person.email, "phone": person.phone, "consent": Self.consent, "topicId": "roads.repair",
                        "address": "ул. Мира, 7, кв. 1\(index)",
                    ]
                )
                #expect(reply.status == .created)
                links.append((try #require(reply.object["number"] as? String), try #require(reply.object["secret"] as? String), try #require(reply.object["link"] as? String)))
            }
            let first = try #require(try await PublicAPITests.item(links[0].number, in: api))
            try await PublicAPITests.answer(first.id, "Уважаемая Анна Викторовна! Яму во дворе засыпали. Вопросы: anna.smirnova@example.ru", in: api)

            var responses: [String] = []
            for item in links {
                responses.append(try await api.send(.get, PublicAPITests.path(item.number) + "?secret=\(item.secret)").text)
                responses.append(try await api.page(.get, item.link).html)
                responses.append(try await api.page(.get, item.link + "&new=1").html)
            }
            responses.append(try await api.send(.get, "/api/v1/public/form").text)
            responses.append(try await api.send(.get, "/api/v1/public/problems").text)
            responses.append(try await api.page(.get, "/public/problems").html)
            responses.append(try await api.page(.get, "/public").html)
            #expect(responses.joined().contains("Яму во дворе засыпали"))
            #expect(try await api.send(.get, "/api/v1/public/problems").items.count == people.count)
            var forbidden: [String] = []
            for person in people {
                forbidden += person.name.split(separator: " ").map(String.init) + [person.email, person.phone, String(person.phone.filter(\.isNumber).suffix(10))]
            }
            forbidden += ["кв. 10", "кв. 11", "кв. 12"]
            for response in responses {
                let digits = response.filter(\.isNumber)
                for value in forbidden {
                    let found = response.localizedCaseInsensitiveContains(value) || (value.allSatisfy(\.isNumber) && digits.contains(value))
                    #expect(!found, "«\(value)» is in a public response")
                }
            }
        }
    }

    @Test("with a tile server the form has a map to put the point on, opening at the typed point; without one, only the fields")
    func mapPicker() async throws {
        try await APIHarness.run(.sqlite, environment: ["OTKLIK_MAP_TILES": "https://tiles.example.ru/{z}/{x}/{y}.png"]) { api in
            try await api.store.save(municipalities: [
                Municipality(oktmo: "60701000", name: "город Ростов-на-Дону", centre: GeoPoint(lat: 47.2225, lon: 39.7187)),
            ])
            let form = try await api.page(.get, "/public")
            #expect(form.html.contains(#"id="picker" class="picker" data-tiles="https://tiles.example.ru/{z}/{x}/{y}.png" data-lat="47.2225" data-lon="39.7187" data-zoom="12""#))
        }
        try await APIHarness.run(.sqlite) { api in
            let form = try await api.page(.get, "/public")
            #expect(!form.html.contains(#"id="picker""#))
            #expect(form.html.contains(#"name="lat""#))
        }
    }
}
