import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Polls and discussions feed the heat map: residents' feedback per municipality and block")
struct FeedbackHeatMapTests {
    @Test("three ballots in a city poll on roads colour the city's «Дороги» cell; the measure says what it counts", arguments: TestDatabase.kinds)
    func ballotsOnTheMap(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            try await api.store.save(municipalities: [Municipality(oktmo: "60701000", name: "город Ростов-на-Дону", population: 30_000)])
            let now = Timestamp.now()
            let poll = Poll(
                id: "p-roads", title: "Какие дороги ремонтировать первыми?", municipalityId: "60701000", topicId: "roads.repair",
                opensAt: now.addingTimeInterval(-86_400), closesAt: now.addingTimeInterval(86_400),
                questions: [PollQuestion(id: "q1", text: "Улица", kind: .single, options: ["Садовая", "Ленина"])], createdAt: now
            )
            try await api.store.create(poll: poll)
            for voter in ["a@example.ru", "b@example.ru", "c@example.ru"] {
                #expect(try await api.store.vote(in: poll.id, voter: voter, ballot: PollBallot(answers: ["q1": PollAnswer(choices: [0])])))
            }
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/heatmap?measure=feedback", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains("Голосов и комментариев жителей на 10 000 жителей"))
            #expect(page.html.contains("город Ростов-на-Дону · Дороги: голосов и комментариев жителей на 10 000 жителей 1,0, голосов и комментариев 3"))
            let appeals = try await api.page(.get, "/heatmap", cookies: ["otklik_session": session])
            #expect(!appeals.html.contains("голосов и комментариев 3"))
        }
    }
}
