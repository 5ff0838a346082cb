/// When the working hours of a working day begin, in the region's local time: a term in working
/// hours is counted inside [start, start + the day's hours). A 40-hour week of 8-hour days (ТК РФ ст. 91)
/// from 9:00 unless the region says otherwise.
public struct OfficeHours: Codable, Sendable, Equatable {
    public var startHour: Int

    public init(startHour: Int = 9) {
        self.startHour = startHour
    }
}
