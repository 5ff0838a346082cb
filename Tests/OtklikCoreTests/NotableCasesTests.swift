import Foundation
import Testing

@testable import OtklikCore

@Suite("Notable cases of the week: dangers and accidents first, then reopenings and formal answers; ordinary items left out")
struct NotableCasesTests {
    func appeal(_ id: String, _ text: String, minutes: Double = 0) -> Appeal {
        var appeal = Fixtures.appeal(.inProgress)
        appeal.id = id
        appeal.number = "ЦУР-2026-\(id)"
        appeal.text = text
        appeal.receivedAt = Fixtures.now.addingTimeInterval(minutes * 60)
        return appeal
    }

    @Test("the order by seriousness, the reasons named, the summary or the text's beginning standing for the item")
    func pickedInOrder() {
        var reopened = appeal("r", "Яму засыпали, но она снова появилась", minutes: 1)
        reopened.reopenCount = 1
        var formal = appeal("f", "Прошу отремонтировать дорогу", minutes: 2)
        formal.answers = [Answer(text: "Рассмотрено", authorId: "e", bodyId: "b1", at: Fixtures.now, review: AnswerReview(grade: .formal, reason: "Общие слова", reviewerId: "c", at: Fixtures.now))]
        formal.summary = "Ремонт дороги"
        let accident = appeal("a", "Третий день нет горячей воды в доме", minutes: 3)
        let danger = appeal("d", "Оголённые провода на детской площадке, " + String(repeating: "очень опасно ", count: 20), minutes: 4)
        let ordinary = appeal("o", "Прошу установить скамейку")
        let picked = NotableCases.pick([ordinary, formal, reopened, accident, danger], flagger: TextFlagger(), limit: 10)
        #expect(picked.map(\.appealId) == ["d", "a", "r", "f"])
        #expect(picked[0].reasons == ["Угроза жизни и здоровью", "Касается детей"])
        #expect(picked[0].summary.count == NotableCases.summaryLength + 1)
        #expect(picked[0].summary.hasSuffix("…"))
        #expect(picked[1].reasons == ["Авария"])
        #expect(picked[2].reasons == ["Возобновлено после ответа"])
        #expect(picked[3].reasons == ["Ответ оценён как «Формальный ответ («отписка»)»"])
        #expect(picked[3].summary == "Ремонт дороги")
        #expect(NotableCases.pick([ordinary, formal, reopened, accident, danger], flagger: TextFlagger(), limit: 2).map(\.appealId) == ["d", "a"])
    }
}
