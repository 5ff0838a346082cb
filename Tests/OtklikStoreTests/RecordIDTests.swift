import Foundation
import Testing

@testable import OtklikStore

@Suite("New rows' ids: version 7 UUIDs in the order they were made")
struct RecordIDTests {
    @Test("an id is a lower-case version 7 UUID whose first 48 bits are its time in milliseconds")
    func versionSeven() throws {
        let at = Date(timeIntervalSince1970: 1_796_000_000.123)
        let id = RecordID.make(at: at)
        let uuid = try #require(UUID(uuidString: id))
        #expect(id == id.lowercased())
        #expect(uuid.uuid.6 >> 4 == 7)
        #expect(uuid.uuid.8 >> 6 == 0b10)
        let millis = [uuid.uuid.0, uuid.uuid.1, uuid.uuid.2, uuid.uuid.3, uuid.uuid.4, uuid.uuid.5].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(millis == 1_796_000_000_123)
    }

    @Test("ids made later sort after earlier ones as text; two made in the same millisecond differ")
    func sortsByTime() {
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        let ids = (0..<1_000).map { RecordID.make(at: start.addingTimeInterval(Double($0) / 100)) }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(RecordID.make(at: start) != RecordID.make(at: start))
    }
}
