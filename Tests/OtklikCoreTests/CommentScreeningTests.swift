import OtklikCore
import Testing

@Suite("Screening a resident's comment for the moderator: what it flags and how spam-like it is")
struct CommentScreeningTests {
    @Test("a plain comment has no flags and no spam score")
    func plain() {
        let text = "Предлагаю поставить лавочки вдоль аллеи и сделать освещение у пруда."
        #expect(CommentScreening.flags(text, flagger: TextFlagger()).isEmpty)
        #expect(CommentScreening.spamScore(text) == 0)
    }

    @Test("offensive words, contacts and links are flagged for the moderator")
    func flagged() {
        let flags = CommentScreening.flags("Эти идиоты опять ничего не сделали, пишите мне ivan@example.ru, подробности на https://example.ru", flagger: TextFlagger())
        #expect(flags == ["Нецензурные или оскорбительные выражения", "Контактные данные", "Ссылка"])
    }

    @Test("links, shouting in capitals, a character repeated and one word over and over add up to spam")
    func spam() {
        #expect(CommentScreening.spamScore("Скидки тут https://a.example и тут https://b.example") == 0.6)
        #expect(CommentScreening.spamScore("ВСЕ НА ВЫБОРЫ СРОЧНО ПРИХОДИТЕ") == 0.3)
        #expect(CommentScreening.spamScore("Ну сколько можно!!!!!") == 0.2)
        let flood = Array(repeating: "купи", count: 8).joined(separator: " ") + " слон у нас"
        #expect(CommentScreening.spamScore(flood) == 0.3)
        let all = "КУПИ КУПИ КУПИ КУПИ КУПИ КУПИ КУПИ КУПИ КУПИ СЛОН!!!!! https://a.example"
        #expect(CommentScreening.spamScore(all) == 1)
        #expect(CommentScreening.flags(all, flagger: TextFlagger()).contains("Похоже на спам"))
    }

    @Test("an empty or too long comment and a too long name are refused")
    func limits() {
        #expect(CommentScreening.errors(text: "  ", displayName: nil).map(\.field) == ["text"])
        #expect(CommentScreening.errors(text: String(repeating: "а", count: 2001), displayName: String(repeating: "б", count: 61)).map(\.field) == ["text", "displayName"])
        #expect(CommentScreening.errors(text: "Хорошо", displayName: "Анна").isEmpty)
    }
}
