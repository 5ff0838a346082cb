import Foundation
import OtklikCore

/// The ids of new rows: UUIDs of version 7 (RFC 9562, §5.7), the creation time in milliseconds in the first 48
/// bits and random bits after. An index on such ids grows at its end, as one on a counter does, so a transaction
/// of new items rewrites a few index pages instead of one page per item (measured: README, «Measured»).
enum RecordID {
    static func make(at date: Date) -> String {
        let millis = UInt64(clamping: Timestamp.millis(date))
        let high = UInt64.random(in: .min ... .max), low = UInt64.random(in: .min ... .max)
        // 48 bits of time, the version (7) in the next four, the variant (binary 10) at the start of byte 8.
        let time = millis << 16 | 0x7000 | high & 0x0FFF
        let rest = low & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
        func byte(_ value: UInt64, _ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: value >> (56 - 8 * index)) }
        let uuid = UUID(uuid: (
            byte(time, 0), byte(time, 1), byte(time, 2), byte(time, 3), byte(time, 4), byte(time, 5), byte(time, 6), byte(time, 7),
            byte(rest, 0), byte(rest, 1), byte(rest, 2), byte(rest, 3), byte(rest, 4), byte(rest, 5), byte(rest, 6), byte(rest, 7)
        ))
        return uuid.uuidString.lowercased()
    }
}
