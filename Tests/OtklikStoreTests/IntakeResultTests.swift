import Foundation
import OtklikCore
import OtklikStore
import Testing

@Suite("An intake result's stored document describes its appeal, or there is none")
struct IntakeResultTests {
    @Test("changing the appeal drops the stored document")
    func changedAppealDropsDocument() {
        let now = Timestamp.now()
        let appeal = Appeal(id: "a-1", number: "ЦУР-2026-000001", draft: TestDatabases.draft(), receivedAt: now, now: now)
        var result = IntakeResult(appeal: appeal, created: true, document: Data(#"{"id":"a-1"}"#.utf8))
        #expect(result.document != nil)
        result.created = false
        #expect(result.document != nil)
        result.appeal.status = .assigned
        #expect(result.document == nil)
    }
}
