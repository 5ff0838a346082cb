import Foundation
import OtklikCore
import Testing

@testable import OtklikStore

@Suite("An item numbered after it was encoded is the item encoded with its number")
struct UnnumberedAppealTests {
    static func appeal(text: String, summary: String? = nil, address: String? = nil) -> Appeal {
        let draft = AppealDraft(
            kind: .appeal, channel: .webForm, externalId: "form-1", text: text, summary: summary, address: address,
            point: GeoPoint(lat: 47.2, lon: 39.7)
        )
        return Appeal(id: UUID().uuidString.lowercased(), number: "", draft: draft, receivedAt: Date(timeIntervalSince1970: 1_790_000_000), now: Date())
    }

    @Test("the document, the number and the search text are those of the numbered item, whatever the text holds")
    func numberedLikeEncoded() throws {
        let texts = [
            "Нет воды в доме 5 по ул. Ленина",
            ##"Текст с "кавычками", \обратной чертой и "number":"#подделкой""##,
            "  Ёлки\tи ПАЛКИ  ",
        ]
        for (index, text) in texts.enumerated() {
            let appeal = Self.appeal(text: text, summary: index == 1 ? "Суть" : nil, address: index == 2 ? "ул. Садовая, 3" : nil)
            // The text names the stand-in of this very item: still only the number is replaced.
            var tricky = appeal
            tricky.text += ##" "#\##(appeal.id)""##
            for original in [appeal, tricky] {
                var expected = original
                expected.number = "ЦУР-2026-00001\(index)"
                let numbered = try UnnumberedAppeal(original).numbered(expected.number)
                #expect(numbered.appeal == expected)
                #expect(numbered.document == (try AppealRows.document(expected)))
                #expect(numbered.searchText == SearchText.normalize([expected.number, expected.text, expected.summary ?? "", expected.address ?? ""].joined(separator: " ")))
            }
        }
    }

    @Test("a prefix JSON must escape is escaped in the document")
    func escapesNumber() throws {
        var expected = Self.appeal(text: "Яма на дороге")
        expected.number = #"ЦУР "Юг"\1-2026-000001"#
        let numbered = try UnnumberedAppeal(expected).numbered(expected.number)
        #expect(numbered.document == (try AppealRows.document(expected)))
        #expect(try AppealRows.decode(numbered.document).number == expected.number)
    }

    @Test("the stand-in is found where it first occurs, in a slice of data too, and not where it is not whole")
    func findsStandIn() {
        let data = Data(##"{"a":"#x","b":"#xy","c":"#xy"}"##.utf8)
        let needle = Array(##""#xy""##.utf8)
        #expect(UnnumberedAppeal.firstRange(of: needle, in: data) == 14..<19)
        let slice = data[10...]
        #expect(UnnumberedAppeal.firstRange(of: needle, in: slice) == 14..<19)
        #expect(UnnumberedAppeal.firstRange(of: Array(##""#z""##.utf8), in: data) == nil)
        #expect(UnnumberedAppeal.firstRange(of: Array(##"{"a""##.utf8), in: data) == 0..<4)
        #expect(UnnumberedAppeal.firstRange(of: needle, in: Data("#x".utf8)) == nil)
    }
}
