import Foundation
import Testing

@testable import OtklikCore

@Suite("Audit: the event log is a hash chain that exposes any change")
struct EventChainTests {
    func chain(_ count: Int) -> [AppealEvent] {
        var events: [AppealEvent] = []
        var prev = EventChain.genesis
        for seq in 1...Int64(count) {
            let event = AppealEvent(
                seq: seq, appealId: "a\(seq % 3)", at: Fixtures.now.addingTimeInterval(Double(seq)), actorId: "u1", type: "created",
                payload: #"{"after":{"status":"new"},"before":{}}"#, prevHash: prev
            )
            events.append(event)
            prev = event.hash
        }
        return events
    }

    @Test("an untouched chain verifies")
    func intactChainVerifies() {
        #expect(EventChain.firstBreak(in: chain(10)) == nil)
    }

    @Test("a changed payload is found at its event")
    func changedPayloadIsFound() {
        var events = chain(10)
        events[4].payload = #"{"after":{"status":"closed"},"before":{}}"#
        #expect(EventChain.firstBreak(in: events)?.seq == 5)
    }

    @Test("a changed payload with a recomputed hash breaks the next link")
    func rehashedEventBreaksNextLink() {
        var events = chain(10)
        let e = events[4]
        events[4] = AppealEvent(seq: e.seq, appealId: e.appealId, at: e.at, actorId: "intruder", type: e.type, payload: e.payload, prevHash: e.prevHash)
        #expect(EventChain.firstBreak(in: events)?.seq == 6)
    }

    @Test("a deleted event is named as missing")
    func deletedEventIsFound() {
        var events = chain(10)
        events.remove(at: 6)
        let broken = EventChain.firstBreak(in: events)
        #expect(broken?.seq == 7)
        #expect(broken?.reason.contains("отсутствует") == true)
    }

    @Test("the hash covers every field: two events differing in one field hash differently")
    func hashCoversEveryField() {
        let base = EventChain.hash(seq: 1, appealId: "a", at: Fixtures.now, actorId: "u", type: "t", payload: "{}", prevHash: EventChain.genesis)
        #expect(base.count == 64)
        #expect(base != EventChain.hash(seq: 2, appealId: "a", at: Fixtures.now, actorId: "u", type: "t", payload: "{}", prevHash: EventChain.genesis))
        #expect(base != EventChain.hash(seq: 1, appealId: "a", at: Fixtures.now, actorId: "u2", type: "t", payload: "{}", prevHash: EventChain.genesis))
        // Length prefixes keep field boundaries: "ab"+"c" is not "a"+"bc".
        #expect(EventChain.hash(seq: 1, appealId: "ab", at: Fixtures.now, actorId: "c", type: "t", payload: "{}", prevHash: EventChain.genesis)
            != EventChain.hash(seq: 1, appealId: "a", at: Fixtures.now, actorId: "bc", type: "t", payload: "{}", prevHash: EventChain.genesis))
    }

    @Test("a change set records the fields before and after")
    func changeSetRecordsBeforeAndAfter() throws {
        let before = Fixtures.appeal(.answered)
        var after = before
        after.status = .closed
        after.version += 1
        let payload = ChangeSet.payload(before: before, after: after, input: ActionInput())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any])
        #expect((object["before"] as? [String: Any])?["status"] as? String == "answered")
        #expect((object["after"] as? [String: Any])?["status"] as? String == "closed")
        #expect((object["after"] as? [String: Any])?["version"] == nil)
    }
}
