/// Where each day of a slice's two periods falls for the scan: without a period cut, in the previous or
/// the current period (represented by their first days); with one, in its period label (a week, a month…)
/// on its side of `from`, represented by the first such day. Days that share a place add up before the
/// engine sees them, and the engine reads the same labels and sides off the representative day.
struct DayPlaces: Sendable {
    let first: Int64
    /// The place of each day from `first` on.
    private(set) var placeOfDay: [Int] = []
    /// The representative day of each place.
    private(set) var days: [LocalDate] = []

    init(_ request: SliceRequest) {
        first = request.previousFrom.dayNumber
        let periods = request.cuts.filter(\.isPeriod)
        guard !periods.isEmpty else {
            days = [request.previousFrom, request.from]
            placeOfDay = (first...request.to.dayNumber).map { $0 >= request.from.dayNumber ? 1 : 0 }
            return
        }
        var placeOfLabel: [String: Int] = [:]
        for dayNumber in first...request.to.dayNumber {
            let day = LocalDate(dayNumber: dayNumber)
            let key = RollupKey(day: day, attributes: Array(repeating: "", count: SliceDimension.attributes.count))
            let label = ([day >= request.from ? "current" : "previous"] + periods.map { $0.value(of: key) }).joined(separator: "|")
            if let place = placeOfLabel[label] {
                placeOfDay.append(place)
            } else {
                placeOfLabel[label] = days.count
                placeOfDay.append(days.count)
                days.append(day)
            }
        }
    }

    func place(of dayNumber: Int64) -> Int { placeOfDay[Int(dayNumber - first)] }
}
