import Testing

@testable import OtklikCore

@Suite("Urgency and tone flags")
struct TextFlaggerTests {
    let flagger = TextFlagger()

    func flags(_ text: String) -> [String] {
        flagger.flags(text).map { "\($0.flag.rawValue): \($0.words.joined(separator: " "))" }
    }

    @Test("no water, heat or light is an accident, with a word or two between («нет горячей воды»)")
    func utilityOutageIsAccident() {
        #expect(flags("Третий день нет горячей воды в доме 5") == ["accident: нет воды"])
        #expect(flags("Холодные батареи, отопления нет") == ["accident: холодные батареи отопления нет"])
        #expect(flags("Горячей воды так и нет") == ["accident: воды нет"])
        #expect(flags("В подъезде запах газа!") == ["accident: запах газа"])
    }

    @Test("a light left on by day is not an accident, nor is anything said three words apart")
    func nearMissesAreNotFlagged() {
        #expect(flags("Свет горит днём в подъезде").isEmpty)
        #expect(flags("Нет в нашем дворе места для воды").isEmpty)
    }

    @Test("wires under voltage on a playground are a danger and concern children; each flag shows its words")
    func dangerAndChildren() {
        #expect(flags("На детской площадке оголённые провода под напряжением!") == [
            "danger: оголенные провода под напряжением", "children: детской площадке",
        ])
        let urgent = flagger.flags("На детской площадке оголённые провода").map(\.flag.isUrgent)
        #expect(urgent == [true, true])
    }

    @Test("many residents and a petition are a mass event; exasperation is a negative tone, not urgent")
    func massAndTone() {
        #expect(flags("Все жители дома собрали подписи") == ["mass_event: все жители собрали подписи"])
        let tone = flagger.flags("Сколько можно ждать? Это безобразие")
        #expect(tone.map(\.flag) == [.negativeTone])
        #expect(tone.first?.flag.isUrgent == false)
    }

    @Test("insults are flagged for ст. 11 ч. 3 59-ФЗ; words that only begin alike («хуже», «художник», «небо») are not")
    func offensiveWords() {
        #expect(flags("В управляющей компании одни идиоты") == ["offensive: идиоты"])
        #expect(flags("Стало только хуже, художник расписал стену, небо серое").isEmpty)
    }
}
