/// Where a poll stands in time: votes are taken only while it is open.
public enum PollState: String, Codable, Sendable {
    case upcoming
    case open
    case closed

    public var title: String {
        switch self {
        case .upcoming: "Скоро"
        case .open: "Идёт голосование"
        case .closed: "Завершён"
        }
    }
}
