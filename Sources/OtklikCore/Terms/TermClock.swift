/// When a term starts running.
public enum TermClock: String, Codable, Sendable {
    case receipt
    case registration
}
