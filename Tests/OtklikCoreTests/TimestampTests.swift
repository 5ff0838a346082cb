import Foundation
import Testing

@testable import OtklikCore

@Suite("Time: instants keep whole milliseconds through JSON")
struct TimestampTests {
    @Test("every millisecond reads back equal after encoding")
    func millisecondsRoundTrip() throws {
        for offset in stride(from: Int64(0), to: 5_000, by: 7) {
            let date = Timestamp.date(millis: 1_790_000_000_000 + offset)
            let iso = Timestamp.iso(date)
            #expect(iso.hasSuffix("Z") && iso.contains("."))
            #expect(Timestamp.parse(iso).map { Timestamp.millis($0) } == 1_790_000_000_000 + offset)
        }
        #expect(Timestamp.iso(Timestamp.date(millis: 1_790_000_000_045)) == "2026-09-21T14:13:20.045Z")
    }

    @Test("the hand-written format agrees with Foundation's ISO 8601 formatter from 1900 to 2100, leap days included")
    func formatAgreesWithFoundation() {
        var generator = SeededGenerator(seed: 11)
        var instants: [Int64] = [0, -1, 951_782_400_000, 951_868_799_999, 4_107_542_399_999, -2_208_988_800_000]
        for _ in 0..<2_000 { instants.append(Int64.random(in: -2_208_988_800_000...4_102_444_800_000, using: &generator)) }
        for millis in instants {
            let date = Timestamp.date(millis: millis)
            let wholeSeconds = Date(timeIntervalSince1970: Double(millis.floorDivided(by: 1000).quotient))
            let reference = wholeSeconds.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)).dropLast()
            #expect(Timestamp.iso(date).hasPrefix(reference), "\(millis)")
            #expect(Timestamp.parse(Timestamp.iso(date)).map(Timestamp.millis) == millis)
        }
    }

    @Test("an offset, a missing fraction and a bare date are read as the same instant")
    func otherFormsParse() {
        let instant = Timestamp.parse("2026-09-21T14:13:20.045Z")
        #expect(instant != nil)
        #expect(Timestamp.parse("2026-09-21T17:13:20.045+03:00") == instant)
        #expect(Timestamp.parse("2026-09-21T14:13:20Z").map(Timestamp.millis) == 1_790_000_000_000)
        #expect(Timestamp.parse("2026-09-21").map(Timestamp.millis) == 1_789_948_800_000)
        #expect(Timestamp.parse("2026-09-21T14:13:20.1Z").map(Timestamp.millis) == 1_790_000_000_100)
        #expect(Timestamp.parse("2026-09-21T14:13:20.045999999Z").map(Timestamp.millis) == 1_790_000_000_045)
        #expect(Timestamp.parse("2026-09-21T09:43:20.045-04:30") == instant)
    }

    @Test("impossible dates and garbage are refused")
    func impossibleDatesRefused() {
        for text in [
            "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T10:00:00.000Z", "2026-01-01T24:00:00Z", "2026-01-01T10:00:00",
            "2026-01-01T10:00:00.Z", "2026-01-01T10:00:00+3", "2026-1-01", "вчера", "",
        ] {
            #expect(Timestamp.parse(text) == nil, "\(text)")
        }
        #expect(Timestamp.parse("2028-02-29T00:00:00Z") != nil)
    }
}
