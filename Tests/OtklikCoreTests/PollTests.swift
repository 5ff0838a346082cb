import Foundation
import OtklikCore
import Testing

@Suite("Polls: what a poll and a ballot must be, and how results are counted")
struct PollTests {
    static let now = Fixtures.now

    static func poll(residentsOnly: Bool = false, opens: TimeInterval = -3600, closes: TimeInterval = 86_400) -> Poll {
        Poll(
            id: "p1", title: "Благоустройство парка", municipalityId: "60701000", residentsOnly: residentsOnly, opensAt: now.addingTimeInterval(opens),
            closesAt: now.addingTimeInterval(closes),
            questions: [
                PollQuestion(id: "where", text: "Какой парк благоустроить первым?", kind: .single, options: ["Центральный", "Приморский", "Лесной"]),
                PollQuestion(id: "what", text: "Что нужно?", kind: .multiple, options: ["Освещение", "Скамейки", "Площадка"]),
                PollQuestion(id: "order", text: "Расставьте по важности", kind: .ranking, options: ["Дорожки", "Туалеты", "Урны"]),
                PollQuestion(id: "say", text: "Что ещё?", kind: .text),
            ],
            createdAt: now
        )
    }

    static let fullBallot = PollBallot(answers: [
        "where": PollAnswer(choices: [1]), "what": PollAnswer(choices: [0, 2]), "order": PollAnswer(choices: [2, 0, 1]), "say": PollAnswer(text: "Фонтан"),
    ])

    @Test("a poll has a title, a window, a municipality when it is for residents only, and answerable questions")
    func pollRules() {
        let ids: Set<String> = ["60701000"]
        #expect(PollRules.errors(in: Self.poll(), municipalityIds: ids, rubricator: .default).isEmpty)
        var broken = Self.poll(residentsOnly: true, opens: 3600, closes: 60)
        broken.title = " "
        broken.municipalityId = nil
        broken.questions = [
            PollQuestion(id: "a", text: "Один вариант?", kind: .single, options: ["Да"]),
            PollQuestion(id: "a", text: "Повтор", kind: .multiple, options: ["Да", "Да"]),
            PollQuestion(id: "c", text: "Мнение", kind: .text, options: ["лишний"]),
        ]
        let fields = PollRules.errors(in: broken, municipalityIds: ids, rubricator: .default).map(\.field)
        #expect(fields == ["title", "closesAt", "residentsOnly", "questions/0/options", "questions/1/id", "questions/1/options", "questions/2/options"])
    }

    @Test("a discussion follows a poll's rules for its title, window, place and topic")
    func discussionRules() {
        var discussion = Discussion(
            id: "d1", title: "Набережная", municipalityId: "60701000", opensAt: Self.now, closesAt: Self.now.addingTimeInterval(86_400), createdAt: Self.now
        )
        #expect(discussion.errors(municipalityIds: ["60701000"], rubricator: .default).isEmpty)
        discussion.title = ""
        discussion.closesAt = Self.now
        discussion.municipalityId = "000"
        discussion.topicId = "nope"
        #expect(discussion.errors(municipalityIds: ["60701000"], rubricator: .default).map(\.field) == ["title", "closesAt", "municipalityId", "topicId"])
    }

    @Test("a ballot is taken only while the poll is open, and for residents only from a resident of its municipality")
    func ballotWindow() {
        #expect(PollRules.errors(in: Self.fullBallot, for: Self.poll(), now: Self.now).isEmpty)
        #expect(PollRules.errors(in: Self.fullBallot, for: Self.poll(opens: 60), now: Self.now).map(\.message) == ["Голосование ещё не началось"])
        #expect(PollRules.errors(in: Self.fullBallot, for: Self.poll(opens: -7200, closes: -60), now: Self.now).map(\.message) == ["Голосование завершено"])
        #expect(PollRules.errors(in: Self.fullBallot, for: Self.poll(residentsOnly: true), now: Self.now).map(\.field) == ["municipalityId"])
        var resident = Self.fullBallot
        resident.municipalityId = "60701000"
        #expect(PollRules.errors(in: resident, for: Self.poll(residentsOnly: true), now: Self.now).isEmpty)
    }

