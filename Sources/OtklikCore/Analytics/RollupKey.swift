import Foundation

/// The cell of the analytics rollup an item counts in: the day it was received, in the region's zone, and
/// the cuts it has now ("" where it has none yet). An item is in exactly one cell; a change moves it.
public struct RollupKey: Hashable, Sendable {
    public var day: LocalDate
    public var municipalityId: String
    public var blockId: String
    public var topicId: String
    public var bodyId: String
    public var channel: String
    public var kind: String
    public var status: String

    public init(
        day: LocalDate, municipalityId: String, blockId: String, topicId: String, bodyId: String, channel: String, kind: String,
        status: String
    ) {
        self.day = day
        self.municipalityId = municipalityId
        self.blockId = blockId
        self.topicId = topicId
        self.bodyId = bodyId
        self.channel = channel
        self.kind = kind
        self.status = status
    }

    public init(_ appeal: Appeal, timeZone: TimeZone) {
        self.init(
            day: LocalDate(appeal.receivedAt, in: timeZone), municipalityId: appeal.municipalityId ?? "", blockId: appeal.blockId ?? "",
            topicId: appeal.topicId ?? "", bodyId: appeal.bodyId ?? "", channel: appeal.channel.rawValue, kind: appeal.kind.rawValue,
            status: appeal.status.rawValue
        )
    }

    /// A key from its day and its attribute values in `SliceDimension.attributes` order.
    public init(day: LocalDate, attributes values: [String]) {
        precondition(values.count == SliceDimension.attributes.count, "one value for each attribute cut")
        self.init(
            day: day, municipalityId: values[0], blockId: values[1], topicId: values[2], bodyId: values[3], channel: values[4],
            kind: values[5], status: values[6]
        )
    }
}