    @Test("one choice for a single, at least one distinct for a multiple, every option once for a ranking; free text may be left out")
    func answers() {
        let ballot = PollBallot(answers: [
            "where": PollAnswer(choices: [0, 1]), "what": PollAnswer(choices: [1, 1]), "order": PollAnswer(choices: [0, 1]), "extra": PollAnswer(text: "?"),
        ])
        #expect(PollRules.errors(in: ballot, for: Self.poll(), now: Self.now).map(\.field) == ["answers/extra", "answers/where", "answers/what", "answers/order"])
        var noText = Self.fullBallot
        noText.answers["say"] = nil
        #expect(PollRules.errors(in: noText, for: Self.poll(), now: Self.now).isEmpty)
    }

    @Test("results count votes and shares per option, rank by Borda points, and show free answers without personal data or abuse")
    func results() {
        let ballots = [
            Self.fullBallot,
            PollBallot(answers: [
                "where": PollAnswer(choices: [1]), "what": PollAnswer(choices: [0]), "order": PollAnswer(choices: [0, 2, 1]),
                "say": PollAnswer(text: "Позвоните мне: +7 900 123-45-67"),
            ]),
            PollBallot(answers: [
                "where": PollAnswer(choices: [0]), "what": PollAnswer(choices: [0, 1, 2]), "order": PollAnswer(choices: [2, 1, 0]), "say": PollAnswer(text: "идиоты"),
            ]),
        ]
        let results = PollResults(poll: Self.poll(), ballots: ballots, flagger: TextFlagger())
        #expect(results.ballots == 3)
        let single = results.questions[0]
        #expect(single.options.map(\.votes) == [1, 2, 0])
        #expect(single.options[1].share == 2.0 / 3.0)
        #expect(results.questions[1].options.map(\.votes) == [3, 1, 2])
        // Урны: 3 + 2 + 3 = 8; Дорожки: 2 + 3 + 1 = 6; Туалеты: 1 + 1 + 2 = 4.
        let ranking = results.questions[2]
        #expect(ranking.options.map(\.text) == ["Урны", "Дорожки", "Туалеты"])
        #expect(ranking.options.map(\.score) == [8, 6, 4])
        let text = results.questions[3]
        #expect(text.answered == 3)
        #expect(text.texts == ["Фонтан", "Позвоните мне: [скрыто]"])
    }

    @Test("the centre writes questions in one text box: «?» a question with its kind in brackets, «-» an option; a stray line is reported by number")
    func pollText() {
        let parsed = PollText.questions("""
            ? Какой двор первым? [один]
            - ул. Садовая, 5
            -  ул. Мира, 12

            ? Что важнее? [ПОРЯДОК]
            - Свет
            - Скамейки
            ? Что ещё? [текст]
            ? Без вида
            - Да
            - Нет
            """)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.questions.map(\.kind) == [.single, .ranking, .text, .single])
        #expect(parsed.questions.map(\.id) == ["q1", "q2", "q3", "q4"])
        #expect(parsed.questions[0].text == "Какой двор первым?")
        #expect(parsed.questions[0].options == ["ул. Садовая, 5", "ул. Мира, 12"])
        let broken = PollText.questions("- вариант без вопроса\n? Вопрос [любой]\nпросто строка")
        #expect(broken.errors.map(\.message) == [
            "Строка 1: вариант до первого вопроса", "Строка 2: вид вопроса — [один], [несколько], [порядок] или [текст]",
            "Строка 3: начните вопрос с «?», вариант — с «-»",
        ])
    }

    @Test("a login code is six digits; its hash is one for an address however it is typed")
    func codes() {
        let code = EmailCode.generate()
        #expect(code.count == 6 && code.allSatisfy(\.isNumber))
        #expect(EmailCode.hash(email: " Resident@Example.RU ", code: code) == EmailCode.hash(email: "resident@example.ru", code: code))
        #expect(EmailCode.hash(email: "resident@example.ru", code: code) != EmailCode.hash(email: "other@example.ru", code: code))
        #expect(EmailCode.error(in: "не адрес")?.field == "email")
        #expect(EmailCode.message(code).text.contains(code))
        #expect(!EmailCode.message(code).shownText.contains(code))
    }
}
